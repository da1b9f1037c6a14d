import { TableColumnOptions, TableForeignKeyOptions, TableIndexOptions } from 'typeorm';

// Column and key shapes for migrations, written once so every migration stays portable between
// SQLite and PostgreSQL (only types both understand; names given explicitly, matching the entities).

export const id = (): TableColumnOptions => ({ name: 'id', type: 'varchar', length: '36', isPrimary: true });
export const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
});
export const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
export const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
export const integer = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'integer',
  isNullable: nullable,
});
export const bigint = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable: nullable });
export const boolean = (name: string): TableColumnOptions => ({ name, type: 'boolean', isNullable: false });
export const date = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'date', isNullable: nullable });
/** ISO 8601 UTC text, see database/columns.ts. */
export const timestamp = (name: string, nullable = false): TableColumnOptions => varchar(name, 24, nullable);
export const timestamps = (): TableColumnOptions[] => [timestamp('created_at'), timestamp('updated_at')];

export const fk = (name: string, column: string, table: string): TableForeignKeyOptions => ({
  name,
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete: 'RESTRICT',
});
export const index = (name: string, columns: string[], unique = false, where?: string): TableIndexOptions => ({
  name,
  columnNames: columns,
  isUnique: unique,
  where,
});
