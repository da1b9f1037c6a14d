import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Transactions } from '../../common/database/transactions';
import { Text, text } from '../../common/i18n/text';
import { DomainEvents } from '../../common/events/domain-events';
import { chinaDayStart as dayStart } from '../../common/time/china-dates';
import { Clock } from '../../common/time/clock';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { changedFields, findIn } from '../../database/batch';
import { BidStatus, LIVE_BID_STATUSES } from '../bids/bid-lifecycle';
import { Bid } from '../bids/bid.entity';
import { DemandList } from '../demand-lists/demand-list.entity';
import { demandLifecycle, DemandMove, DemandStatus } from '../demands/demand-lifecycle';
import { Demand } from '../demands/demand.entity';
import { IndustriesService } from '../industries/industries.service';
import { TaxonomyService } from '../industries/taxonomy.service';
import { LedgerEntityType } from '../ledger/ledger-entry.entity';
import { demandRecord, LedgerRecord, LedgerService } from '../ledger/ledger.service';
import { SimilarDemandsService } from '../matching/similar-demands.service';
import { Organization, OrganizationType } from '../organizations/organization.entity';
import { Talent } from '../talents/talent.entity';
import { DEMAND_COLUMNS, INSTITUTION_TYPE_LABELS, toLabel } from './contract';
import { importNote } from './import-note';
import { DemandRecord, parseDemandRows } from './demand-rows';
import { ImportIndustries } from './import-industries';
import { ImportProblem, importRejected } from './import-problems';
import { ImportOptions } from './import-options';
import { addWarning, ImportReport } from './import-report';
import { lifecyclePath } from './lifecycle-path';
import { readTable } from './table-reader';

interface Context {
  em: EntityManager;
  file: string;
  actor: Principal | null;
  now: Date;
  orgs: Map<string, Organization>;
  lists: Map<string, DemandList>;
  talents: Map<string, Talent>;
  ledger: LedgerRecord[];
}

/**
 * Imports a demand list (榜单): validates every row, then upserts by 需求编号 in one transaction.
 * Historical rows (已揭榜, 攻关中, 已验收, 流榜…) arrive with their winners' awarded bids and a ledger
 * history that follows the lifecycle table, dated as the file says.
 */
@Injectable()
export class DemandImportService {
  constructor(
    private readonly transactions: Transactions,
    private readonly industries: IndustriesService,
    private readonly ledgerService: LedgerService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly similar: SimilarDemandsService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async import(file: string, data: Buffer, actor: Principal | null, options: ImportOptions = {}): Promise<ImportReport> {
    const table = await readTable(file, data, DEMAND_COLUMNS, this.config.importLimits, options);
    const industries = new ImportIndustries(this.industries, this.taxonomy, file, options, true, table.headers?.industry);
    const { records, problems, winnerRefs } = parseDemandRows(file, table, industries, options.list ?? table.title);
    const known = new Set((await findIn(this.dataSource.manager, Talent, 'code', winnerRefs.map((w) => w.code))).map((t) => t.code));
    for (const w of winnerRefs.filter((x) => !known.has(x.code))) {
      const reason = text(`揭榜方人才编号 ${w.code} 不存在（请先导入人才库）`, `unknown winner code ${w.code} (import the talent roster first)`);
      problems.push({ file, row: w.row, column: '揭榜方', kind: 'UNKNOWN_WINNER', reason: reason.zh, reasonEn: reason.en });
    }
    if (problems.length) throw importRejected(file, problems.sort((a, b) => a.row - b.row));
    const report: ImportReport = { file, kind: 'demands', dryRun: !!options.dryRun, created: 0, updated: 0, unchanged: 0, warnings: [], warningKinds: [] };
    for (const w of [...table.warnings, ...industries.warnings()]) addWarning(report, w);
    const changed: string[] = [];
    const createdRows = new Map<string, number>();
    const work = async (em: EntityManager) => {
      const now = this.clock.now();
      await industries.create(em, actor, now);
      const existing = new Map((await findIn(em, Demand, 'code', records.map((r) => r.code))).map((d) => [d.code, d]));
      const ctx: Context = {
        em,
        file,
        actor,
        now,
        orgs: await this.enterprises(em, file, records, problems),
        lists: await this.lists(em, records),
        talents: new Map((await findIn(em, Talent, 'code', winnerRefs.map((w) => w.code))).map((t) => [t.code, t])),
        ledger: [],
      };
      const awarded = await this.awardedTalents(em, [...existing.values()]);
      for (const record of records) this.checkAgainstRecord(file, record, existing.get(record.code), awarded, ctx, problems);
      if (problems.length) throw importRejected(file, problems);
      for (const [i, record] of records.entries()) {
        options.onProgress?.(i, records.length);
        const current = existing.get(record.code);
        const outcome = current ? await this.update(ctx, record, current) : await this.create(ctx, record);
        report[outcome]++;
        if (outcome !== 'unchanged') changed.push(record.code);
        if (outcome === 'created') createdRows.set(record.code, record.row);
      }
      await this.ledgerService.appendHistory(em, ctx.ledger);
      options.onProgress?.(records.length, records.length);
    };
    // A dry run does all of it and rolls back: no rows, no ledger, no events, no duplicate search.
    if (options.dryRun) return this.transactions.rehearse(work).then(() => report);
    await this.transactions.run(work);
    await industries.committed();
    const written = await findIn(this.dataSource.manager, Demand, 'code', changed);
    await this.events.emit({ type: 'demands.changed', ids: written.map((d) => d.id) });
    for (const w of this.duplicateWarnings(file, written.filter((d) => createdRows.has(d.code)), createdRows)) addWarning(report, w);
    return report;
  }

  /** A new demand nearly identical to one in another list is imported, and the report says so. */
  private duplicateWarnings(file: string, created: Demand[], rows: Map<string, number>): ImportProblem[] {
    return created.flatMap((d) =>
      this.similar.likelyDuplicates(d).map((s) => ({
        file,
        row: rows.get(d.code)!,
        column: '',
        kind: 'POSSIBLE_DUPLICATE',
        reason: `${d.code} 与其他榜单中的 ${s.demand.code} 疑似重复（相似度 ${s.similarity}）`,
        reasonEn: `${d.code} looks like a duplicate of ${s.demand.code} in another list (similarity ${s.similarity})`,
      })),
    );
  }

  /** Problems only visible against the database: impossible status changes, a different winner. */
  private checkAgainstRecord(file: string, r: DemandRecord, current: Demand | undefined, awarded: Map<string, string[]>, ctx: Context, problems: ImportProblem[]): void {
    const problem = (column: string, kind: string, reason: Text) => problems.push({ file, row: r.row, column, kind, reason: reason.zh, reasonEn: reason.en });
    const target = r.status ?? current?.status ?? DemandStatus.PUBLISHED;
    const path = lifecyclePath(current?.status ?? DemandStatus.PUBLISHED, target);
    if (!path) problem('状态', 'IMPOSSIBLE_STATUS_CHANGE', text(`需求 ${r.code} 不能从 ${current?.status} 变为 ${target}`, `cannot move ${r.code} from ${current?.status} to ${target}`));
    if (current && r.winners.length && current.awardedCount > 0) {
      const recorded = (awarded.get(current.id) ?? []).sort();
      const given = r.winners.map((c) => ctx.talents.get(c)?.id ?? c).sort();
      if (JSON.stringify(recorded) !== JSON.stringify(given)) {
        problem('揭榜方', 'WINNER_MISMATCH', text(`与需求 ${r.code} 已记录的揭榜方不一致`, `differs from the winner already recorded for ${r.code}`));
      }
    }
  }

  private async create(ctx: Context, r: DemandRecord): Promise<'created'> {
    const status = r.status ?? DemandStatus.PUBLISHED;
    const publishedAt = r.publishedAt ? dayStart(r.publishedAt) : ctx.now;
    const demand: Demand = Object.assign(new Demand(), {
      id: randomUUID(),
      contactName: null,
      contactPhone: null,
      ...this.fields(ctx, r),
      acceptanceMode: null,
      indicatorsConfidential: false,
      maxWinners: Math.max(1, r.winners.length),
      awardedCount: 0,
      status: DemandStatus.PUBLISHED,
      createdById: ctx.actor?.userId ?? null,
      publishedAt,
      takenAt: null,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await ctx.em.getRepository(Demand).insert(demand);
    this.entry(ctx, demand, LedgerEntityType.DEMAND, demand.id, 'import', null, DemandStatus.PUBLISHED, publishedAt, importNote(ctx.file, r.row, DEMAND_COLUMNS));
    await this.walk(ctx, demand, r, lifecyclePath(DemandStatus.PUBLISHED, status) ?? []);
    return 'created';
  }

  private async update(ctx: Context, r: DemandRecord, current: Demand): Promise<'updated' | 'unchanged'> {
    const fields = { ...this.fields(ctx, r), ...(r.publishedAt ? { publishedAt: dayStart(r.publishedAt) } : {}) };
    const changed = changedFields(current, fields);
    const path = r.status ? (lifecyclePath(current.status, r.status) ?? []) : [];
    if (!changed.length && !path.length) return 'unchanged';
    if (changed.length) {
      await ctx.em.update(Demand, { id: current.id }, { ...fields, updatedAt: ctx.now });
      Object.assign(current, fields);
      const note = importNote(ctx.file, r.row, DEMAND_COLUMNS, changed);
      this.entry(ctx, current, LedgerEntityType.DEMAND, current.id, 'import', current.status, current.status, ctx.now, note);
    }
    await this.walk(ctx, current, r, path);
    return 'updated';
  }

  /** Makes the moves of `path`, writing what each one implies (awards, closed bids) and its ledger entry. */
  private async walk(ctx: Context, demand: Demand, r: DemandRecord, path: DemandMove[]): Promise<void> {
    const takenAt = r.takenAt ? dayStart(r.takenAt) : ctx.now;
    for (const move of path) {
      const from = demand.status;
      const to = demandLifecycle.assertMove(move, from, ['OWNER', 'ADMIN', 'SYSTEM']);
      const at = move === 'close' ? (r.deadline ? dayStart(r.deadline) : ctx.now) : ['take', 'start', 'accept'].includes(move) ? takenAt : ctx.now;
      const changes: Partial<Demand> = { status: to, updatedAt: ctx.now };
      if (move === 'take') {
        await this.award(ctx, demand, r, at);
        Object.assign(changes, { takenAt: at, awardedCount: r.winners.length, maxWinners: Math.max(demand.maxWinners, r.winners.length) });
      }
      if (move === 'relist') changes.publishedAt = r.publishedAt ? dayStart(r.publishedAt) : ctx.now;
      if (['take', 'close', 'withdraw'].includes(move)) await this.closeLiveBids(ctx, demand, at, move);
      await ctx.em.update(Demand, { id: demand.id }, changes);
      Object.assign(demand, changes);
      this.entry(ctx, demand, LedgerEntityType.DEMAND, demand.id, move, from, to, at, importNote(ctx.file, r.row, DEMAND_COLUMNS));
    }
  }

  /** The winners' bids, recorded as awarded (the file has no proposal text for them). */
  private async award(ctx: Context, demand: Demand, r: DemandRecord, at: Date): Promise<void> {
    for (const code of r.winners) {
      const talent = ctx.talents.get(code)!;
      const bid = Object.assign(new Bid(), {
        id: randomUUID(),
        demandId: demand.id,
        talentId: talent.id,
        bidderId: null,
        status: BidStatus.AWARDED,
        proposal: `（历史榜单导入：${ctx.file}，揭榜方 ${code}）`,
        quote: demand.budget ?? 0,
        durationMonths: 12,
        teamMembers: [talent.name],
        createdAt: at,
        updatedAt: at,
      });
      await ctx.em.getRepository(Bid).insert(bid);
      this.entry(ctx, demand, LedgerEntityType.BID, bid.id, 'import', null, BidStatus.AWARDED, at, `揭榜方 ${code}`);
    }
  }

  private async closeLiveBids(ctx: Context, demand: Demand, at: Date, cause: DemandMove): Promise<void> {
    const live = await ctx.em.getRepository(Bid).findBy({ demandId: demand.id, status: In([...LIVE_BID_STATUSES]) });
    if (!live.length) return;
    await ctx.em.update(Bid, { id: In(live.map((b) => b.id)) }, { status: BidStatus.NOT_SELECTED, updatedAt: ctx.now });
    for (const b of live) this.entry(ctx, demand, LedgerEntityType.BID, b.id, 'reject', b.status, BidStatus.NOT_SELECTED, at, `demand ${cause}`);
  }

  private fields(ctx: Context, r: DemandRecord) {
    return {
      code: r.code,
      title: r.title,
      description: r.description,
      industryId: r.industryId,
      region: r.region,
      type: r.type,
      indicators: r.indicators,
      keywords: r.keywords,
      budget: r.budget,
      deadline: r.deadline,
      requirements: r.requirements,
      organizationId: ctx.orgs.get(r.organization)!.id,
      listId: r.list ? ctx.lists.get(r.list)!.id : null,
      // A file without the contact columns leaves the contact entered in the app as it is.
      ...(r.contactName ? { contactName: r.contactName } : {}),
      ...(r.contactPhone ? { contactPhone: r.contactPhone } : {}),
    };
  }

  private entry(ctx: Context, demand: Demand, entityType: LedgerEntityType, entityId: string, action: string, from: string | null, to: string, at: Date, note: string): void {
    ctx.ledger.push(demandRecord(demand, { actor: ctx.actor, at, entityType, entityId, action, from, to, note }));
  }

  /** The enterprises of the file, created when new; a credit code that contradicts the record is a problem. */
  private async enterprises(em: EntityManager, file: string, records: DemandRecord[], problems: ImportProblem[]): Promise<Map<string, Organization>> {
    const byName = new Map((await findIn(em, Organization, 'name', records.map((r) => r.organization))).map((o) => [o.name, o]));
    const codes = records.map((r) => r.creditCode).filter((c): c is string => !!c);
    const byCode = new Map((await findIn(em, Organization, 'creditCode', codes)).map((o) => [o.creditCode!, o]));
    const repo = em.getRepository(Organization);
    for (const r of records) {
      const problem = (column: string, kind: string, reason: Text) => problems.push({ file, row: r.row, column, kind, reason: reason.zh, reasonEn: reason.en });
      let org = byName.get(r.organization);
      if (org && org.type !== OrganizationType.ENTERPRISE) {
        problem('发榜单位', 'NOT_AN_ENTERPRISE', text(`${r.organization} 登记为${toLabel(INSTITUTION_TYPE_LABELS, org.type)}，不是企业`, `${r.organization} is registered as ${org.type}, not an enterprise`));
        continue;
      }
      if (r.creditCode) {
        const holder = byCode.get(r.creditCode);
        if (holder && holder.name !== r.organization) {
          problem('统一社会信用代码', 'CREDIT_CODE_TAKEN', text(`${r.creditCode} 属于 ${holder.name}`, `${r.creditCode} belongs to ${holder.name}`));
          continue;
        }
        if (org?.creditCode && org.creditCode !== r.creditCode) {
          problem('统一社会信用代码', 'CREDIT_CODE_MISMATCH', text(`${r.organization} 登记的信用代码为 ${org.creditCode}`, `${r.organization} is on record with ${org.creditCode}`));
          continue;
        }
      }
      if (!org) {
        org = repo.create({ id: randomUUID(), name: r.organization, type: OrganizationType.ENTERPRISE, region: r.region, creditCode: r.creditCode, createdAt: new Date(), updatedAt: new Date() });
        byName.set(org.name, org);
        if (r.creditCode) byCode.set(r.creditCode, org);
        await repo.insert(org);
      } else if (!org.creditCode && r.creditCode) {
        org.creditCode = r.creditCode;
        byCode.set(r.creditCode, org);
        await repo.update({ id: org.id }, { creditCode: r.creditCode });
      }
    }
    return byName;
  }

  private async lists(em: EntityManager, records: DemandRecord[]): Promise<Map<string, DemandList>> {
    const names = [...new Set(records.map((r) => r.list).filter((n): n is string => !!n))];
    const byName = new Map((await findIn(em, DemandList, 'name', names)).map((l) => [l.name, l]));
    for (const name of names.filter((n) => !byName.has(n))) {
      const list = em.getRepository(DemandList).create({ id: randomUUID(), name, issuer: null, region: null, year: Number(/\d{4}/.exec(name)?.[0]) || null, description: null, createdAt: new Date(), updatedAt: new Date() });
      await em.getRepository(DemandList).insert(list);
      byName.set(name, list);
    }
    return byName;
  }

  private async awardedTalents(em: EntityManager, demands: Demand[]): Promise<Map<string, string[]>> {
    const bids = await findIn(em, Bid, 'demandId', demands.map((d) => d.id));
    const out = new Map<string, string[]>();
    for (const b of bids.filter((x) => x.status === BidStatus.AWARDED)) out.set(b.demandId, [...(out.get(b.demandId) ?? []), b.talentId]);
    return out;
  }
}
