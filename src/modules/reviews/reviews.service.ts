import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Transactions } from '../../common/database/transactions';
import { DomainError, ErrorCode } from '../../common/errors/domain-error';
import { Clock } from '../../common/time/clock';
import { BID_STATUS_CN, BidStatus, LIVE_BID_STATUSES } from '../bids/bid-lifecycle';
import { Bid } from '../bids/bid.entity';
import { BidsService } from '../bids/bids.service';
import { isOwner } from '../demands/demand-access';
import { DEMAND_STATUS_CN, DemandStatus } from '../demands/demand-lifecycle';
import { Demand } from '../demands/demand.entity';
import { DemandList } from '../demand-lists/demand-list.entity';
import { demandRecord, LedgerService } from '../ledger/ledger.service';
import { Talent } from '../talents/talent.entity';
import { Role, User } from '../users/user.entity';
import { BidScore } from './bid-score.entity';
import { ReviewAssignment } from './review-assignment.entity';
import { assertWeights, CRITERIA, DEFAULT_REVIEW_WEIGHTS, Weights, weightedTotal } from './review-weights';
import { BidReview, ScoreBidInput } from './reviews.dto';
import { Text, text } from '../../common/i18n/text';

const conflictOfInterest = (message: Text, details: Record<string, unknown>) => new DomainError(ErrorCode.CONFLICT_OF_INTEREST, message, details);

/** The bureau's expert pool is tens of people; the bound only keeps one answer small. */
const EXPERTS_SHOWN = 500;

/** Expert review (评审): assignment with conflict-of-interest checks, sealed per-expert scores, aggregates and ranks. */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
    bids: BidsService,
  ) {
    bids.setExpertAccess((p, list) => this.visibleToExpert(p, list));
  }

  /**
   * Assigns experts to a published demand. Refused as a whole (nothing written) when an expert
   * works for the demand's enterprise or for the institution of anyone who bid on it.
   */
  async assign(p: Principal, demandId: string, expertIds: string[]): Promise<User[]> {
    if (!expertIds.length) throw DomainError.badInput('expertIds', text('请至少指定一位专家', 'name at least one expert'));
    return this.transactions.run(async (em) => {
      const demand = await em.getRepository(Demand).findOneBy({ id: demandId });
      if (!demand) throw DomainError.notFound('Demand', demandId);
      if (demand.status !== DemandStatus.PUBLISHED) throw DomainError.badInput('demandId', text(`只有揭榜中的需求才能评审（该需求为“${DEMAND_STATUS_CN[demand.status]}”）`, `bids are reviewed while a demand is PUBLISHED (it is ${demand.status})`));
      const experts = await em.getRepository(User).findBy({ id: In(expertIds) });
      expertIds.forEach((id, i) => {
        const e = experts.find((x) => x.id === id);
        if (!e || e.role !== Role.EXPERT) throw DomainError.badInput(`expertIds[${i}]`, text(`${id} 不是评审专家账户`, `${id} is not an EXPERT account`));
      });
      const institutions = await this.bidderInstitutions(em, demand.id);
      for (const e of experts) {
        if (e.organizationId && e.organizationId === demand.organizationId) {
          throw conflictOfInterest(text(`专家 ${e.name} 就职于发榜单位，需回避`, `Expert ${e.name} works for the demand’s enterprise`), { expertId: e.id, reason: 'DEMAND_ENTERPRISE' });
        }
        if (e.organizationId && institutions.has(e.organizationId)) {
          throw conflictOfInterest(text(`专家 ${e.name} 与揭榜方同一单位，需回避`, `Expert ${e.name} works at the institution of a bidder`), { expertId: e.id, reason: 'BIDDER_INSTITUTION' });
        }
      }
      const existing = new Set((await em.getRepository(ReviewAssignment).findBy({ demandId })).map((a) => a.expertId));
      const now = this.clock.now();
      const fresh = experts.filter((e) => !existing.has(e.id));
      if (fresh.length) {
        await em.getRepository(ReviewAssignment).insert(fresh.map((e) => ({ id: randomUUID(), demandId, expertId: e.id, createdAt: now, updatedAt: now })));
        await this.ledger.append(
          em,
          ...fresh.map((e) => demandRecord(demand, { actor: p, at: now, action: 'assignExpert', from: demand.status, to: demand.status, note: `评审专家 ${e.name}` })),
        );
      }
      return em.getRepository(User).findBy({ id: In([...existing, ...fresh.map((e) => e.id)]) });
    });
  }

  /** The demands the caller is assigned to review, the most recently published first. */
  async assignments(p: Principal): Promise<Demand[]> {
    const ids = (await this.dataSource.getRepository(ReviewAssignment).findBy({ expertId: p.userId })).map((a) => a.demandId);
    if (!ids.length) return [];
    return this.dataSource.getRepository(Demand).find({ where: { id: In(ids) }, order: { publishedAt: 'DESC' } });
  }

  /** The live bids an assigned expert reviews, without those of the expert's own institution. */
  async bidsToReview(p: Principal, demandId: string): Promise<Bid[]> {
    await this.assertAssigned(p, demandId);
    const bids = await this.dataSource.getRepository(Bid).find({ where: { demandId, status: In([...LIVE_BID_STATUSES]) }, order: { createdAt: 'ASC' } });
    return this.visibleToExpert(p, bids);
  }

  /** Of some bids, those an expert may read: on demands they were assigned, not from their own institution. */
  async visibleToExpert(p: Principal, bids: Bid[]): Promise<Bid[]> {
    if (!bids.length) return [];
    const demandIds = [...new Set(bids.map((b) => b.demandId))];
    const assigned = new Set(
      (await this.dataSource.getRepository(ReviewAssignment).findBy({ expertId: p.userId, demandId: In(demandIds) })).map((a) => a.demandId),
    );
    const mine = bids.filter((b) => assigned.has(b.demandId));
    const orgs = await this.bidOrganizations(this.dataSource.manager, mine);
    return mine.filter((b) => !p.organizationId || !orgs.get(b.id)?.has(p.organizationId));
  }

  async score(p: Principal, input: ScoreBidInput): Promise<BidScore> {
    return this.transactions.run(async (em) => {
      const bid = await em.getRepository(Bid).findOneBy({ id: input.bidId });
      if (!bid) throw DomainError.notFound('Bid', input.bidId);
      const demand = await em.getRepository(Demand).findOneByOrFail({ id: bid.demandId });
      await this.assertAssigned(p, demand.id, em);
      if (p.organizationId && (await this.bidOrganizations(em, [bid])).get(bid.id)?.has(p.organizationId)) {
        throw conflictOfInterest(text('您与揭榜方同一单位，需回避：此申请由其他专家评审', 'You work at the bidder’s institution: this bid is reviewed by the other experts'), { reason: 'BIDDER_INSTITUTION' });
      }
      if (demand.status !== DemandStatus.PUBLISHED || !LIVE_BID_STATUSES.includes(bid.status)) {
        throw DomainError.badInput('bidId', text(`只能为揭榜中需求的有效申请打分（申请“${BID_STATUS_CN[bid.status]}”，需求“${DEMAND_STATUS_CN[demand.status]}”）`, `only live bids on a published demand are scored (bid ${bid.status}, demand ${demand.status})`));
      }
      const repo = em.getRepository(BidScore);
      const now = this.clock.now();
      const values = { technical: input.technical, team: input.team, price: input.price, schedule: input.schedule, comment: input.comment.trim(), updatedAt: now };
      const existing = await repo.findOneBy({ bidId: bid.id, expertId: p.userId });
      if (existing) {
        await repo.update({ id: existing.id }, values);
        return Object.assign(existing, values);
      }
      return repo.save(repo.create({ ...values, bidId: bid.id, expertId: p.userId, createdAt: now }));
    });
  }

  /** The caller's own scores on a demand's bids (experts). */
  async myScores(p: Principal, demandId: string): Promise<BidScore[]> {
    await this.assertAssigned(p, demandId);
    return this.dataSource
      .getRepository(BidScore)
      .createQueryBuilder('s')
      .innerJoin(Bid, 'b', 'b.id = s.bid_id')
      .where('b.demand_id = :demandId AND s.expert_id = :expertId', { demandId, expertId: p.userId })
      .getMany();
  }

  /** Every expert's scores of a bid, with who gave them: admins only. */
  async scoresOf(bidId: string): Promise<BidScore[]> {
    return this.dataSource.getRepository(BidScore).find({ where: { bidId }, relations: { expert: true }, order: { createdAt: 'ASC' } });
  }

  /** Every active EXPERT account, by name: the admin picks a demand's panel from them. */
  allExperts(): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ where: { role: Role.EXPERT, disabledAt: IsNull() }, order: { name: 'ASC' }, take: EXPERTS_SHOWN });
  }

  async experts(demandId: string): Promise<User[]> {
    const rows = await this.dataSource.getRepository(ReviewAssignment).find({ where: { demandId }, relations: { expert: true }, order: { createdAt: 'ASC' } });
    return rows.map((r) => r.expert!);
  }

  async setListWeights(listId: string, weights: Weights): Promise<DemandList> {
    const repo = this.dataSource.getRepository(DemandList);
    const list = await repo.findOneBy({ id: listId });
    if (!list) throw DomainError.notFound('DemandList', listId);
    list.reviewWeights = { ...assertWeights(weights) };
    await repo.update({ id: list.id }, { reviewWeights: list.reviewWeights, updatedAt: this.clock.now() });
    return list;
  }

  /**
   * The panel's verdict on a bid, for the demand's enterprise and admins, and for the bidder once
   * the bid was not selected (or awarded): structured feedback without the experts' names.
   */
  mayReadReview(p: Principal | null, bid: Bid, demand: Demand): boolean {
    if (p?.role === Role.ADMIN || isOwner(p, demand)) return true;
    return p?.role === Role.RESEARCHER && p.talentId === bid.talentId && [BidStatus.NOT_SELECTED, BidStatus.AWARDED].includes(bid.status);
  }

  /** Reviews of all scored bids of some demands (batched per request), keyed by bid id. */
  async reviewsOfDemands(demandIds: readonly string[]): Promise<Map<string, BidReview>[]> {
    const rows = await this.dataSource
      .getRepository(BidScore)
      .createQueryBuilder('s')
      .innerJoin(Bid, 'b', 'b.id = s.bid_id')
      .leftJoin(Demand, 'd', 'd.id = b.demand_id')
      .leftJoin(DemandList, 'l', 'l.id = d.list_id')
      .select(['s.bid_id AS "bidId"', 'b.demand_id AS "demandId"', 'l.review_weights AS "weights"', 's.comment AS "comment"', ...CRITERIA.map((c) => `s.${c} AS "${c}"`)])
      .where('b.demand_id IN (:...demandIds)', { demandIds: [...demandIds] })
      .getRawMany<ScoreRow>();
    return demandIds.map((demandId) => aggregate(rows.filter((r) => r.demandId === demandId)));
  }

  private async assertAssigned(p: Principal, demandId: string, em: EntityManager = this.dataSource.manager): Promise<void> {
    if (!(await em.getRepository(ReviewAssignment).existsBy({ demandId, expertId: p.userId }))) {
      throw DomainError.forbidden(text('您未被指派评审此需求', 'You are not assigned to review this demand'));
    }
  }

  /** The organisations behind each bid: the bidding talent's institution and the bidder account's. */
  private async bidOrganizations(em: EntityManager, bids: Bid[]): Promise<Map<string, Set<string>>> {
    const talents = bids.length ? await em.getRepository(Talent).findBy({ id: In(bids.map((b) => b.talentId)) }) : [];
    const bidderIds = bids.map((b) => b.bidderId).filter((x): x is string => !!x);
    const bidders = bidderIds.length ? await em.getRepository(User).findBy({ id: In(bidderIds) }) : [];
    const out = new Map<string, Set<string>>();
    for (const b of bids) {
      const orgs = [talents.find((t) => t.id === b.talentId)?.organizationId, bidders.find((u) => u.id === b.bidderId)?.organizationId];
      out.set(b.id, new Set(orgs.filter((x): x is string => !!x)));
    }
    return out;
  }

  private async bidderInstitutions(em: EntityManager, demandId: string): Promise<Set<string>> {
    const bids = await em.getRepository(Bid).findBy({ demandId, status: In([...LIVE_BID_STATUSES]) });
    return new Set([...(await this.bidOrganizations(em, bids)).values()].flatMap((s) => [...s]));
  }
}

type ScoreRow = Record<string, string | number | null>;

/** Per-bid aggregates and competition ranks (1, 2, 2, 4) from the score rows of one demand. */
function aggregate(rows: ScoreRow[]): Map<string, BidReview> {
  const byBid = new Map<string, ScoreRow[]>();
  for (const r of rows) byBid.set(String(r.bidId), [...(byBid.get(String(r.bidId)) ?? []), r]);
  const reviews = [...byBid.entries()].map(([bidId, scores]) => {
    const raw = scores[0].weights;
    const weights: Weights = raw ? (typeof raw === 'string' ? JSON.parse(raw) : raw) : DEFAULT_REVIEW_WEIGHTS;
    const mean = (f: (s: ScoreRow) => number) => scores.reduce((sum, s) => sum + f(s), 0) / scores.length;
    const criteria = Object.fromEntries(CRITERIA.map((c) => [c, round(mean((s) => Number(s[c])))])) as Weights;
    const score = round(mean((s) => weightedTotal(Object.fromEntries(CRITERIA.map((c) => [c, Number(s[c])])) as Weights, weights)));
    const comments = scores.map((s) => String(s.comment)).sort();
    return { bidId, review: { score, rank: 0, rankedBids: byBid.size, reviewCount: scores.length, criteria, weights, comments } };
  });
  for (const r of reviews) r.review.rank = 1 + reviews.filter((o) => o.review.score > r.review.score).length;
  return new Map(reviews.map((r) => [r.bidId, r.review]));
}

const round = (x: number) => Math.round(x * 100) / 100;
