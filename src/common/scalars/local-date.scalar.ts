import { CustomScalar, Scalar } from '@nestjs/graphql';
import { Kind, ValueNode } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Validates a calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError('a date must be a string written YYYY-MM-DD');
  const m = ISO_DATE.exec(value.trim());
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new TypeError(`"${value}" is not a valid date (YYYY-MM-DD)`);
  }
  return value.trim();
}

@Scalar('LocalDate', () => LocalDate)
export class LocalDate implements CustomScalar<string, string> {
  description = 'A calendar date, ISO 8601 YYYY-MM-DD (deadlines are dates in China Standard Time).';

  parseValue(value: unknown): string {
    return parseLocalDate(value);
  }

  serialize(value: unknown): string {
    return String(value);
  }

  parseLiteral(ast: ValueNode): string {
    if (ast.kind !== Kind.STRING) throw new TypeError('a date must be a string written YYYY-MM-DD');
    return parseLocalDate(ast.value);
  }
}
