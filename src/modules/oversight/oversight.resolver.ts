import { Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Loaders } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import { Demand } from '../demands/demand.entity';
import { ProgressService } from '../progress/progress.service';
import { Role } from '../users/user.entity';
import { DeadlineJobService } from './deadline-job.service';
import { DeadlineJobReport, DemandHealth } from './oversight.dto';
import { OversightService } from './oversight.service';

@Resolver(() => Demand)
export class OversightResolver {
  constructor(
    private readonly oversight: OversightService,
    private readonly progress: ProgressService,
    private readonly job: DeadlineJobService,
  ) {}

  @ResolveField(() => DemandHealth, { nullable: true, description: 'Health colour against the stage time limits, with what is due (the enterprise, its awarded teams and admins)' })
  async health(@CurrentUser() p: Principal | null, @Parent() demand: Demand, @Loaders() loaders: RequestLoaders): Promise<DemandHealth | null> {
    return (await this.progress.mayFollow(p, demand)) ? this.oversight.health(demand, loaders) : null;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DeadlineJobReport, { description: 'Runs the daily deadline job now (it also runs at 00:10 China time); safe to repeat.' })
  runDeadlineJob(): Promise<DeadlineJobReport> {
    return this.job.run();
  }
}
