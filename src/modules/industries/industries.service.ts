import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import taxonomy from './data/industries.json';
import { Industry } from './industry.entity';

interface TaxonomyRow {
  code: string;
  name: string;
  level: number;
  parent: string | null;
  aliases: string[];
}

const normalize = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** Character-bigram overlap (Dice), enough to suggest 新材料 for 新材枓 or 锂电池材料. */
function similarity(a: string, b: string): number {
  const grams = (s: string) => new Set([...s].map((c, i, arr) => c + (arr[i + 1] ?? '')));
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/**
 * The industry taxonomy. Records are kept in step with the committed data file at start-up
 * (upsert by code), and every industry a user types is resolved here, aliases included.
 */
@Injectable()
export class IndustriesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(IndustriesService.name);
  private byName = new Map<string, Industry>();
  private all: Industry[] = [];

  constructor(@InjectRepository(Industry) private readonly repo: Repository<Industry>) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.syncTaxonomy();
  }

  async syncTaxonomy(): Promise<void> {
    const rows = (taxonomy as { industries: TaxonomyRow[] }).industries;
    const existing = new Map((await this.repo.find()).map((i) => [i.code, i]));
    const byCode = new Map<string, Industry>();
    for (const row of rows) {
      const record = existing.get(row.code) ?? this.repo.create({ code: row.code });
      Object.assign(record, {
        name: row.name,
        level: row.level,
        aliases: row.aliases,
        parentId: row.parent ? (byCode.get(row.parent)?.id ?? existing.get(row.parent)?.id ?? null) : null,
      });
      byCode.set(row.code, await this.repo.save(record));
    }
    this.index([...byCode.values()]);
    this.logger.log(`Industry taxonomy: ${this.all.length} records`);
  }

  private index(industries: Industry[]): void {
    this.all = industries;
    this.byName = new Map();
    for (const i of industries) for (const n of [i.name, ...i.aliases]) this.byName.set(normalize(n), i);
  }

  list(): Industry[] {
    return this.all;
  }

  byId(id: string): Industry | undefined {
    return this.all.find((i) => i.id === id);
  }

  find(name: string): Industry | undefined {
    return this.byName.get(normalize(name));
  }

  /** Resolves a name or alias; an unknown one is a BAD_USER_INPUT listing the closest known names. */
  resolve(name: string, field = 'industry'): Industry {
    const found = this.find(name);
    if (found) return found;
    const suggestions = this.suggest(name);
    throw DomainError.badInput(field, `unknown industry "${name}"; did you mean ${suggestions.join(', ')}?`, {
      suggestions,
    });
  }

  suggest(name: string, count = 3): string[] {
    const target = normalize(name);
    const scored = [...this.byName.entries()].map(([n, i]) => ({ name: i.name, score: similarity(target, n) }));
    scored.sort((a, b) => b.score - a.score);
    return [...new Set(scored.map((s) => s.name))].slice(0, count);
  }

  /** The industry and everything below it (a filter on 新材料产业 also finds 氟硅新材料). */
  withDescendants(id: string): string[] {
    const out = [id];
    for (let i = 0; i < out.length; i++) {
      for (const child of this.all) if (child.parentId === out[i]) out.push(child.id);
    }
    return out;
  }
}
