import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Loaders } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import { Bid } from '../bids/bid.entity';
import { Demand } from '../demands/demand.entity';
import { DemandList } from '../demand-lists/demand-list.entity';
import { Role, User } from '../users/user.entity';
import { BidScore } from './bid-score.entity';
import { DEFAULT_REVIEW_WEIGHTS, ReviewWeights } from './review-weights';
import { BidReview, ScoreBidInput } from './reviews.dto';
import { ReviewsService } from './reviews.service';

const REVIEWS_BY_DEMAND = Symbol('reviewsByDemand');

@Resolver(() => BidScore)
export class ReviewsResolver {
  constructor(private readonly reviews: ReviewsService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => [User], { description: 'Assigns EXPERT users to review a published demand’s bids; refuses conflicts of interest (CONFLICT_OF_INTEREST). Returns the whole panel.' })
  assignExperts(
    @CurrentUser() p: Principal,
    @Args('demandId', { type: () => ID }) demandId: string,
    @Args('expertIds', { type: () => [ID] }) expertIds: string[],
  ): Promise<User[]> {
    return this.reviews.assign(p, demandId, expertIds);
  }

  @Roles(Role.ADMIN)
  @Query(() => [User], { description: 'The experts assigned to a demand (admins).' })
  reviewPanel(@Args('demandId', { type: () => ID }) demandId: string): Promise<User[]> {
    return this.reviews.experts(demandId);
  }

  @Roles(Role.ADMIN)
  @Query(() => [User], { description: 'The active EXPERT accounts by name (at most 500), to choose a review panel from (admins).' })
  experts(): Promise<User[]> {
    return this.reviews.allExperts();
  }

  @Roles(Role.EXPERT)
  @Query(() => [Demand], { description: 'The demands the caller (an expert) is assigned to review, most recently published first.' })
  myReviewAssignments(@CurrentUser() p: Principal): Promise<Demand[]> {
    return this.reviews.assignments(p);
  }

  @Roles(Role.EXPERT)
  @Query(() => [Bid], { description: 'The live bids an assigned expert scores (bids from the expert’s own institution are left out).' })
  bidsToReview(@CurrentUser() p: Principal, @Args('demandId', { type: () => ID }) demandId: string): Promise<Bid[]> {
    return this.reviews.bidsToReview(p, demandId);
  }

  @Roles(Role.EXPERT)
  @Mutation(() => BidScore, { description: 'Scores a bid on the four criteria (again to revise), while the demand is published.' })
  scoreBid(@CurrentUser() p: Principal, @Args('input') input: ScoreBidInput): Promise<BidScore> {
    return this.reviews.score(p, input);
  }

  @Roles(Role.EXPERT)
  @Query(() => [BidScore], { description: 'The caller’s own scores on a demand’s bids.' })
  myBidScores(@CurrentUser() p: Principal, @Args('demandId', { type: () => ID }) demandId: string): Promise<BidScore[]> {
    return this.reviews.myScores(p, demandId);
  }

  @Roles(Role.ADMIN)
  @Query(() => [BidScore], { description: 'Every expert’s scores of a bid, with the expert (admins only).' })
  bidScores(@Args('bidId', { type: () => ID }) bidId: string): Promise<BidScore[]> {
    return this.reviews.scoresOf(bidId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DemandList, { description: 'Sets the review criteria weights of a list (they must sum to 1).' })
  setReviewWeights(@Args('listId', { type: () => ID }) listId: string, @Args('weights') weights: ReviewWeights): Promise<DemandList> {
    return this.reviews.setListWeights(listId, weights);
  }

  @ResolveField(() => ID)
  bidId(@Parent() s: BidScore): string {
    return s.bidId;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who gave the scores: admins and the expert only' })
  expert(@CurrentUser() p: Principal | null, @Parent() s: BidScore, @Loaders() loaders: RequestLoaders): Promise<User | null> | null {
    return p?.role === Role.ADMIN || p?.userId === s.expertId ? loaders.byId(User).load(s.expertId) : null;
  }
}

@Resolver(() => Bid)
export class BidReviewResolver {
  constructor(private readonly reviews: ReviewsService) {}

  @ResolveField(() => BidReview, {
    nullable: true,
    description: 'The experts’ verdict (score, rank, criteria, anonymous comments): for the enterprise and admins, and for the bidder once not selected. Null before any score.',
  })
  async review(@CurrentUser() p: Principal | null, @Parent() bid: Bid, @Loaders() loaders: RequestLoaders): Promise<BidReview | null> {
    const demand = await loaders.byId(Demand).load(bid.demandId);
    if (!demand || !this.reviews.mayReadReview(p, bid, demand)) return null;
    const reviews = await loaders.get(REVIEWS_BY_DEMAND, (ids: readonly string[]) => this.reviews.reviewsOfDemands(ids)).load(bid.demandId);
    return reviews.get(bid.id) ?? null;
  }
}

@Resolver(() => DemandList)
export class ListReviewWeightsResolver {
  @ResolveField(() => ReviewWeights, { description: 'Weights of the review criteria for this list’s demands' })
  reviewWeights(@Parent() list: DemandList): ReviewWeights {
    return list.reviewWeights ?? DEFAULT_REVIEW_WEIGHTS;
  }
}
