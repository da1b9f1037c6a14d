import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { DemandMatch, MatchFilterInput, TalentMatch } from './matching.dto';
import { MatchingService } from './matching.service';

@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Roles()
  @Query(() => [TalentMatch], { description: 'Talents ranked for a demand, with scores and reasons (its enterprise, experts, admins).' })
  matchTalents(
    @CurrentUser() p: Principal,
    @Args('demandId', { type: () => ID }) demandId: string,
    @Args('first', { type: () => Int, defaultValue: 10, description: 'At most 50' }) first: number,
    @Args('filter', { type: () => MatchFilterInput, nullable: true }) filter?: MatchFilterInput,
  ): Promise<TalentMatch[]> {
    return this.matching.matchTalents(p, demandId, first, filter ?? {});
  }

  @Roles()
  @Query(() => [DemandMatch], { description: 'Open published demands ranked for a talent (the person or an admin).' })
  recommendDemands(
    @CurrentUser() p: Principal,
    @Args('talentId', { type: () => ID }) talentId: string,
    @Args('first', { type: () => Int, defaultValue: 10, description: 'At most 50' }) first: number,
  ): Promise<DemandMatch[]> {
    return this.matching.recommendDemands(p, talentId, first);
  }
}
