import { EntityMetadata } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { text } from '../common/i18n/text';

/**
 * An update input may omit a field (keep it) or set it to null (clear it); refuses null for every
 * field whose column or relation cannot be empty, so the database never sees it (the schema decides).
 */
export function assertNoClearedRequired(meta: EntityMetadata, input: object, aliases: Record<string, string> = {}): void {
  for (const [field, value] of Object.entries(input)) {
    if (value !== null) continue;
    const property = aliases[field] ?? field;
    const column = meta.findColumnWithPropertyName(property);
    if (column ? !column.isNullable : meta.findRelationWithPropertyPath(property)?.isNullable === false) {
      throw DomainError.badInput(field, text('不能清空（不传此字段即保留原值）', 'cannot be cleared (omit it to keep the current value)'));
    }
  }
}

/** The fields an update input sets: validated inputs carry every declared property, the omitted ones undefined. */
export function givenFields<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
