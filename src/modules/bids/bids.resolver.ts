import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Loaders } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { groupBy, RequestLoaders } from '../../common/dataloader/request-loaders';
import { PageInput, toPage } from '../../common/pagination/page';
import { Demand } from '../demands/demand.entity';
import { Talent } from '../talents/talent.entity';
import { Role } from '../users/user.entity';
import { Bid } from './bid.entity';
import { SubmitBidInput } from './bids.dto';
import { BidsService } from './bids.service';

const BIDS_BY_DEMAND = Symbol('bidsByDemand');
const BID_COUNT_BY_DEMAND = Symbol('bidCountByDemand');

@Resolver(() => Bid)
export class BidsResolver {
  constructor(private readonly bidsService: BidsService) {}

  @Roles()
  @Query(() => Bid, { description: 'A bid the caller may read (bids are sealed).' })
  bid(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string): Promise<Bid> {
    return this.bidsService.getVisible(p, id);
  }

  @Roles()
  @Query(() => [Bid], { description: 'The caller’s own bids, newest first.' })
  myBids(@CurrentUser() p: Principal, @Args('page', { nullable: true }) page?: PageInput): Promise<Bid[]> {
    return this.bidsService.listMine(p, toPage(page));
  }

  @Roles(Role.RESEARCHER)
  @Mutation(() => Bid, { description: '揭榜: bid on a published demand.' })
  submitBid(@CurrentUser() p: Principal, @Args('input') input: SubmitBidInput): Promise<Bid> {
    return this.bidsService.submit(p, input);
  }

  @Roles(Role.RESEARCHER)
  @Mutation(() => Bid)
  withdrawBid(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string): Promise<Bid> {
    return this.bidsService.withdraw(p, id);
  }

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => Bid)
  shortlistBid(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string): Promise<Bid> {
    return this.bidsService.shortlist(p, id);
  }

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => Bid, { description: '挂帅: award a bid; the maxWinners-th award moves the demand to TAKEN.' })
  awardBid(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string): Promise<Bid> {
    return this.bidsService.award(p, id);
  }

  @ResolveField(() => Demand)
  demand(@Parent() bid: Bid, @Loaders() loaders: RequestLoaders): Promise<Demand | null> {
    return loaders.byId(Demand).load(bid.demandId);
  }

  @ResolveField(() => Talent)
  talent(@Parent() bid: Bid, @Loaders() loaders: RequestLoaders): Promise<Talent | null> {
    return loaders.byId(Talent).load(bid.talentId);
  }
}

/** Demand fields that come from bids. */
@Resolver(() => Demand)
export class DemandBidsResolver {
  constructor(private readonly bidsService: BidsService) {}

  @ResolveField(() => [Bid], { description: 'The bids the caller may see: all for its enterprise and admins, own for a researcher, those without conflict for its reviewers.' })
  async bids(@Parent() d: Demand, @CurrentUser() p: Principal | null, @Loaders() loaders: RequestLoaders): Promise<Bid[]> {
    if (!p) return [];
    const all = await loaders
      .get(BIDS_BY_DEMAND, async (ids: readonly string[]) => groupBy(ids, await this.bidsService.byDemands(ids), (b) => b.demandId))
      .load(d.id);
    return this.bidsService.readable(p, all, d);
  }

  @ResolveField(() => Int, { description: 'Bids received (withdrawn ones not counted); public.' })
  bidCount(@Parent() d: Demand, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders
      .get(BID_COUNT_BY_DEMAND, async (ids: readonly string[]) => {
        const counts = await this.bidsService.countsByDemands(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(d.id);
  }
}
