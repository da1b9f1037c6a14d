import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CurrentUser, Loaders } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { groupBy, RequestLoaders } from '../../common/dataloader/request-loaders';
import { Demand } from '../demands/demand.entity';
import { Role } from '../users/user.entity';
import { Milestone } from './milestone.entity';
import { ProgressReport } from './progress-report.entity';
import { IndustrialisationInput, MidtermCheckInput, ReportProgressInput, SetMilestonesInput } from './progress.dto';
import { ProgressService } from './progress.service';

const REPORTS_BY_MILESTONE = Symbol('reportsByMilestone');

@Resolver(() => Milestone)
export class ProgressResolver {
  constructor(
    private readonly progress: ProgressService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Roles(Role.ENTERPRISE, Role.RESEARCHER, Role.ADMIN)
  @Mutation(() => [Milestone], { description: 'Sets (or replaces, while none was reported) the milestone plan of an awarded team; payment shares sum to 100.' })
  setMilestones(@CurrentUser() p: Principal, @Args('input') input: SetMilestonesInput): Promise<Milestone[]> {
    return this.progress.setMilestones(p, input);
  }

  @Roles(Role.RESEARCHER)
  @Mutation(() => Milestone, { description: 'The awarded team files a progress report; `complete: true` reports the milestone done (→ REPORTED).' })
  reportProgress(@CurrentUser() p: Principal, @Args('input') input: ReportProgressInput): Promise<Milestone> {
    return this.progress.report(p, input);
  }

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => Milestone, { description: 'REPORTED → CONFIRMED (the enterprise accepts the deliverable)' })
  confirmMilestone(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string): Promise<Milestone> {
    return this.progress.confirm(p, id);
  }

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => Milestone, { description: 'REPORTED → RETURNED, with the reason; the team reports again' })
  returnMilestone(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<Milestone> {
    return this.progress.return(p, id, reason);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Demand, { description: '中期检查 of a demand in progress, citing its report' })
  recordMidtermCheck(@CurrentUser() p: Principal, @Args('input') input: MidtermCheckInput): Promise<Demand> {
    return this.progress.recordMidterm(p, input);
  }

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => Demand, { description: '红黄蓝 industrialisation of an accepted demand: RED → YELLOW → BLUE, dated' })
  setIndustrialisation(@CurrentUser() p: Principal, @Args('input') input: IndustrialisationInput): Promise<Demand> {
    return this.progress.setIndustrialisation(p, input);
  }

  @ResolveField(() => ID)
  demandId(@Parent() m: Milestone): string {
    return m.demandId;
  }

  @ResolveField(() => ID, { description: 'The awarded bid whose plan this is' })
  bidId(@Parent() m: Milestone): string {
    return m.bidId;
  }

  @ResolveField(() => [ProgressReport], { description: 'Progress reports, oldest first' })
  reports(@Parent() m: Milestone, @Loaders() loaders: RequestLoaders): Promise<ProgressReport[]> {
    return loaders
      .get(REPORTS_BY_MILESTONE, async (ids: readonly string[]) =>
        groupBy(ids, await this.dataSource.getRepository(ProgressReport).find({ where: { milestoneId: In([...ids]) }, order: { createdAt: 'ASC' } }), (r) => r.milestoneId),
      )
      .load(m.id);
  }
}

@Resolver(() => Demand)
export class DemandMilestonesResolver {
  constructor(private readonly progress: ProgressService) {}

  @ResolveField(() => [Milestone], { nullable: true, description: 'Milestones (the enterprise, the awarded teams and admins; null for others)' })
  async milestones(@CurrentUser() p: Principal | null, @Parent() demand: Demand, @Loaders() loaders: RequestLoaders): Promise<Milestone[] | null> {
    if (!(await this.progress.mayFollow(p, demand))) return null;
    return this.progress.milestonesOf(loaders, demand.id);
  }
}
