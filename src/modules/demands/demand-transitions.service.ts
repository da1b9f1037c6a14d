import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Transactions } from '../../common/database/transactions';
import { DomainEvents } from '../../common/events/domain-events';
import { DomainError } from '../../common/errors/domain-error';
import { Clock } from '../../common/time/clock';
import { demandRecord, LedgerService } from '../ledger/ledger.service';
import { assertFutureDeadline, assertReadable, changedMeanwhile, demandActors } from './demand-access';
import { DemandActor, demandLifecycle, DemandMove, DemandStatus } from './demand-lifecycle';
import { Demand, Industrialisation } from './demand.entity';
import { text } from '../../common/i18n/text';

export interface MoveOptions {
  reason?: string;
  deadline?: string;
  /** The acceptance report (验收报告) an admin's acceptance refers to. */
  documentRef?: string;
}

/** Runs inside a move's transaction, after the status changed (e.g. bids close when a demand is withdrawn). */
export type DemandMoveHook = (em: EntityManager, demand: Demand, move: DemandMove, actor: Principal | null) => Promise<void>;

const REASON_REQUIRED: readonly DemandMove[] = ['reject', 'terminate'];

/** Every status change of a demand: load, check the table and the caller, change, ledger, in one transaction. */
@Injectable()
export class DemandTransitionsService {
  private readonly hooks: DemandMoveHook[] = [];

  constructor(
    private readonly transactions: Transactions,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
  ) {}

  onMove(hook: DemandMoveHook): void {
    this.hooks.push(hook);
  }

  /** A move requested by a user through the API. */
  async move(p: Principal, id: string, move: DemandMove, options: MoveOptions = {}): Promise<Demand> {
    if (REASON_REQUIRED.includes(move) && !options.reason?.trim()) throw DomainError.badInput('reason', text(`${demandLifecycle.moveName(move)}时必须说明理由`, `is required to ${move}`));
    if (move === 'accept' && !options.documentRef?.trim()) throw DomainError.badInput('documentRef', text('验收时必须提供验收报告', 'the acceptance report is required to accept'));
    if (move === 'relist') {
      if (!options.deadline) throw DomainError.badInput('deadline', text('重新发榜时必须给出新的截止日期', 'a new deadline is required to relist'));
      assertFutureDeadline(options.deadline, this.clock.today());
    }
    const moved = await this.transactions.run(async (em) => {
      const demand = assertReadable(p, await em.getRepository(Demand).findOneBy({ id }), id);
      const actors = demandActors(p, demand);
      if (!demandLifecycle.mayMake(move, actors)) {
        throw DomainError.forbidden(text(`您无权对此需求执行“${demandLifecycle.moveName(move)}”`, `You may not ${move} this demand`));
      }
      return this.apply(em, demand, move, p, actors, options);
    });
    await this.events.emit({ type: 'demands.changed', ids: [moved.id] });
    return moved;
  }

  /**
   * Applies a move to a demand loaded in `em`'s transaction. The UPDATE is conditional on the status
   * read, so of two concurrent moves on PostgreSQL only one wins; the loser gets a CONFLICT.
   */
  async apply(
    em: EntityManager,
    demand: Demand,
    move: DemandMove,
    actor: Principal | null,
    actors: readonly DemandActor[],
    options: MoveOptions = {},
  ): Promise<Demand> {
    const from = demand.status;
    const to = demandLifecycle.assertMove(move, from, actors);
    const now = this.clock.now();
    if (move === 'approve' && demand.deadline && demand.deadline <= this.clock.today()) {
      throw DomainError.badInput('deadline', text(`揭榜截止日期 ${demand.deadline} 已过，请先修改再审核通过`, `has passed (${demand.deadline}); update it before approving`));
    }
    const changes: Partial<Demand> = { status: to, updatedAt: now };
    if (to === DemandStatus.PUBLISHED) changes.publishedAt = now;
    if (to === DemandStatus.TAKEN) changes.takenAt = now;
    if (to === DemandStatus.SUBMITTED) changes.submittedAt = now;
    // 红黄蓝 starts at acceptance: not yet in production.
    if (to === DemandStatus.ACCEPTED) Object.assign(changes, { industrialisation: Industrialisation.RED, industrialisationSince: this.clock.today() });
    if (move === 'relist') changes.deadline = options.deadline;
    const result = await em
      .createQueryBuilder()
      .update(Demand)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND status = :from', { id: demand.id, from })
      .execute();
    if (!result.affected) throw changedMeanwhile(demand);
    Object.assign(demand, changes, { version: demand.version + 1 });
    const note = options.reason?.trim() || (move === 'relist' ? `new deadline ${options.deadline}` : options.documentRef ? `验收报告 ${options.documentRef.trim()}` : null);
    await this.ledger.append(em, demandRecord(demand, { actor, at: now, action: move, from, to, note }));
    for (const hook of this.hooks) await hook(em, demand, move, actor);
    return demand;
  }

  /** Moves the caller could make now (for `Demand.nextStatuses`). */
  nextStatuses(p: Principal | null, demand: Demand): DemandStatus[] {
    return demandLifecycle.nextStates(demand.status, demandActors(p, demand));
  }
}
