import { CustomScalar, Scalar } from '@nestjs/graphql';
import { Kind, ValueNode } from 'graphql';

const DECIMAL = /^(\d{1,12})(?:\.(\d{1,4}))?$/;

/**
 * Parses an amount in 万元 into whole yuan without floating point: "12.3456" → 123456.
 * Accepts a number or a decimal string; at most 4 decimals (1 yuan), never negative.
 */
export function parseWanYuan(value: unknown): number {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string') throw new TypeError('an amount in 万元 must be a number or a decimal string');
  const m = DECIMAL.exec(text.trim());
  if (!m) {
    throw new TypeError(
      text.trim().startsWith('-')
        ? 'an amount in 万元 must not be negative'
        : 'an amount in 万元 must be a non-negative decimal with at most 4 decimal places',
    );
  }
  return Number(m[1]) * 10_000 + Number((m[2] ?? '').padEnd(4, '0'));
}

/** Whole yuan back to 万元; the division of an integer by 10⁴ prints exactly (123456 → 12.3456). */
export function formatWanYuan(yuan: number): number {
  return yuan / 10_000;
}

@Scalar('WanYuan', () => WanYuan)
export class WanYuan implements CustomScalar<number, number> {
  description =
    'Money in 万元 (10,000 CNY), exact to the yuan. Input a number or decimal string (at most 4 decimals, not negative).';

  parseValue(value: unknown): number {
    return parseWanYuan(value);
  }

  serialize(value: unknown): number {
    if (typeof value !== 'number') throw new TypeError('WanYuan must be stored as whole yuan');
    return formatWanYuan(value);
  }

  parseLiteral(ast: ValueNode): number {
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT || ast.kind === Kind.STRING) return parseWanYuan(ast.value);
    throw new TypeError('an amount in 万元 must be a number or a decimal string');
  }
}
