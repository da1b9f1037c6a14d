import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { groupBy, RequestLoaders } from '../../common/dataloader/request-loaders';
import { Transactions } from '../../common/database/transactions';
import { DomainEvents } from '../../common/events/domain-events';
import { DomainError } from '../../common/errors/domain-error';
import { Clock } from '../../common/time/clock';
import { BidStatus } from '../bids/bid-lifecycle';
import { Bid } from '../bids/bid.entity';
import { changedMeanwhile, isOwner } from '../demands/demand-access';
import { DEMAND_STATUS_CN, DemandStatus } from '../demands/demand-lifecycle';
import { Demand, Industrialisation } from '../demands/demand.entity';
import { INDUSTRIALISATION_NAMES as INDUSTRIALISATION_CN } from '../ledger/ledger-labels';
import { INDUSTRIALISATION_NEXT } from './industrialisation-steps';
import { DemandTransitionsService } from '../demands/demand-transitions.service';
import { LedgerEntityType } from '../ledger/ledger-entry.entity';
import { demandRecord, LedgerService } from '../ledger/ledger.service';
import { Role } from '../users/user.entity';
import { MilestoneActor, milestoneLifecycle, MilestoneMove, MilestoneStatus } from './milestone-lifecycle';
import { Milestone } from './milestone.entity';
import { ProgressReport } from './progress-report.entity';
import { IndustrialisationInput, MidtermCheckInput, ReportProgressInput, SetMilestonesInput } from './progress.dto';
import { text } from '../../common/i18n/text';

const MILESTONES_BY_DEMAND = Symbol('milestonesByDemand');
const WORKING: readonly DemandStatus[] = [DemandStatus.TAKEN, DemandStatus.IN_PROGRESS];


/** 攻关 after the award: milestones and progress reports, the mid-term check, and industrialisation (红黄蓝). */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
    transitions: DemandTransitionsService,
  ) {
    // Acceptance closes the work: every milestone of the plan must have been confirmed.
    transitions.onMove(async (em, demand, move) => {
      if (move !== 'accept') return;
      const open = await em.getRepository(Milestone).countBy({ demandId: demand.id, status: In([MilestoneStatus.PLANNED, MilestoneStatus.REPORTED, MilestoneStatus.RETURNED]) });
      if (open) throw DomainError.badInput('id', text(`需求 ${demand.code} 还有 ${open} 个里程碑未确认，不能验收`, `${open} milestone(s) of ${demand.code} are not confirmed yet`));
    });
  }

  /** The owner, the awarded team or an admin sets (or replaces) the plan while nothing of it was reported. */
  async setMilestones(p: Principal, input: SetMilestonesInput): Promise<Milestone[]> {
    const total = input.milestones.reduce((s, m) => s + m.paymentShare, 0);
    if (total !== 100) throw DomainError.badInput('milestones', text(`各里程碑的付款比例之和应为 100（现为 ${total}）`, `payment shares must sum to 100 (they sum to ${total})`));
    const today = this.clock.today();
    input.milestones.forEach((m, i) => {
      if (m.dueDate < today) throw DomainError.badInput(`milestones[${i}].dueDate`, text(`${m.dueDate} 已经过去`, `${m.dueDate} is in the past`));
      if (i && m.dueDate < input.milestones[i - 1].dueDate) throw DomainError.badInput(`milestones[${i}].dueDate`, text('不能早于上一个里程碑的日期', 'must not come before the previous milestone’s'));
    });
    const saved = await this.transactions.run(async (em) => {
      const demand = await this.workingDemand(em, p, input.demandId);
      const bid = await this.awardedBid(em, demand, input.bidId);
      if (this.actors(p, demand, bid).length === 0) throw DomainError.forbidden(text('只有发榜单位、挂帅团队和管理员可以制定里程碑计划', 'Only the enterprise, the awarded team and admins plan milestones'));
      const repo = em.getRepository(Milestone);
      const existing = await repo.findBy({ bidId: bid.id });
      if (existing.some((m) => m.status !== MilestoneStatus.PLANNED)) throw DomainError.conflict(text('已有里程碑提交了完成情况，计划不能再改', 'The plan is fixed once a milestone was reported'));
      if (existing.length) await repo.delete({ id: In(existing.map((m) => m.id)) });
      const now = this.clock.now();
      const rows = input.milestones.map((m, i) =>
        repo.create({ ...m, id: randomUUID(), seq: i + 1, demandId: demand.id, bidId: bid.id, status: MilestoneStatus.PLANNED, returnReason: null, createdAt: now, updatedAt: now }),
      );
      await repo.insert(rows);
      const note = rows.map((m) => `${m.seq}. ${m.title}（${m.dueDate}，${m.paymentShare}%）`).join('；');
      await this.ledger.append(em, demandRecord(demand, { actor: p, at: now, action: 'planMilestones', from: demand.status, to: demand.status, note }));
      return rows;
    });
    await this.events.emit({ type: 'demands.changed', ids: [input.demandId] });
    return saved;
  }

  /** The awarded team reports progress; with `complete` the milestone goes to the enterprise to confirm. */
  async report(p: Principal, input: ReportProgressInput): Promise<Milestone> {
    return this.moveMilestone(p, input.milestoneId, input.complete ? 'report' : null, async (em, milestone, demand, now) => {
      await em.getRepository(ProgressReport).insert({ id: randomUUID(), milestoneId: milestone.id, authorId: p.userId, content: input.content.trim(), complete: input.complete, createdAt: now, updatedAt: now });
      return input.complete ? null : demandRecord(demand, { actor: p, at: now, action: 'progressReport', from: milestone.status, to: milestone.status, note: input.content.trim().slice(0, 200), entityType: LedgerEntityType.MILESTONE, entityId: milestone.id });
    });
  }

  confirm(p: Principal, id: string): Promise<Milestone> {
    return this.moveMilestone(p, id, 'confirm');
  }

  return(p: Principal, id: string, reason: string): Promise<Milestone> {
    if (!reason.trim()) throw DomainError.badInput('reason', text('退回里程碑时必须说明理由', 'is required to return a milestone'));
    return this.moveMilestone(p, id, 'return', undefined, reason.trim());
  }

  /** 中期检查: an admin decision on a demand in progress, citing its report. */
  async recordMidterm(p: Principal, input: MidtermCheckInput): Promise<Demand> {
    return this.changeDemand(p, input.demandId, DemandStatus.IN_PROGRESS, false, (demand, now) => ({
      changes: { midtermResult: input.result, midtermAt: now },
      action: 'midtermCheck',
      note: `${input.result === 'PASSED' ? '通过' : '未通过'}；中期检查报告 ${input.documentRef.trim()}`,
    }));
  }

  /** 红黄蓝 after acceptance, by an admin or the enterprise, forward only, dated. */
  async setIndustrialisation(p: Principal, input: IndustrialisationInput): Promise<Demand> {
    if (input.since > this.clock.today()) throw DomainError.badInput('since', text(`${input.since} 还没有到`, `${input.since} is in the future`));
    return this.changeDemand(p, input.demandId, DemandStatus.ACCEPTED, true, (demand) => {
      const from = demand.industrialisation ?? Industrialisation.RED;
      if (!INDUSTRIALISATION_NEXT[from].includes(input.status)) {
        throw DomainError.badInput('status', text(`不能从“${INDUSTRIALISATION_CN[from]}”变为“${INDUSTRIALISATION_CN[input.status]}”（可变为：${INDUSTRIALISATION_NEXT[from].map((s) => INDUSTRIALISATION_CN[s]).join('、') || '无'}）`, `cannot go from ${from} to ${input.status} (allowed: ${INDUSTRIALISATION_NEXT[from].join(', ') || 'none'})`));
      }
      if (demand.industrialisationSince && input.since < demand.industrialisationSince) {
        throw DomainError.badInput('since', text(`不能早于 ${demand.industrialisationSince}（“${INDUSTRIALISATION_CN[from]}”开始的日期）`, `must not be before ${demand.industrialisationSince}, when ${from} began`));
      }
      return {
        changes: { industrialisation: input.status, industrialisationSince: input.since },
        action: 'industrialisation',
        note: `${INDUSTRIALISATION_CN[from]} → ${INDUSTRIALISATION_CN[input.status]}，自 ${input.since}`,
      };
    });
  }

  /** Who may see a demand's milestones and reports: its enterprise, its awarded teams, admins. */
  async mayFollow(p: Principal | null, demand: Demand): Promise<boolean> {
    if (!p) return false;
    if (p.role === Role.ADMIN || isOwner(p, demand)) return true;
    return !!p.talentId && (await this.dataSource.getRepository(Bid).existsBy({ demandId: demand.id, talentId: p.talentId, status: BidStatus.AWARDED }));
  }

  /** A demand's milestones through the request's DataLoader (plans in order). */
  milestonesOf(loaders: RequestLoaders, demandId: string): Promise<Milestone[]> {
    return loaders
      .get(MILESTONES_BY_DEMAND, async (ids: readonly string[]) =>
        groupBy(ids, await this.dataSource.getRepository(Milestone).find({ where: { demandId: In([...ids]) }, order: { bidId: 'ASC', seq: 'ASC' } }), (m) => m.demandId),
      )
      .load(demandId);
  }

  private async moveMilestone(
    p: Principal,
    id: string,
    move: MilestoneMove | null,
    extra?: (em: EntityManager, m: Milestone, d: Demand, now: Date) => Promise<ReturnType<typeof demandRecord> | null>,
    reason?: string,
  ): Promise<Milestone> {
    const milestone = await this.transactions.run(async (em) => {
      const m = await em.getRepository(Milestone).findOneBy({ id });
      if (!m) throw DomainError.notFound('Milestone', id);
      const demand = await this.workingDemand(em, p, m.demandId);
      const bid = await em.getRepository(Bid).findOneByOrFail({ id: m.bidId });
      const actors = this.actors(p, demand, bid);
      if (!actors.length) throw DomainError.notFound('Milestone', id);
      const now = this.clock.now();
      if (!move) {
        if (!actors.includes('TEAM')) throw DomainError.forbidden(text('只有挂帅团队可以提交进展报告', 'Only the awarded team files progress reports'));
        const entry = await extra!(em, m, demand, now);
        if (entry) await this.ledger.append(em, entry);
        return m;
      }
      if (!milestoneLifecycle.mayMake(move, actors)) throw DomainError.forbidden(text(`您无权对此里程碑执行“${milestoneLifecycle.moveName(move)}”`, `You may not ${move} this milestone`));
      const from = m.status;
      const to = milestoneLifecycle.assertMove(move, from, actors);
      const changes = { status: to, updatedAt: now, returnReason: move === 'return' ? reason! : m.returnReason };
      const result = await em.createQueryBuilder().update(Milestone).set(changes).where('id = :id AND status = :from', { id, from }).execute();
      if (!result.affected) throw DomainError.conflict(text('里程碑刚刚已被他人修改，请重试', 'The milestone was changed at the same time; try again'));
      Object.assign(m, changes);
      await extra?.(em, m, demand, now);
      await this.ledger.append(em, demandRecord(demand, { actor: p, at: now, action: move, from, to, note: reason ?? `${m.seq}. ${m.title}`, entityType: LedgerEntityType.MILESTONE, entityId: m.id }));
      return m;
    });
    await this.events.emit({ type: 'demands.changed', ids: [milestone.demandId] });
    return milestone;
  }

  private async changeDemand(
    p: Principal,
    id: string,
    status: DemandStatus,
    ownerMay: boolean,
    decide: (d: Demand, now: Date) => { changes: Partial<Demand>; action: string; note: string },
  ): Promise<Demand> {
    const demand = await this.transactions.run(async (em) => {
      const d = await em.getRepository(Demand).findOneBy({ id });
      if (!d) throw DomainError.notFound('Demand', id);
      if (!(p.role === Role.ADMIN || (ownerMay && isOwner(p, d)))) throw DomainError.forbidden();
      if (d.status !== status) throw DomainError.badInput('demandId', text(`需求 ${d.code} 为“${DEMAND_STATUS_CN[d.status]}”，此操作要求“${DEMAND_STATUS_CN[status]}”`, `${d.code} is ${d.status}; this needs ${status}`));
      const now = this.clock.now();
      const { changes, action, note } = decide(d, now);
      const result = await em
        .createQueryBuilder()
        .update(Demand)
        .set({ ...changes, updatedAt: now, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: d.version })
        .execute();
      if (!result.affected) throw changedMeanwhile(d);
      Object.assign(d, changes, { version: d.version + 1, updatedAt: now });
      await this.ledger.append(em, demandRecord(d, { actor: p, at: now, action, from: d.status, to: d.status, note }));
      return d;
    });
    await this.events.emit({ type: 'demands.changed', ids: [demand.id] });
    return demand;
  }

  private actors(p: Principal, demand: Demand, bid: Bid): MilestoneActor[] {
    const actors: MilestoneActor[] = [];
    if (p.role === Role.ADMIN) actors.push('ADMIN');
    if (isOwner(p, demand)) actors.push('OWNER');
    if (p.role === Role.RESEARCHER && p.talentId === bid.talentId && bid.status === BidStatus.AWARDED) actors.push('TEAM');
    return actors;
  }

  private async workingDemand(em: EntityManager, p: Principal, id: string): Promise<Demand> {
    const demand = await em.getRepository(Demand).findOneBy({ id });
    if (!demand) throw DomainError.notFound('Demand', id);
    if (!WORKING.includes(demand.status)) throw DomainError.badInput('demandId', text(`只有已揭榜或攻关中的需求才有里程碑（需求 ${demand.code} 为“${DEMAND_STATUS_CN[demand.status]}”）`, `milestones are worked on while a demand is TAKEN or IN_PROGRESS (${demand.code} is ${demand.status})`));
    return demand;
  }

  private async awardedBid(em: EntityManager, demand: Demand, bidId?: string): Promise<Bid> {
    const awarded = await em.getRepository(Bid).findBy({ demandId: demand.id, status: BidStatus.AWARDED });
    if (bidId) {
      const bid = awarded.find((b) => b.id === bidId);
      if (!bid) throw DomainError.badInput('bidId', text(`${bidId} 不是需求 ${demand.code} 的挂帅申请`, `${bidId} is not an awarded bid of ${demand.code}`));
      return bid;
    }
    if (awarded.length !== 1) throw DomainError.badInput('bidId', text(`需求 ${demand.code} 有 ${awarded.length} 个挂帅团队，请指明是哪一个揭榜申请`, `${demand.code} has ${awarded.length} awarded teams: name the bid`));
    return awarded[0];
  }
}
