import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThan } from 'typeorm';
import { Transactions } from '../../common/database/transactions';
import { DomainEvents } from '../../common/events/domain-events';
import { DomainError, ErrorCode } from '../../common/errors/domain-error';
import { addDays } from '../../common/time/china-dates';
import { Clock } from '../../common/time/clock';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { LIVE_BID_STATUSES } from '../bids/bid-lifecycle';
import { Bid } from '../bids/bid.entity';
import { DemandStatus } from '../demands/demand-lifecycle';
import { Demand } from '../demands/demand.entity';
import { DemandTransitionsService } from '../demands/demand-transitions.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Metrics } from '../observability/metrics';
import { DeadlineJobReport } from './oversight.dto';
import { OversightService } from './oversight.service';

/**
 * The daily deadline job: 流榜 for PUBLISHED demands past their deadline with no award (at once when
 * nobody bid, otherwise once the decision window is over too), overdue flags, due-date reminders,
 * and on Mondays the weekly digests of new-demand alerts.
 * Idempotent and safe on several instances at once: a close is a conditional UPDATE (the second
 * instance gets a CONFLICT and skips), and each flag or reminder has a unique key (inserted once).
 */
@Injectable()
export class DeadlineJobService {
  private readonly logger = new Logger(DeadlineJobService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly transitions: DemandTransitionsService,
    private readonly oversight: OversightService,
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  @Cron('10 0 * * *', { name: 'deadlines', timeZone: 'Asia/Shanghai' })
  async nightly(): Promise<void> {
    if (!this.config.scheduler) return;
    const report = await this.run();
    this.logger.log(`Deadline job ${report.day}: ${report.closed} closed, ${report.overdue} overdue flagged, ${report.reminders} reminders`);
  }

  /** One run, nightly or asked for by an admin; counted in jiebang_job_runs_total. */
  run(): Promise<DeadlineJobReport> {
    return this.metrics.countJob('deadlines', async () => {
      const today = this.clock.today();
      const closed = await this.closeExpired(today);
      const { overdue, reminders } = await this.oversight.flagDueItems(today);
      const monday = new Date(`${today}T00:00:00Z`).getUTCDay() === 1;
      const digests = monday ? await this.notifications.sendDigests(today) : 0;
      return { day: today, closed, overdue, reminders, digests };
    });
  }

  private async closeExpired(today: string): Promise<number> {
    const expired = await this.dataSource.getRepository(Demand).findBy({ status: DemandStatus.PUBLISHED, deadline: LessThan(today), awardedCount: 0 });
    const withBids = new Set(
      expired.length
        ? (await this.dataSource.getRepository(Bid).findBy({ demandId: In(expired.map((d) => d.id)), status: In([...LIVE_BID_STATUSES]) })).map((b) => b.demandId)
        : [],
    );
    const decisionOver = (d: Demand) => addDays(d.deadline!, this.config.timeLimits.decisionDays) < today;
    const closed: string[] = [];
    for (const d of expired.filter((x) => !withBids.has(x.id) || decisionOver(x))) {
      try {
        await this.transactions.run(async (em) => {
          const fresh = await em.getRepository(Demand).findOneBy({ id: d.id });
          if (fresh?.status !== DemandStatus.PUBLISHED || fresh.awardedCount > 0) return;
          await this.transitions.apply(em, fresh, 'close', null, ['SYSTEM'], { reason: `揭榜截止日期 ${fresh.deadline} 已过，无人揭榜（流榜）` });
          closed.push(fresh.id);
        });
      } catch (e) {
        // Another instance closed (or someone awarded) it meanwhile: nothing to do.
        if (!(e instanceof DomainError && [ErrorCode.CONFLICT, ErrorCode.INVALID_STATE_TRANSITION].includes(e.code))) throw e;
      }
    }
    await this.events.emit({ type: 'demands.changed', ids: closed });
    return closed.length;
  }
}
