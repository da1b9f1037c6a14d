import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import taxonomy from './data/industries.json';
import { Industry } from './industry.entity';
import { normalize } from './industry-names';

interface TaxonomyRow {
  code: string;
  name: string;
  level: number;
  parent: string | null;
  aliases: string[];
}

export const TAXONOMY_ROWS: readonly TaxonomyRow[] = (taxonomy as { industries: TaxonomyRow[] }).industries;

/**
 * The committed data file is the default for a new database, and only that: a code the database
 * never had is added, and an alias the file never provided before is added to its industry (or to
 * the one it was merged into). Names, parents, removed aliases, merges and retirements are the
 * admins' and stay as they are. Anything that would clash with an admin's name is skipped and logged.
 * Returns how many industries were added.
 */
export async function seedTaxonomy(em: EntityManager, logger: Logger): Promise<number> {
  const repo = em.getRepository(Industry);
  const rows = await repo.find();
  const byCode = new Map(rows.map((i) => [i.code, i]));
  const byId = new Map(rows.map((i) => [i.id, i]));
  const taken = new Map<string, Industry>();
  for (const i of rows.filter((r) => !r.mergedIntoId)) for (const n of [i.name, ...i.aliases]) taken.set(normalize(n), i);
  const names = new Set(rows.map((i) => normalize(i.name)));
  const free = (n: string, self: Industry) => (taken.get(normalize(n)) ?? self) === self;
  const changed = new Set<Industry>();
  let added = 0;
  for (const row of TAXONOMY_ROWS) {
    let record = byCode.get(row.code);
    if (!record) {
      if (names.has(normalize(row.name)) || taken.has(normalize(row.name))) {
        logger.warn(`data file industry ${row.code} ${row.name} not added: the name is already in use`);
        continue;
      }
      const parent = row.parent ? byCode.get(row.parent) : undefined;
      const live = parent?.mergedIntoId ? byId.get(parent.mergedIntoId) : parent;
      record = repo.create({ id: randomUUID(), code: row.code, name: row.name, level: live ? live.level + 1 : row.level, parentId: live?.id ?? null, aliases: [], seededAliases: [], retiredAt: null, mergedIntoId: null });
      byCode.set(row.code, record);
      byId.set(record.id, record);
      names.add(normalize(row.name));
      taken.set(normalize(row.name), record);
      changed.add(record);
      added++;
    }
    const seen = new Set((record.seededAliases ?? []).map(normalize));
    const fresh = row.aliases.filter((a) => !seen.has(normalize(a)));
    if (!fresh.length) continue;
    const holder = record.mergedIntoId ? byId.get(record.mergedIntoId)! : record;
    for (const alias of fresh.filter((a) => free(a, holder))) {
      if (!holder.aliases.some((a) => normalize(a) === normalize(alias)) && normalize(alias) !== normalize(holder.name)) holder.aliases = [...holder.aliases, alias];
      taken.set(normalize(alias), holder);
    }
    record.seededAliases = [...(record.seededAliases ?? []), ...fresh];
    changed.add(record).add(holder);
  }
  // Parents first: a new chain's parent may be new too. The stamp tells running servers to reload.
  const ordered = [...changed].sort((a, b) => a.level - b.level);
  const now = new Date();
  for (const record of ordered) await repo.save(Object.assign(record, { updatedAt: now, createdAt: record.createdAt ?? now }));
  return added;
}
