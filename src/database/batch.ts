import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';

/** Rows per statement: under SQLite's and PostgreSQL's bound-parameter limits for our widest table. */
export const BATCH = 1000;

export function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Rows whose `column` is one of `values`, read in chunks. */
export async function findIn<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, column: keyof T & string, values: readonly string[]): Promise<T[]> {
  const out: T[] = [];
  for (const part of chunks([...new Set(values)], 500)) out.push(...(await em.getRepository(entity).findBy({ [column]: In(part) } as never)));
  return out;
}

/**
 * Inserts many rows, in chunks, without reading anything back. The statement is built from the
 * entity's columns directly: TypeORM's insert builder spends most of an import's write time
 * (about 1.6 s per 20,000 talents) preparing values, all of it inside the transaction.
 */
export async function insertMany<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, rows: T[]): Promise<void> {
  const meta = em.connection.getMetadata(entity);
  const driver = em.connection.driver;
  // A generated key left unset is left to the database, as TypeORM's builder does.
  const columns = meta.columns.filter((c) => c.isInsert && !c.isVirtual && !(c.isGenerated && rows.length && c.getEntityValue(rows[0]) === undefined));
  const table = meta.tablePath.split('.').map((part) => driver.escape(part)).join('.');
  const head = `INSERT INTO ${table} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  for (const part of chunks(rows)) {
    const params: unknown[] = [];
    const tuples = part.map((row) => {
      const marks = columns.map((c) => {
        params.push(driver.preparePersistentValue(c.getEntityValue(row) ?? null, c));
        return driver.createParameter(`p${params.length}`, params.length - 1);
      });
      return `(${marks.join(', ')})`;
    });
    await em.query(head + tuples.join(', '), params);
  }
}

/** The names of the fields whose values differ (compared as JSON, so lists and dates compare by value). */
export function changedFields<T extends object>(before: T, after: Partial<T>): (keyof T & string)[] {
  return (Object.keys(after) as (keyof T & string)[]).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k])).sort();
}
