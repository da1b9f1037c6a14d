import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In, IsNull, MoreThanOrEqual } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { chunks, findIn } from '../../database/batch';
import { DomainEvents } from '../../common/events/domain-events';
import { chinaDayStart } from '../../common/time/china-dates';
import { Clock } from '../../common/time/clock';
import { Page } from '../../common/pagination/page';
import { Bid } from '../bids/bid.entity';
import { BID_STATUS_CN, BidStatus } from '../bids/bid-lifecycle';
import { DEMAND_STATUS_CN, DemandStatus } from '../demands/demand-lifecycle';
import { Demand } from '../demands/demand.entity';
import { LedgerEntityType } from '../ledger/ledger-entry.entity';
import type { LedgerRecord } from '../ledger/ledger.service';
import { MatchingService } from '../matching/matching.service';
import { MatchStrength } from '../matching/scoring/match-score';
import { JoinRequest } from '../memberships/join-request.entity';
import { JOIN_REQUEST_STATUS_CN, JoinRequestStatus } from '../memberships/join-request-lifecycle';
import { Organization } from '../organizations/organization.entity';
import { AlertMode, MemberRole, Role, User } from '../users/user.entity';
import { Notification, NotificationKind } from './notification.entity';
import { SubscriptionBus, TOPICS } from './pub-sub';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  demandId?: string | null;
  dedupeKey?: string | null;
  held?: boolean;
}

/** Top-N of matchTalents that earns a researcher an alert about a newly published demand. */
export const MATCH_ALERT_TOP = 10;

/** The in-app inbox: made from committed ledger entries and the deadline job, pushed to subscribers. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: SubscriptionBus,
    private readonly matching: MatchingService,
    private readonly clock: Clock,
    events: DomainEvents,
  ) {
    events.on(async (event) => {
      if (event.type === 'ledger.appended') await this.notify(await this.fromLedger(event.entries));
      // The instance that made a change publishes it to every subscriber; relayed copies are not published again.
      if (event.type === 'demands.changed' && !event.remote) await this.publishDemands(event.ids);
    });
  }

  /** Stores notifications (each dedupe key once, even across instances) and pushes the new ones. Returns how many were new. */
  async notify(items: NewNotification[]): Promise<number> {
    if (!items.length) return 0;
    const now = this.clock.now();
    const rows = items.map((i) => ({ id: randomUUID(), demandId: null, dedupeKey: null, held: false, ...i, readAt: null, createdAt: now, updatedAt: now }));
    const repo = this.dataSource.getRepository(Notification);
    for (const part of chunks(rows, 200)) await repo.createQueryBuilder().insert().into(Notification).values(part).orIgnore().execute();
    // Rows whose key already existed were ignored: only the ids that landed are new.
    const fresh = (await Promise.all(chunks(rows, 500).map((part) => repo.findBy({ id: In(part.map((r) => r.id)) })))).flat();
    for (const n of fresh) if (!n.held) await this.bus.publish(TOPICS.notification, { myNotifications: n });
    return fresh.length;
  }

  async inbox(p: Principal, unreadOnly: boolean, page: Page): Promise<{ items: Notification[]; totalCount: number; unreadCount: number }> {
    const mine = { userId: p.userId, held: false };
    const [items, totalCount] = await this.dataSource.getRepository(Notification).findAndCount({
      where: unreadOnly ? { ...mine, readAt: IsNull() } : mine,
      order: { createdAt: 'DESC', id: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    const unreadCount = await this.dataSource.getRepository(Notification).countBy({ ...mine, readAt: IsNull() });
    return { items, totalCount, unreadCount };
  }

  async markRead(p: Principal, ids?: string[] | null): Promise<number> {
    const qb = this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: this.clock.now() })
      .where('user_id = :userId AND read_at IS NULL', { userId: p.userId });
    if (ids) qb.andWhere('id IN (:...ids)', { ids: ids.length ? ids : [''] });
    return (await qb.execute()).affected ?? 0;
  }

  async setAlerts(p: Principal, alerts: AlertMode): Promise<User> {
    await this.dataSource.getRepository(User).update({ id: p.userId }, { alerts, updatedAt: this.clock.now() });
    return this.dataSource.getRepository(User).findOneByOrFail({ id: p.userId });
  }

  /** One digest per researcher and week, listing the held alerts of the past seven days. */
  async sendDigests(today: string): Promise<number> {
    const since = new Date(chinaDayStart(today).getTime() - 7 * 86_400_000);
    const held = await this.dataSource.getRepository(Notification).find({ where: { held: true, createdAt: MoreThanOrEqual(since) }, order: { createdAt: 'ASC' } });
    const byUser = new Map<string, Notification[]>();
    for (const n of held) byUser.set(n.userId, [...(byUser.get(n.userId) ?? []), n]);
    return this.notify(
      [...byUser].map(([userId, list]) => ({
        userId,
        kind: NotificationKind.DIGEST,
        title: `本周为您推荐的 ${list.length} 项新需求`,
        body: list.map((n) => n.title.replace(/^新需求推荐：/, '')).join('\n'),
        dedupeKey: `digest:${userId}:${today}`,
      })),
    );
  }

  /**
   * Who hears of what: bids to the enterprise, bid outcomes to the bidder, status changes to the
   * enterprise, new demands to the best-matched researchers, join requests to those who decide them.
   */
  private async fromLedger(entries: LedgerRecord[]): Promise<NewNotification[]> {
    const em = this.dataSource.manager;
    const joins = await this.joinNotices(entries.filter((e) => e.entityType === LedgerEntityType.JOIN_REQUEST));
    // Everything the entries refer to, read once (an award closes many bids in one transaction).
    const demands = new Map((await findIn(em, Demand, 'id', unique(entries.map((e) => e.demandId)))).map((d) => [d.id, d]));
    const bidMoves = entries.filter((e) => e.entityType === LedgerEntityType.BID && e.action !== 'submit' && e.from !== e.to);
    const bids = new Map((await findIn(em, Bid, 'id', bidMoves.map((e) => e.entityId))).map((b) => [b.id, b]));
    const bidders = await findIn(em, User, 'talentId', [...bids.values()].map((b) => b.talentId));
    const members = (await findIn(em, User, 'organizationId', [...demands.values()].map((d) => d.organizationId))).filter((u) => u.role === Role.ENTERPRISE);
    const out: NewNotification[] = [...joins];
    for (const e of entries) {
      const demand = e.demandId ? demands.get(e.demandId) : undefined;
      if (!demand) continue;
      const enterprise = members.filter((u) => u.organizationId === demand.organizationId && u.id !== e.actor?.userId);
      if (e.entityType === LedgerEntityType.BID && e.action === 'submit') {
        for (const u of enterprise) {
          out.push({ userId: u.id, kind: NotificationKind.NEW_BID, title: `「${demand.title}」收到新的揭榜申请`, body: `需求 ${demand.code} 收到一份揭榜申请，请及时查看。`, demandId: demand.id });
        }
      } else if (e.entityType === LedgerEntityType.BID && e.from !== e.to) {
        const talentId = bids.get(e.entityId)?.talentId;
        for (const u of bidders.filter((x) => x.talentId === talentId && x.id !== e.actor?.userId)) {
          out.push({ userId: u.id, kind: NotificationKind.BID_STATUS, title: `您对「${demand.title}」的揭榜：${BID_STATUS_CN[e.to as BidStatus] ?? e.to}`, body: e.note ?? `需求 ${demand.code}`, demandId: demand.id });
        }
      } else if (e.entityType === LedgerEntityType.DEMAND && e.from !== e.to) {
        for (const u of enterprise) {
          out.push({
            userId: u.id,
            kind: NotificationKind.DEMAND_STATUS,
            title: `需求「${demand.title}」：${DEMAND_STATUS_CN[e.to as DemandStatus] ?? e.to}`,
            body: e.note ?? `${DEMAND_STATUS_CN[e.from as DemandStatus] ?? e.from ?? ''} → ${DEMAND_STATUS_CN[e.to as DemandStatus] ?? e.to}`,
            demandId: demand.id,
          });
        }
        if (e.to === DemandStatus.PUBLISHED) out.push(...(await this.matchAlerts(demand)));
      }
    }
    return out;
  }

  /** A request to the enterprise's admin members (platform admins when it has none); a decision to the applicant. */
  private async joinNotices(entries: LedgerRecord[]): Promise<NewNotification[]> {
    if (!entries.length) return [];
    const em = this.dataSource.manager;
    const requests = new Map((await findIn(em, JoinRequest, 'id', entries.map((e) => e.entityId))).map((r) => [r.id, r]));
    const orgs = new Map((await findIn(em, Organization, 'id', unique(entries.map((e) => e.organizationId)))).map((o) => [o.id, o]));
    const admins = (await findIn(em, User, 'organizationId', [...orgs.keys()])).filter((u) => u.organizationRole === MemberRole.ADMIN);
    const platformAdmins = entries.some((e) => e.action === 'request') ? await this.dataSource.getRepository(User).findBy({ role: Role.ADMIN }) : [];
    return entries.flatMap((e): NewNotification[] => {
      const request = requests.get(e.entityId);
      const org = orgs.get(request?.organizationId ?? '');
      if (!request || !org) return [];
      if (e.action === 'request') {
        const own = admins.filter((u) => u.organizationId === org.id);
        return (own.length ? own : platformAdmins).map((u) => ({
          userId: u.id,
          kind: NotificationKind.JOIN_REQUEST,
          title: `${e.note ?? ''} 申请加入「${org.name}」`.slice(0, 200),
          body: '请在加入申请中批准或拒绝。',
        }));
      }
      const status = JOIN_REQUEST_STATUS_CN[e.to as JoinRequestStatus] ?? e.to;
      return [{ userId: request.userId, kind: NotificationKind.JOIN_DECISION, title: `加入「${org.name}」的申请：${status}`.slice(0, 200), body: e.note ?? status }];
    });
  }

  /** Researchers ranking in the demand’s top 10 at MODERATE or better hear of it, as each chose: at once, in the weekly digest, or not. */
  private async matchAlerts(demand: Demand): Promise<NewNotification[]> {
    // A weak match is no reason to disturb anyone.
    const top = (await this.matching.rankTalents(demand, MATCH_ALERT_TOP)).filter((m) => m.strength !== MatchStrength.WEAK);
    const users = top.length ? await this.dataSource.getRepository(User).findBy({ talentId: In(top.map((m) => m.talent.id)), role: Role.RESEARCHER }) : [];
    return users
      .filter((u) => u.alerts !== AlertMode.MUTED)
      .map((u) => {
        const match = top.find((m) => m.talent.id === u.talentId)!;
        return {
          userId: u.id,
          kind: NotificationKind.MATCHED_DEMAND,
          title: `新需求推荐：${demand.title}`,
          body: `${match.reasons}（匹配分 ${Math.round(match.score * 100)}）`,
          demandId: demand.id,
          dedupeKey: `match:${demand.id}:${u.id}`,
          held: u.alerts === AlertMode.WEEKLY_DIGEST,
        };
      });
  }

  private async publishDemands(ids: string[]): Promise<void> {
    for (const d of await this.dataSource.getRepository(Demand).findBy({ id: In(ids) })) await this.bus.publish(TOPICS.demand, { demandUpdated: d });
  }
}

const unique = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
