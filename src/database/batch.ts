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

/** Inserts many rows, in chunks, without reading anything back. */
export async function insertMany<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, rows: T[]): Promise<void> {
  for (const part of chunks(rows)) {
    await em.createQueryBuilder().insert().into(entity).values(part).updateEntity(false).callListeners(false).execute();
  }
}

/** The names of the fields whose values differ (compared as JSON, so lists and dates compare by value). */
export function changedFields<T extends object>(before: T, after: Partial<T>): (keyof T & string)[] {
  return (Object.keys(after) as (keyof T & string)[]).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k])).sort();
}
