import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ErrorCode } from '../../common/errors/domain-error';
import { DomainEvents } from '../../common/events/domain-events';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { Industry } from './industry.entity';
import { normalize, similarity, taxonomyError } from './industry-names';
import { seedTaxonomy } from './taxonomy-seed';

/**
 * The industry taxonomy as every request reads it: an in-memory copy of the industry table,
 * reloaded after each change (and, for changes by another process, when the table's stamp moves).
 * A merged industry answers to nothing: its names became aliases of the one it was merged into.
 */
@Injectable()
export class IndustriesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IndustriesService.name);
  private byName = new Map<string, Industry>();
  private byKey = new Map<string, Industry>();
  private all: Industry[] = [];
  private stamp = '';
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectRepository(Industry) private readonly repo: Repository<Industry>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: DomainEvents,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const added = await seedTaxonomy(this.repo.manager, this.logger);
    await this.reload();
    this.logger.log(`Industry taxonomy: ${this.all.length} records (${added} added from the data file)`);
    this.schedulePoll();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  /** Reads the table again; call after a committed change. */
  async reload(): Promise<void> {
    const rows = await this.repo.find({ order: { code: 'ASC' } });
    this.all = rows;
    this.byKey = new Map(rows.map((i) => [i.id, i]));
    this.byName = new Map();
    for (const i of rows.filter((r) => !r.mergedIntoId)) for (const n of [i.code, i.name, ...i.aliases]) this.byName.set(normalize(n), i);
    this.stamp = await this.tableStamp();
  }

  private async tableStamp(): Promise<string> {
    const row = await this.repo.createQueryBuilder('i').select('COUNT(*)', 'n').addSelect('MAX(i.updated_at)', 'at').getRawOne<{ n: string; at: string | null }>();
    return `${row?.n}:${row?.at}`;
  }

  // Another process (the CLI's taxonomy import) may change the table: the same period as the search index's poll.
  private schedulePoll(): void {
    if (!this.config.indexPollMs) return;
    this.timer = setTimeout(() => {
      this.tableStamp()
        .then((stamp) => (stamp !== this.stamp ? this.reloadChanged() : undefined))
        .catch((e: Error) => this.logger.warn(`taxonomy poll failed: ${e.message}`))
        .finally(() => this.schedulePoll());
    }, this.config.indexPollMs);
    this.timer.unref();
  }

  /** A change by another process: cached answers that show industries are dropped too. */
  private async reloadChanged(): Promise<void> {
    await this.reload();
    await this.events.emit({ type: 'industries.changed', ids: this.all.map((i) => i.id) });
  }

  /** Industries offered for new rows; `includeRetired` adds retired and merged ones (history). */
  list(includeRetired = false): Industry[] {
    return includeRetired ? this.all : this.all.filter((i) => !i.retiredAt);
  }

  byId(id: string): Industry | undefined {
    return this.byKey.get(id);
  }

  /** A name, alias or code, retired industries included (filters and history still find them). */
  find(name: string): Industry | undefined {
    return this.byName.get(normalize(name));
  }

  /** Resolves a name or alias; an unknown one is a BAD_USER_INPUT listing the closest known names. */
  resolve(name: string, field = 'industry'): Industry {
    const found = this.find(name);
    if (found) return found;
    const suggestions = this.suggest(name);
    const error = taxonomyError(ErrorCode.BAD_USER_INPUT, field, {
      zh: `未知产业“${name}”，是否为：${suggestions.join('、')}？`,
      en: `unknown industry "${name}"; did you mean ${suggestions.join(', ')}?`,
    });
    Object.assign(error.details, { suggestions });
    throw error;
  }

  /** As resolve, for a new or changed row: a retired industry is refused. */
  resolveActive(name: string, field = 'industry'): Industry {
    const found = this.resolve(name, field);
    if (found.retiredAt) throw taxonomyError(ErrorCode.BAD_USER_INPUT, field, { zh: `产业“${found.name}”已停用，请选择其他产业`, en: `industry "${found.name}" is retired; choose another` });
    return found;
  }

  /** The closest names of industries still offered. */
  suggest(name: string, count = 3): string[] {
    const target = normalize(name);
    const scored = [...this.byName.entries()].filter(([, i]) => !i.retiredAt).map(([n, i]) => ({ name: i.name, score: similarity(target, n) }));
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
