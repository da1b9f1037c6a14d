import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainEvents } from '../../../common/events/domain-events';
import { findIn } from '../../../database/batch';
import { Demand } from '../../demands/demand.entity';
import { IndustriesService } from '../../industries/industries.service';
import { Talent } from '../../talents/talent.entity';
import { Analyzer } from '../analysis/analyzer';
import { DEMAND_FIELDS, TALENT_FIELDS } from '../weights';
import { MiniSearchIndex } from './minisearch-index';
import { PostingsIndex } from './postings-index';
import { TextDocument, TextIndex } from './text-index';

/** What matching needs of a talent besides its text, kept beside the index for fast filters. */
export interface TalentEntry {
  talent: Talent;
  industryIds: string[];
}

const BATCH = 2000;

/** The text fields of a talent as the index sees them. */
export const talentDocument = (t: Talent): TextDocument => ({
  id: t.id,
  fields: { fields: t.fields.join('；'), keywords: t.keywords.join('；'), achievements: t.achievements ?? '', bio: t.bio ?? '' },
});

/**
 * The search indexes of talents and demands, built from the database at start-up and kept true
 * after every committed change through DomainEvents.
 */
@Injectable()
export class MatchingIndexService implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchingIndexService.name);
  readonly analyzer = new Analyzer();
  talents: TextIndex = this.newTalentIndex();
  demands: TextIndex = this.newDemandIndex();
  readonly talentEntries = new Map<string, TalentEntry>();
  readonly demandEntries = new Map<string, Demand>();
  /** Whether the start-up build has finished (readiness). */
  built = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly industries: IndustriesService,
    events: DomainEvents,
  ) {
    events.on((event) => {
      if (event.type === 'talents.changed') return event.rows ? this.addTalents(event.rows) : this.refreshTalents(event.ids);
      if (event.type === 'demands.changed') return this.refreshDemands(event.ids);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.rebuild();
  }

  /** Reads everything again (start-up, npm run reindex). */
  async rebuild(): Promise<{ talents: number; demands: number; ms: number }> {
    const started = Date.now();
    this.talents = this.newTalentIndex();
    this.demands = this.newDemandIndex();
    this.talentEntries.clear();
    this.demandEntries.clear();
    for (let offset = 0; ; offset += BATCH) {
      const rows = await this.dataSource.getRepository(Talent).find({ order: { id: 'ASC' }, take: BATCH, skip: offset });
      this.addTalents(rows);
      if (rows.length < BATCH) break;
    }
    this.addDemands(await this.dataSource.getRepository(Demand).find());
    const ms = Date.now() - started;
    this.built = true;
    this.logger.log(`Indexed ${this.talents.size} talents and ${this.demands.size} demands in ${ms} ms`);
    return { talents: this.talents.size, demands: this.demands.size, ms };
  }

  async refreshTalents(ids: string[]): Promise<void> {
    const rows = await findIn(this.dataSource.manager, Talent, 'id', ids);
    const found = new Set(rows.map((r) => r.id));
    this.talents.remove(ids.filter((id) => !found.has(id)));
    this.addTalents(rows);
  }

  async refreshDemands(ids: string[]): Promise<void> {
    const rows = await findIn(this.dataSource.manager, Demand, 'id', ids);
    const found = new Set(rows.map((r) => r.id));
    this.demands.remove(ids.filter((id) => !found.has(id)));
    this.addDemands(rows);
  }

  private addTalents(rows: Talent[]): void {
    for (const t of rows) {
      const industryIds = t.industries.map((name) => this.industries.find(name)?.id).filter((x): x is string => !!x);
      this.talentEntries.set(t.id, { talent: t, industryIds });
    }
    this.talents.upsert(rows.map(talentDocument));
  }

  private addDemands(rows: Demand[]): void {
    for (const d of rows) this.demandEntries.set(d.id, d);
    this.demands.upsert(
      rows.map((d) => ({
        id: d.id,
        fields: {
          title: d.title,
          keywords: d.keywords.join('；'),
          description: d.description,
          // Confidential indicators live in a field of their own that only admins search.
          [d.indicatorsConfidential ? 'confidentialIndicators' : 'indicators']: d.indicators ?? '',
        },
      })),
    );
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
