import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';
import { groupBy } from '../../common/dataloader/request-loaders';
import { findIn } from '../../database/batch';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import { Clock } from '../../common/time/clock';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { BidStatus } from '../bids/bid-lifecycle';
import { Bid } from '../bids/bid.entity';
import { DemandStatus } from '../demands/demand-lifecycle';
import { Demand } from '../demands/demand.entity';
import { NotificationKind } from '../notifications/notification.entity';
import { NewNotification, NotificationsService } from '../notifications/notifications.service';
import { Milestone } from '../progress/milestone.entity';
import { ProgressService } from '../progress/progress.service';
import { Role, User } from '../users/user.entity';
import { DueItem, dueItems, healthColour } from './health';
import { DemandHealth } from './oversight.dto';

const PENDING: readonly DemandStatus[] = [DemandStatus.SUBMITTED, DemandStatus.PUBLISHED, DemandStatus.TAKEN, DemandStatus.IN_PROGRESS];

/** Stage time limits: each demand's health colour, and the flags and reminders the deadline job sends. */
@Injectable()
export class OversightService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async health(demand: Demand, loaders: RequestLoaders): Promise<DemandHealth> {
    return this.healthOf(demand, await this.progress.milestonesOf(loaders, demand.id), this.clock.today());
  }

  healthOf(demand: Demand, milestones: Milestone[], today: string): DemandHealth {
    const items = dueItems(demand, milestones, this.config.timeLimits, today);
    return { colour: healthColour(items, this.config.timeLimits, today), items };
  }

  /** Notifies each overdue stage once, and each stage coming due within the reminder window once. */
  async flagDueItems(today: string): Promise<{ overdue: number; reminders: number }> {
    const demands = await this.dataSource.getRepository(Demand).find({
      where: PENDING.map((status) => (status === DemandStatus.PUBLISHED ? { status, deadline: LessThan(today) } : { status })),
    });
    const em = this.dataSource.manager;
    const ids = demands.map((d) => d.id);
    const milestones = groupBy(ids, await findIn(em, Milestone, 'demandId', ids), (m) => m.demandId);
    const teamOf = new Map((await findIn(em, Bid, 'demandId', ids)).filter((b) => b.status === BidStatus.AWARDED).map((b) => [b.id, b.talentId]));
    const users = [
      ...(await em.getRepository(User).findBy({ role: Role.ADMIN })),
      ...(await findIn(em, User, 'organizationId', demands.map((d) => d.organizationId))).filter((u) => u.role === Role.ENTERPRISE),
      ...(await findIn(em, User, 'talentId', [...teamOf.values()])),
    ];
    const overdue: NewNotification[] = [];
    const reminders: NewNotification[] = [];
    for (const [i, d] of demands.entries()) {
      const items = dueItems(d, milestones[i], this.config.timeLimits, today);
      for (const item of items) {
        const soon = !item.overdue && healthColour([item], this.config.timeLimits, today) !== 'GREEN';
        if (!item.overdue && !soon) continue;
        const bidId = milestones[i].find((m) => m.id === item.milestoneId)?.bidId;
        const team = bidId && teamOf.has(bidId) ? [teamOf.get(bidId)!] : [];
        for (const u of users.filter((x) => this.concerns(x, item, d, team))) {
          const n = {
            userId: u.id,
            kind: item.overdue ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON,
            title: `${item.overdue ? '已逾期' : '即将到期'}：${d.title}`,
            body: `${item.message}，期限 ${item.dueOn}`,
            demandId: d.id,
            dedupeKey: `${item.overdue ? 'overdue' : 'due'}:${d.id}:${item.stage}:${item.milestoneId ?? ''}:${item.dueOn}:${u.id}`,
          };
          (item.overdue ? overdue : reminders).push(n);
        }
      }
    }
    return { overdue: await this.notifications.notify(overdue), reminders: await this.notifications.notify(reminders) };
  }

  /** Reviews concern the admins; decisions and contracts the enterprise; milestones the enterprise and the team. */
  private concerns(u: User, item: DueItem, d: Demand, teamTalentIds: string[]): boolean {
    if (item.stage === 'REVIEW') return u.role === Role.ADMIN;
    const enterprise = u.role === Role.ENTERPRISE && u.organizationId === d.organizationId;
    if (item.stage === 'MILESTONE') return enterprise || (!!u.talentId && teamTalentIds.includes(u.talentId));
    return enterprise;
  }
}

