import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Transactions } from '../../common/database/transactions';
import { DomainError } from '../../common/errors/domain-error';
import { Page } from '../../common/pagination/page';
import { Clock } from '../../common/time/clock';
import { LedgerEntityType } from '../ledger/ledger-entry.entity';
import { LedgerRecord, LedgerService } from '../ledger/ledger.service';
import { MemberRole, Role, User } from '../users/user.entity';
import { JoinRequest } from './join-request.entity';
import { joinRequestLifecycle, JoinRequestMove, JoinRequestStatus } from './join-request-lifecycle';
import { text } from '../../common/i18n/text';

export interface JoinRequestFilter {
  organizationId?: string;
  status?: JoinRequestStatus;
}

/** A join request's ledger entry, filed under the enterprise asked (一企一台账). */
const entry = (r: JoinRequest, e: Pick<LedgerRecord, 'actor' | 'at' | 'action' | 'from' | 'to' | 'note'>): LedgerRecord => ({
  ...e,
  entityType: LedgerEntityType.JOIN_REQUEST,
  entityId: r.id,
  demandId: null,
  organizationId: r.organizationId,
});

/** Who belongs to an enterprise: joining one that exists is a request its admin member or a platform admin decides. */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
  ) {}

  /** Inside the sign-up's transaction: the new user asks to join `organizationId` (and belongs to nothing meanwhile). */
  async request(em: EntityManager, applicant: Principal, name: string, organizationId: string): Promise<JoinRequest> {
    const now = this.clock.now();
    const repo = em.getRepository(JoinRequest);
    const request = await repo.save(
      repo.create({ userId: applicant.userId, organizationId, status: JoinRequestStatus.PENDING, decidedById: null, decidedAt: null, reason: null, createdAt: now, updatedAt: now }),
    );
    await this.ledger.append(em, entry(request, { actor: applicant, at: now, action: 'request', from: null, to: request.status, note: name }));
    return request;
  }

  /** The member role of the next member: the first becomes the enterprise's admin member. */
  async roleOfNewMember(em: EntityManager, organizationId: string): Promise<MemberRole> {
    return (await em.getRepository(User).existsBy({ organizationId, organizationRole: MemberRole.ADMIN })) ? MemberRole.MEMBER : MemberRole.ADMIN;
  }

  /**
   * Approves or rejects a pending request, with its ledger entry, in one transaction. The UPDATEs
   * are conditional (still pending; the applicant still in no organization), so of two concurrent
   * decisions only one lands.
   */
  async decide(p: Principal, id: string, move: JoinRequestMove, reason?: string | null): Promise<JoinRequest> {
    if (reason && reason.trim().length > 500) throw DomainError.badInput('reason', text('最多 500 个字符', 'must be at most 500 characters'));
    return this.transactions.run(async (em) => {
      const request = await em.getRepository(JoinRequest).findOneBy({ id });
      if (!request) throw DomainError.notFound('JoinRequest', id);
      if (!(await this.mayDecide(em, p, request.organizationId))) {
        throw DomainError.forbidden(text('只有企业的管理成员和平台管理员可以审批加入申请', 'Only the enterprise’s admin member and platform admins decide who joins it'));
      }
      const from = request.status;
      const to = joinRequestLifecycle.assertMove(move, from, ['DECIDER']);
      const now = this.clock.now();
      const changes = { status: to, decidedById: p.userId, decidedAt: now, reason: reason?.trim() || null, updatedAt: now };
      const moved = await em.createQueryBuilder().update(JoinRequest).set(changes).where('id = :id AND status = :from', { id, from }).execute();
      if (!moved.affected) throw DomainError.conflict(text('该加入申请刚刚已被他人处理，请刷新', 'The join request was decided at the same time; reload it'));
      if (to === JoinRequestStatus.APPROVED) {
        const organizationRole = await this.roleOfNewMember(em, request.organizationId);
        const joined = await em
          .createQueryBuilder()
          .update(User)
          .set({ organizationId: request.organizationId, organizationRole, updatedAt: now })
          .where('id = :id AND organization_id IS NULL', { id: request.userId })
          .execute();
        if (!joined.affected) throw DomainError.conflict(text('申请人已属于某个单位', 'The applicant already belongs to an organization'));
      }
      Object.assign(request, changes);
      await this.ledger.append(em, entry(request, { actor: p, at: now, action: move, from, to, note: changes.reason }));
      return request;
    });
  }

  /** Requests the caller may decide: all for platform admins, their own enterprise's for its admin member. */
  async list(p: Principal, filter: JoinRequestFilter, page: Page): Promise<[JoinRequest[], number]> {
    const organizationId = p.role === Role.ADMIN ? filter.organizationId : (p.organizationId ?? undefined);
    if (p.role !== Role.ADMIN) {
      const own = !!organizationId && (!filter.organizationId || filter.organizationId === organizationId);
      if (!own || !(await this.mayDecide(this.dataSource.manager, p, organizationId))) {
        throw DomainError.forbidden(text('只有企业的管理成员和平台管理员可以查看加入申请', 'Only an enterprise’s admin member and platform admins see its join requests'));
      }
    }
    return this.dataSource.getRepository(JoinRequest).findAndCount({
      where: { ...(organizationId ? { organizationId } : {}), ...(filter.status ? { status: filter.status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
  }

  /** The caller's own requests, newest first. */
  mine(p: Principal): Promise<JoinRequest[]> {
    return this.dataSource.getRepository(JoinRequest).find({ where: { userId: p.userId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** Platform admins, and the admin member of the enterprise (read from the database, not the token). */
  private async mayDecide(em: EntityManager, p: Principal, organizationId: string): Promise<boolean> {
    if (p.role === Role.ADMIN) return true;
    if (p.role !== Role.ENTERPRISE || p.organizationId !== organizationId) return false;
    return em.getRepository(User).existsBy({ id: p.userId, organizationId, organizationRole: MemberRole.ADMIN });
  }
}
