import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainEvents } from '../../../common/events/domain-events';
import type { OnProgress } from '../../../common/progress/progress';
import { yieldToEventLoop } from '../../../common/time/yield-to-event-loop';
import { APP_CONFIG } from '../../../config/app-config';
import type { AppConfig } from '../../../config/app-config';
import { findIn } from '../../../database/batch';
import { Demand } from '../../demands/demand.entity';
import { IndustriesService } from '../../industries/industries.service';
import { Talent } from '../../talents/talent.entity';
import { Analyzer } from '../analysis/analyzer';
import { Specificity } from '../scoring/specificity';
import { DEMAND_FIELDS, TALENT_FIELDS } from '../weights';
import { ChangeCursor } from './change-cursor';
import { MiniSearchIndex } from './minisearch-index';
import { PostingsIndex } from './postings-index';
import { TextDocument, TextIndex } from './text-index';

/** What matching needs of a talent besides its text, kept beside the index for fast filters. */
export interface TalentEntry {
  talent: Talent;
  industryIds: string[];
}

const BATCH = 2000;
/** Documents indexed between two turns of the event loop, so a large change never stalls requests. */
const SLICE = 200;
/** Longest transaction whose change log numbers we wait for (see ChangeCursor). */
const GAP_MS = 10 * 60_000;
/** Change log rows older than this are pruned (every instance has long read them). */
const KEEP_CHANGES_MS = 60 * 60_000;

const demandDocument = (d: Demand): TextDocument => ({
  id: d.id,
  fields: {
    title: d.title,
    keywords: d.keywords.join('；'),
    description: d.description,
    // Confidential indicators live in a field of their own that only admins search.
    [d.indicatorsConfidential ? 'confidentialIndicators' : 'indicators']: d.indicators ?? '',
  },
});

const sameText = (a: TextDocument | undefined, b: TextDocument) => !!a && JSON.stringify(a.fields) === JSON.stringify(b.fields);
/** Whether a row read again equals the one held, field by field (key order differs between rows written and rows read). */
const sameRow = (held: object | undefined, read: object) =>
  !!held && Object.entries(read).every(([k, v]) => JSON.stringify((held as Record<string, unknown>)[k]) === JSON.stringify(v));

/** The text fields of a talent as the index sees them. */
export const talentDocument = (t: Talent): TextDocument => ({
  id: t.id,
  fields: { fields: t.fields.join('；'), keywords: t.keywords.join('；'), achievements: t.achievements ?? '', bio: t.bio ?? '' },
});

/**
 * The search indexes of talents and demands, built from the database at start-up and kept true
 * after every committed change through DomainEvents; changes made by other processes (the CLI, a
 * seed, SQL by hand) are read from the search_change log every INDEX_POLL_MS.
 */
@Injectable()
export class MatchingIndexService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MatchingIndexService.name);
  readonly analyzer = new Analyzer();
  talents: TextIndex = this.newTalentIndex();
  demands: TextIndex = this.newDemandIndex();
  readonly talentEntries = new Map<string, TalentEntry>();
  readonly demandEntries = new Map<string, Demand>();
  /** How specific a token is across demands and talents together. */
  readonly specificity = new Specificity({
    docFrequency: (token) => this.talents.docFrequency(token) + this.demands.docFrequency(token),
    size: () => this.talents.size + this.demands.size,
  });
  /** Whether the start-up build has finished (readiness). */
  built = false;

  private cursor?: ChangeCursor;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private prunedAt = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly industries: IndustriesService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    events.on(async (event) => {
      if (event.type === 'talents.changed') await (event.rows ? this.addTalents(event.rows) : this.refreshTalents(event.ids));
      if (event.type === 'demands.changed') await this.refreshDemands(event.ids);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    // The log's top before the build: whatever commits during the build is read again, never missed.
    const top = await this.changeLogTop();
    await this.rebuild();
    this.cursor = new ChangeCursor(top, GAP_MS);
    this.schedulePoll();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Applies the changes logged since the last poll (those this process made are found unchanged and skipped). */
  async poll(): Promise<void> {
    const cursor = this.cursor;
    if (!cursor) return;
    const gaps = cursor.openGaps;
    const filled = gaps.length ? await this.changeRows(gaps.map((g, i) => [`(c.seq BETWEEN :f${i} AND :t${i})`, { [`f${i}`]: g.from, [`t${i}`]: g.to }])) : [];
    const fresh = await this.changeRows([['c.seq > :top', { top: cursor.top }]], 5000);
    cursor.fill(filled.map((r) => r.seq));
    cursor.advance(fresh.map((r) => r.seq));
    const ids = (entity: string) => [...new Set([...filled, ...fresh].filter((r) => r.entity === entity).map((r) => r.id))];
    const changed = [...(await this.refreshTalents(ids('talent'), true)), ...(await this.refreshDemands(ids('demand'), true))];
    // Rows that differ from what this process last knew were written elsewhere: other listeners (the response cache) learn of them.
    await this.events.emit({ type: 'changes.logged', ids: changed });
    if (Date.now() - this.prunedAt > GAP_MS) {
      this.prunedAt = Date.now();
      await this.dataSource.createQueryBuilder().delete().from('search_change').where('changed_at < :cutoff', { cutoff: Date.now() - KEEP_CHANGES_MS }).execute();
    }
  }

  private schedulePoll(): void {
    if (this.stopped || !this.config.indexPollMs) return;
    this.timer = setTimeout(() => {
      this.poll()
        .catch((e: Error) => this.logger.warn(`search change poll failed: ${e.message}`))
        .finally(() => this.schedulePoll());
    }, this.config.indexPollMs);
    this.timer.unref();
  }

  private async changeLogTop(): Promise<number> {
    const row = await this.dataSource.createQueryBuilder().select('MAX(c.seq)', 'top').from('search_change', 'c').getRawOne<{ top: string | number | null }>();
    return Number(row?.top ?? 0);
  }

  private async changeRows(where: [string, Record<string, number>][], limit?: number): Promise<{ seq: number; entity: string; id: string }[]> {
    const q = this.dataSource.createQueryBuilder().select(['c.seq AS seq', 'c.entity AS entity', 'c.entity_id AS id']).from('search_change', 'c');
    where.forEach(([clause, params], i) => (i ? q.orWhere(clause, params) : q.where(clause, params)));
    if (limit) q.orderBy('c.seq', 'ASC').limit(limit);
    const rows = await q.getRawMany<{ seq: string | number; entity: string; id: string }>();
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  }

  /**
   * Runs `rank` as if `demand` were indexed, then takes it out again: a draft is scored exactly as
   * its saved version would be. `rank` is synchronous, so no other request ever sees the draft.
   */
  whileIndexed<T>(demand: Demand, rank: () => T): T {
    const doc = demandDocument(demand);
    this.demands.upsert([doc]);
    try {
      return rank();
    } finally {
      this.demands.forget(doc);
    }
  }

  /** Reads everything again (start-up, npm run reindex, which shows `onProgress`). */
  async rebuild(onProgress?: OnProgress): Promise<{ talents: number; demands: number; ms: number }> {
    const started = Date.now();
    const talentCount = onProgress ? await this.dataSource.getRepository(Talent).count() : 0;
    this.talents = this.newTalentIndex();
    this.demands = this.newDemandIndex();
    this.talentEntries.clear();
    this.demandEntries.clear();
    for (let offset = 0; ; offset += BATCH) {
      const rows = await this.dataSource.getRepository(Talent).find({ order: { id: 'ASC' }, take: BATCH, skip: offset });
      await this.addTalents(rows);
      onProgress?.(offset + rows.length, Math.max(talentCount, offset + rows.length), '人才');
      if (rows.length < BATCH) break;
    }
    const demands = await this.dataSource.getRepository(Demand).find();
    await this.addDemands(demands);
    onProgress?.(demands.length, demands.length, '需求');
    const ms = Date.now() - started;
    this.built = true;
    this.logger.log(`Indexed ${this.talents.size} talents and ${this.demands.size} demands in ${ms} ms`);
    return { talents: this.talents.size, demands: this.demands.size, ms };
  }

  /**
   * Reads the talents again; `textChangedOnly`: re-index only those whose text changed. Returns the
   * ids whose row is new, gone or differs from the one held.
   */
  async refreshTalents(ids: string[], textChangedOnly = false): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await findIn(this.dataSource.manager, Talent, 'id', ids);
    const found = new Set(rows.map((r) => r.id));
    const gone = ids.filter((id) => !found.has(id) && this.talentEntries.has(id));
    this.talents.remove(gone);
    for (const id of gone) this.talentEntries.delete(id);
    const changed = rows.filter((r) => !sameRow(this.talentEntries.get(r.id)?.talent, r)).map((r) => r.id);
    await this.addTalents(rows, textChangedOnly);
    return [...gone, ...changed];
  }

  async refreshDemands(ids: string[], textChangedOnly = false): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await findIn(this.dataSource.manager, Demand, 'id', ids);
    const found = new Set(rows.map((r) => r.id));
    const gone = ids.filter((id) => !found.has(id) && this.demandEntries.has(id));
    this.demands.remove(gone);
    for (const id of gone) this.demandEntries.delete(id);
    const changed = rows.filter((r) => !sameRow(this.demandEntries.get(r.id), r)).map((r) => r.id);
    await this.addDemands(rows, textChangedOnly);
    return [...gone, ...changed];
  }

  private addTalents(rows: Talent[], textChangedOnly = false): Promise<void> {
    return this.addInSlices(rows, 'talents', (t) => {
      const before = this.talentEntries.get(t.id);
      const industryIds = t.industries.map((name) => this.industries.find(name)?.id).filter((x): x is string => !!x);
      this.talentEntries.set(t.id, { talent: t, industryIds });
      const doc = talentDocument(t);
      return !textChangedOnly || !sameText(before && talentDocument(before.talent), doc) ? doc : undefined;
    });
  }

  private addDemands(rows: Demand[], textChangedOnly = false): Promise<void> {
    return this.addInSlices(rows, 'demands', (d) => {
      const before = this.demandEntries.get(d.id);
      this.demandEntries.set(d.id, d);
      const doc = demandDocument(d);
      return !textChangedOnly || !sameText(before && demandDocument(before), doc) ? doc : undefined;
    });
  }

  /** Records each row and indexes the documents it yields, a slice at a time (the index is looked up per slice: a rebuild may replace it). */
  private async addInSlices<T>(rows: T[], index: 'talents' | 'demands', record: (row: T) => TextDocument | undefined): Promise<void> {
    for (let i = 0; i < rows.length; i += SLICE) {
      if (i) await yieldToEventLoop();
      this[index].upsert(rows.slice(i, i + SLICE).flatMap((row) => record(row) ?? []));
    }
  }

  // Talents are the large side (100k profiles scored against long demand queries): the postings
  // index ranks as MiniSearch does, much faster. Demands (thousands) stay on MiniSearch.
  private newTalentIndex(): TextIndex {
    return new PostingsIndex(TALENT_FIELDS, (text) => this.analyzer.tokens(text));
  }

  private newDemandIndex(): TextIndex {
    return new MiniSearchIndex(DEMAND_FIELDS, (text) => this.analyzer.tokens(text));
  }
}
