import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';

type BatchFn<K, V> = (keys: readonly K[]) => Promise<V[]>;

/**
 * The DataLoaders of one request, made lazily: `byId` for any entity, `get` for a loader a
 * module defines (bid counts, histories…). One instance per request, so nothing is cached across users.
 */
export class RequestLoaders {
  private readonly loaders = new Map<unknown, DataLoader<unknown, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  byId<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T>): DataLoader<string, T | null> {
    return this.get(entity, async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  get<K, V>(key: unknown, batch: BatchFn<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Groups rows by a key, in the order of `keys`: the usual shape of a one-to-many batch. */
export function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
