import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Demand } from '../demands/demand.entity';
import { DemandQuality } from './demand-quality.dto';
import { DemandQualityService } from './demand-quality.service';

@Resolver(() => Demand)
export class DemandQualityResolver {
  constructor(private readonly service: DemandQualityService) {}

  @Query(() => DemandQuality, { description: 'Quality check of a demand with concrete hints (its enterprise and admins).' })
  demandQuality(@CurrentUser() p: Principal | null, @Args('id', { type: () => ID }) id: string): Promise<DemandQuality> {
    return this.service.forCaller(p, id);
  }

  @ResolveField(() => DemandQuality, {
    nullable: true,
    description: 'The quality check (null for those who may not see it). Read it after submitDemand: `warning` is set below the threshold.',
  })
  quality(@CurrentUser() p: Principal | null, @Parent() demand: Demand): DemandQuality | null {
    return this.service.mayAssess(p, demand) ? this.service.assess(demand) : null;
  }
}
