import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Cost } from '../../common/graphql/cost.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { Role } from '../users/user.entity';
import { LedgerRow, Statistics, StatisticsFilter } from './statistics.dto';
import { StatisticsService } from './statistics.service';

@Resolver()
export class StatisticsResolver {
  constructor(private readonly stats: StatisticsService) {}

  @Roles(Role.ADMIN, Role.ENTERPRISE, Role.RESEARCHER)
  @Cost({ cost: 1600 })
  @Query(() => Statistics, { description: 'Programme figures: everything for admins, the own organisation’s demands for enterprises, the demands bid on for researchers.' })
  statistics(@CurrentUser() p: Principal, @Args('filter', { nullable: true }) filter?: StatisticsFilter): Promise<Statistics> {
    return this.stats.statistics(p, filter ?? {});
  }

  @Roles(Role.ADMIN, Role.ENTERPRISE)
  @Query(() => [LedgerRow], { description: '一企一台账: each demand of an enterprise with status, health colour, 红黄蓝 and last change.' })
  ledger(@CurrentUser() p: Principal, @Args('organizationId', { type: () => ID }) organizationId: string): Promise<LedgerRow[]> {
    return this.stats.ledger(p, organizationId);
  }
}
