import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Transactions } from '../../common/database/transactions';
import { DomainEvents } from '../../common/events/domain-events';
import { DomainError, ErrorCode } from '../../common/errors/domain-error';
import { Page } from '../../common/pagination/page';
import { Clock } from '../../common/time/clock';
import { isUniqueViolation } from '../../database/errors';
import { assertReadable } from '../demands/demand-access';
import { DEMAND_STATUS_CN, DemandMove, DemandStatus } from '../demands/demand-lifecycle';
import { Demand } from '../demands/demand.entity';
import { DemandTransitionsService } from '../demands/demand-transitions.service';
import { LedgerEntityType } from '../ledger/ledger-entry.entity';
import { demandRecord, LedgerService } from '../ledger/ledger.service';
import { Role } from '../users/user.entity';
import { bidActors, canReadBid } from './bid-access';
import { bidLifecycle, BidMove, BidStatus, LIVE_BID_STATUSES } from './bid-lifecycle';
import { Bid } from './bid.entity';
import { SubmitBidInput } from './bids.dto';
import { text } from '../../common/i18n/text';

/** Demand moves after which no bid stays in the running. */
const CLOSING_MOVES: readonly DemandMove[] = ['take', 'withdraw', 'close'];

/** Where the matching engine ranks a talent for a demand (registered by the statistics module). */
export type MatchRanker = (demand: Demand, talentId: string) => Promise<number>;

/** Which of some bids an expert may read: those of demands they review, without conflicts (registered by the reviews module). */
export type ExpertBidAccess = (p: Principal, bids: Bid[]) => Promise<Bid[]>;

@Injectable()
export class BidsService implements OnModuleInit {
  private ranker: MatchRanker | null = null;
  private expertAccess: ExpertBidAccess = async () => [];

  constructor(
    @InjectRepository(Bid) private readonly repo: Repository<Bid>,
    private readonly transactions: Transactions,
    private readonly transitions: DemandTransitionsService,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
  ) {}

  setExpertAccess(access: ExpertBidAccess): void {
    this.expertAccess = access;
  }

  /** The bids of one demand the caller may read: sealed to all but the bidder, its enterprise, admins and its reviewers. */
  async readable(p: Principal, bids: Bid[], demand: Demand): Promise<Bid[]> {
    return p.role === Role.EXPERT ? this.expertAccess(p, bids) : bids.filter((b) => canReadBid(p, b, demand));
  }

  /** Awards record the winner's rank in matchTalents just before the award (match statistics). */
  setMatchRanker(ranker: MatchRanker): void {
    this.ranker = ranker;
  }

  onModuleInit(): void {
    this.transitions.onMove(async (em, demand, move, actor) => {
      if (CLOSING_MOVES.includes(move)) await this.closeLiveBids(em, demand, actor, move);
    });
  }

  async getVisible(p: Principal, id: string): Promise<Bid> {
    const bid = await this.repo.findOneBy({ id });
    const demand = bid ? await this.repo.manager.getRepository(Demand).findOneBy({ id: bid.demandId }) : null;
    if (!bid || !demand || !(await this.readable(p, [bid], demand)).length) throw DomainError.notFound('Bid', id);
    return bid;
  }

  listMine(p: Principal, page: Page): Promise<Bid[]> {
    if (!p.talentId) return Promise.resolve([]);
    return this.repo.find({ where: { talentId: p.talentId }, order: { createdAt: 'DESC' }, take: page.limit, skip: page.offset });
  }

  /** 揭榜: a researcher bids on a published demand before its deadline, once while the bid is live. */
  async submit(p: Principal, input: SubmitBidInput): Promise<Bid> {
    if (p.role !== Role.RESEARCHER || !p.talentId) throw DomainError.forbidden(text('只有建有人才档案的科研人员可以揭榜', 'Only researchers with a talent profile may bid'));
    const talentId = p.talentId;
    try {
      return await this.transactions.run(async (em) => {
        const demand = assertReadable(p, await em.getRepository(Demand).findOneBy({ id: input.demandId }), input.demandId);
        if (demand.status !== DemandStatus.PUBLISHED) {
          throw new DomainError(ErrorCode.INVALID_STATE_TRANSITION, text(`需求 ${demand.code} 为“${DEMAND_STATUS_CN[demand.status]}”，不接受揭榜`, `Demand ${demand.code} is ${demand.status}, not open for bids`), {
            entity: 'demand',
            from: demand.status,
            to: demand.status,
            allowed: [],
          });
        }
        if (demand.deadline && demand.deadline < this.clock.today()) {
          throw DomainError.badInput('demandId', text(`需求 ${demand.code} 的揭榜截止日期（${demand.deadline}）已过`, `the deadline of ${demand.code} (${demand.deadline}) has passed`));
        }
        const live = await em.getRepository(Bid).existsBy({ demandId: demand.id, talentId, status: In([...LIVE_BID_STATUSES]) });
        if (live) throw DomainError.conflict(text(`您已对需求 ${demand.code} 提交了揭榜申请`, `You already have a live bid on ${demand.code}`), { field: 'demandId' });
        const now = this.clock.now();
        const repo = em.getRepository(Bid);
        const bid = await repo.save(
          repo.create({
            demandId: demand.id,
            talentId,
            bidderId: p.userId,
            status: BidStatus.SUBMITTED,
            proposal: input.proposal.trim(),
            quote: input.quote,
            durationMonths: input.durationMonths,
            teamMembers: input.teamMembers.map((m) => m.trim()),
            createdAt: now,
            updatedAt: now,
          }),
        );
        await this.ledger.append(em, this.entry(p, bid, demand, 'submit', null, BidStatus.SUBMITTED, now));
        return bid;
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw DomainError.conflict(text('您已对此需求提交了揭榜申请', 'You already have a live bid on this demand'), { field: 'demandId' });
      throw e;
    }
  }

  shortlist(p: Principal, id: string): Promise<Bid> {
    return this.transactions.run(async (em) => {
      const { bid, demand, actors } = await this.load(em, p, id, 'shortlist');
      if (demand.status !== DemandStatus.PUBLISHED) throw this.demandClosed(demand);
      return this.applyMove(em, p, bid, demand, 'shortlist', actors);
    });
  }

  withdraw(p: Principal, id: string): Promise<Bid> {
    return this.transactions.run(async (em) => {
      const { bid, demand, actors } = await this.load(em, p, id, 'withdraw');
      return this.applyMove(em, p, bid, demand, 'withdraw', actors);
    });
  }

  /**
   * 挂帅: awards a bid. The demand's award counter is raised by a conditional UPDATE, so of concurrent
   * awards only `maxWinners` succeed; the award that fills the last place moves the demand to TAKEN,
   * which closes the other live bids, all in this one transaction.
   */
  async award(p: Principal, id: string): Promise<Bid> {
    const before = await this.load(this.repo.manager, p, id, 'award');
    // Ranked before the award changes the winner's load: the rank the engine gave when the choice was made.
    const matchRank = this.ranker ? await this.ranker(before.demand, before.bid.talentId) : null;
    const bid = await this.transactions.run(async (em) => {
      const { bid, demand, actors } = await this.load(em, p, id, 'award');
      if (demand.status !== DemandStatus.PUBLISHED) throw this.demandClosed(demand);
      bidLifecycle.assertMove('award', bid.status, actors);
      const raised = await em
        .createQueryBuilder()
        .update(Demand)
        .set({ awardedCount: () => 'awarded_count + 1' })
        .where('id = :id AND status = :published AND awarded_count < max_winners', { id: demand.id, published: DemandStatus.PUBLISHED })
        .execute();
      if (!raised.affected) throw DomainError.conflict(text(`需求 ${demand.code} 的 ${demand.maxWinners} 个挂帅名额已满`, `Demand ${demand.code} already has its ${demand.maxWinners} winner(s)`));
      const awarded = await this.applyMove(em, p, bid, demand, 'award', actors);
      await em.getRepository(Bid).update({ id: bid.id }, { matchRank });
      awarded.matchRank = matchRank;
      const fresh = await em.getRepository(Demand).findOneByOrFail({ id: demand.id });
      if (fresh.awardedCount >= fresh.maxWinners) await this.transitions.apply(em, fresh, 'take', p, ['SYSTEM']);
      return awarded;
    });
    await this.events.emit({ type: 'demands.changed', ids: [bid.demandId] });
    return bid;
  }

  private async load(em: EntityManager, p: Principal, id: string, move: BidMove) {
    const bid = await em.getRepository(Bid).findOneBy({ id });
    const demand = bid ? await em.getRepository(Demand).findOneBy({ id: bid.demandId }) : null;
    if (!bid || !demand || !canReadBid(p, bid, demand)) throw DomainError.notFound('Bid', id);
    const actors = bidActors(p, bid, demand);
    if (!bidLifecycle.mayMake(move, actors)) throw DomainError.forbidden(text(`您无权对此揭榜申请执行“${bidLifecycle.moveName(move)}”`, `You may not ${move} this bid`));
    return { bid, demand, actors };
  }

  private async applyMove(em: EntityManager, p: Principal, bid: Bid, demand: Demand, move: BidMove, actors: ReturnType<typeof bidActors>) {
    const from = bid.status;
    const to = bidLifecycle.assertMove(move, from, actors);
    const now = this.clock.now();
    const result = await em
      .createQueryBuilder()
      .update(Bid)
      .set({ status: to, updatedAt: now })
      .where('id = :id AND status = :from', { id: bid.id, from })
      .execute();
    if (!result.affected) throw DomainError.conflict(text(`揭榜申请 ${bid.id} 刚刚已被他人修改，请重试`, `Bid ${bid.id} was changed at the same time; try again`));
    await this.ledger.append(em, this.entry(p, bid, demand, move, from, to, now));
    return Object.assign(bid, { status: to, updatedAt: now });
  }

  /** Live bids become NOT_SELECTED when their demand is taken, withdrawn or closes. */
  private async closeLiveBids(em: EntityManager, demand: Demand, actor: Principal | null, cause: DemandMove): Promise<void> {
    const live = await em.getRepository(Bid).findBy({ demandId: demand.id, status: In([...LIVE_BID_STATUSES]) });
    if (!live.length) return;
    const now = this.clock.now();
    await em
      .createQueryBuilder()
      .update(Bid)
      .set({ status: BidStatus.NOT_SELECTED, updatedAt: now })
      .where('id IN (:...ids)', { ids: live.map((b) => b.id) })
      .execute();
    await this.ledger.append(
      em,
      ...live.map((b) => ({ ...this.entry(actor, b, demand, 'reject', b.status, BidStatus.NOT_SELECTED, now), note: `demand ${cause}` })),
    );
  }

  private entry(actor: Principal | null, bid: Bid, demand: Demand, action: string, from: string | null, to: string, at: Date) {
    return demandRecord(demand, { actor, at, action, from, to, note: null, entityType: LedgerEntityType.BID, entityId: bid.id });
  }

  private demandClosed(demand: Demand): DomainError {
    return new DomainError(
      ErrorCode.INVALID_STATE_TRANSITION,
      text(`需求 ${demand.code} 为“${DEMAND_STATUS_CN[demand.status]}”：只有揭榜中的需求才能决定揭榜申请`, `Demand ${demand.code} is ${demand.status}: bids are decided only while it is PUBLISHED`),
      { entity: 'demand', from: demand.status, to: DemandStatus.TAKEN, allowed: [] },
    );
  }

  /** Bids of many demands, for the Demand.bids loader. */
  async byDemands(ids: readonly string[]): Promise<Bid[]> {
    return this.repo.find({ where: { demandId: In([...ids]) }, order: { createdAt: 'ASC' } });
  }

  /** Bid counts (withdrawn bids excluded) of many demands, in one query. */
  async countsByDemands(ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.repo
      .createQueryBuilder('b')
      .select('b.demand_id', 'demandId')
      .addSelect('COUNT(*)', 'count')
      .where('b.demand_id IN (:...ids)', { ids })
      .andWhere('b.status != :withdrawn', { withdrawn: BidStatus.WITHDRAWN })
      .groupBy('b.demand_id')
      .getRawMany<{ demandId: string; count: string | number }>();
    return new Map(rows.map((r) => [r.demandId, Number(r.count)]));
  }
}
