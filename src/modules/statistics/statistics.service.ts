import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { addDays, chinaDay, chinaDayStart, daysBetween } from '../../common/time/china-dates';
import { Clock } from '../../common/time/clock';
import { findIn } from '../../database/batch';
import { groupBy } from '../../common/dataloader/request-loaders';
import { BidStatus } from '../bids/bid-lifecycle';
import { Bid } from '../bids/bid.entity';
import { BidsService } from '../bids/bids.service';
import { DemandStatus } from '../demands/demand-lifecycle';
import { Demand } from '../demands/demand.entity';
import { DemandList } from '../demand-lists/demand-list.entity';
import { IndustriesService } from '../industries/industries.service';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { LEDGER_FORBIDDEN } from '../ledger/ledger.service';
import { MatchingService, MAX_MATCHES } from '../matching/matching.service';
import { place } from '../matching/signals';
import { OversightService } from '../oversight/oversight.service';
import { Milestone } from '../progress/milestone.entity';
import { Talent } from '../talents/talent.entity';
import { Role } from '../users/user.entity';
import { median, nearestRank, ratio } from './figures';
import { Breakdown, LedgerRow, Statistics, StatisticsFilter } from './statistics.dto';
import { text } from '../../common/i18n/text';

const S = DemandStatus;
const TAKEN: readonly DemandStatus[] = [S.TAKEN, S.IN_PROGRESS, S.ACCEPTED];
const REACHED_WORK: readonly DemandStatus[] = [S.IN_PROGRESS, S.ACCEPTED, S.TERMINATED];
const NO_LIST = '（无榜单）';

/** The figures a bureau watches, computed from the demands published in scope and their bids. */
@Injectable()
export class StatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly industries: IndustriesService,
    private readonly oversight: OversightService,
    private readonly clock: Clock,
    matching: MatchingService,
    bids: BidsService,
  ) {
    bids.setMatchRanker(async (demand, talentId) => {
      const i = (await matching.rankTalents(demand, MAX_MATCHES)).findIndex((m) => m.talent.id === talentId);
      return i + 1;
    });
  }

  async statistics(p: Principal, filter: StatisticsFilter): Promise<Statistics> {
    const demands = await this.publishedInScope(p, filter);
    const bids = await findIn(this.dataSource.manager, Bid, 'demandId', demands.map((d) => d.id));
    const lists = new Map((await this.dataSource.getRepository(DemandList).find()).map((l) => [l.id, l.name]));
    const bidsOf = new Map(groupBy(demands.map((d) => d.id), bids, (b) => b.demandId).map((group, i) => [demands[i].id, group]));
    const taken = demands.filter((d) => TAKEN.includes(d.status));
    const everAwarded = new Set(demands.filter((d) => TAKEN.includes(d.status) || d.status === S.TERMINATED || d.awardedCount > 0));
    const days = taken.filter((d) => d.takenAt && d.publishedAt).map((d) => daysBetween(chinaDay(d.publishedAt!), chinaDay(d.takenAt!)));
    const shortlisted = new Set(
      demands.filter((d) => everAwarded.has(d) || bidsOf.get(d.id)!.some((b) => b.status === BidStatus.SHORTLISTED || b.status === BidStatus.AWARDED)),
    );
    const awarded = bids.filter((b) => b.status === BidStatus.AWARDED);
    const ranked = awarded.filter((b) => b.matchRank !== null);
    const inTop = (k: number) => ranked.filter((b) => b.matchRank! >= 1 && b.matchRank! <= k).length;
    return {
      published: demands.length,
      bids: bids.length,
      taken: taken.length,
      takeRate: ratio(taken.length, demands.length),
      untaken: demands.filter((d) => d.status === S.UNTAKEN).length,
      inProgress: demands.filter((d) => d.status === S.IN_PROGRESS).length,
      accepted: demands.filter((d) => d.status === S.ACCEPTED).length,
      medianDaysToTake: median(days),
      p90DaysToTake: nearestRank(days, 90),
      bidsPerDemand: ratio(bids.length, demands.length, 2),
      funnel: {
        published: demands.length,
        withBids: demands.filter((d) => shortlisted.has(d) || bidsOf.get(d.id)!.length > 0).length,
        shortlisted: shortlisted.size,
        taken: everAwarded.size,
        inProgress: demands.filter((d) => REACHED_WORK.includes(d.status)).length,
        accepted: demands.filter((d) => d.status === S.ACCEPTED).length,
      },
      monthly: this.monthly(demands, taken),
      byIndustry: breakdown(demands, (d) => this.industries.byId(d.industryId)?.name ?? d.industryId),
      byRegion: breakdown(demands, (d) => place(d.region).city || d.region),
      byList: breakdown(demands, (d) => (d.listId ? (lists.get(d.listId) ?? NO_LIST) : NO_LIST)),
      topInstitutions: await this.topInstitutions(awarded),
      matching: {
        rankedAwards: ranked.length,
        inTop5: inTop(5),
        inTop10: inTop(10),
        top5Share: ranked.length ? ratio(inTop(5), ranked.length) : null,
        top10Share: ranked.length ? ratio(inTop(10), ranked.length) : null,
      },
    };
  }

  /** 一企一台账: the enterprise's demands with status, health colour, 红黄蓝 and the last change. */
  async ledger(p: Principal, organizationId: string): Promise<LedgerRow[]> {
    if (p.role !== Role.ADMIN && !(p.role === Role.ENTERPRISE && p.organizationId === organizationId)) {
      throw DomainError.forbidden(LEDGER_FORBIDDEN);
    }
    const demands = await this.dataSource.getRepository(Demand).find({ where: { organizationId }, order: { code: 'ASC' } });
    const ids = demands.map((d) => d.id);
    const milestones = groupBy(ids, await findIn(this.dataSource.manager, Milestone, 'demandId', ids), (m) => m.demandId);
    const latest = ids.length
      ? await this.dataSource
          .getRepository(LedgerEntry)
          .createQueryBuilder('e')
          .where((qb) => `e.id IN ${qb.subQuery().select('MAX(x.id)').from(LedgerEntry, 'x').where('x.organization_id = :org').groupBy('x.demand_id').getQuery()}`)
          .setParameter('org', organizationId)
          .getMany()
      : [];
    const lastChange = new Map(latest.map((e) => [e.demandId, e]));
    const today = this.clock.today();
    return demands.map((demand, i) => ({
      demand,
      status: demand.status,
      colour: this.oversight.healthOf(demand, milestones[i], today).colour,
      industrialisation: demand.industrialisation,
      lastChange: lastChange.get(demand.id) ?? null,
    }));
  }

  private async publishedInScope(p: Principal, f: StatisticsFilter): Promise<Demand[]> {
    const qb = this.dataSource.getRepository(Demand).createQueryBuilder('d').where('d.published_at IS NOT NULL');
    if (p.role === Role.ENTERPRISE) qb.andWhere('d.organization_id = :org', { org: p.organizationId });
    else if (p.role === Role.RESEARCHER) {
      qb.andWhere(`d.id IN (${this.dataSource.getRepository(Bid).createQueryBuilder('b').select('b.demand_id').where('b.talent_id = :talent').getQuery()})`, { talent: p.talentId ?? '' });
    } else if (p.role !== Role.ADMIN) throw DomainError.forbidden(text('统计数据只对管理员、企业和科研人员开放', 'Statistics are for admins, enterprises and researchers'));
    if (f.list) {
      const list = await this.dataSource.getRepository(DemandList).findOneBy({ name: f.list.trim() });
      if (!list) throw DomainError.badInput('filter.list', text(`没有名为“${f.list}”的榜单`, `no list named "${f.list}"`));
      qb.andWhere('d.list_id = :list', { list: list.id });
    }
    if (f.region) qb.andWhere('d.region LIKE :region', { region: `%${f.region.trim()}%` });
    if (f.industry) qb.andWhere({ industryId: In(this.industries.withDescendants(this.industries.resolve(f.industry, 'filter.industry').id)) });
    if (f.type) qb.andWhere('d.type = :type', { type: f.type });
    if (f.from && f.to && f.from > f.to) throw DomainError.badInput('filter.from', text(`${f.from} 晚于 filter.to ${f.to}`, `${f.from} is after filter.to ${f.to}`));
    if (f.from) qb.andWhere('d.published_at >= :from', { from: chinaDayStart(f.from).toISOString() });
    if (f.to) qb.andWhere('d.published_at < :to', { to: chinaDayStart(addDays(f.to, 1)).toISOString() });
    return qb.getMany();
  }

  private monthly(published: Demand[], taken: Demand[]) {
    const months = new Map<string, { published: number; taken: number }>();
    const bump = (at: Date | null, key: 'published' | 'taken') => {
      if (!at) return;
      const month = chinaDay(at).slice(0, 7);
      const m = months.get(month) ?? { published: 0, taken: 0 };
      m[key]++;
      months.set(month, m);
    };
    for (const d of published) bump(d.publishedAt, 'published');
    for (const d of taken) bump(d.takenAt, 'taken');
    return [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, c]) => ({ month, ...c }));
  }

  private async topInstitutions(awarded: Bid[]) {
    const talents = new Map((await findIn(this.dataSource.manager, Talent, 'id', awarded.map((b) => b.talentId))).map((t) => [t.id, t]));
    const counts = new Map<string, number>();
    for (const b of awarded) {
      const name = talents.get(b.talentId)?.institution ?? '（未知）';
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts]
      .map(([institution, awards]) => ({ institution, awards }))
      .sort((a, b) => b.awards - a.awards || a.institution.localeCompare(b.institution))
      .slice(0, 10);
  }
}

function breakdown(demands: Demand[], keyOf: (d: Demand) => string): Breakdown[] {
  const groups = new Map<string, { published: number; taken: number }>();
  for (const d of demands) {
    const g = groups.get(keyOf(d)) ?? { published: 0, taken: 0 };
    g.published++;
    if (TAKEN.includes(d.status)) g.taken++;
    groups.set(keyOf(d), g);
  }
  return [...groups]
    .map(([key, g]) => ({ key, ...g, takeRate: ratio(g.taken, g.published) }))
    .sort((a, b) => b.published - a.published || a.key.localeCompare(b.key));
}
