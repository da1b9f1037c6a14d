import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Cost } from '../../common/graphql/cost.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { canReadDemand } from '../demands/demand-access';
import { Demand } from '../demands/demand.entity';
import { DemandMatch, MatchFilterInput, MatchOutlook, SimilarDemand, TalentMatch } from './matching.dto';
import { Role } from '../users/user.entity';
import { SearchFilterInput, SearchKind, SearchResult } from './search.dto';
import { SearchService } from './search.service';
import { SimilarDemandsService } from './similar-demands.service';
import { PageInput, toPage } from '../../common/pagination/page';
import { MatchingIndexService } from './index/matching-index.service';
import { MatchingService } from './matching.service';
import { MatchOutlookService } from './match-outlook.service';

@ObjectType()
export class IndexStats {
  @Field(() => Int)
  talents: number;

  @Field(() => Int)
  demands: number;

  @Field(() => Int)
  ms: number;
}

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly similar: SimilarDemandsService,
    private readonly searchService: SearchService,
    private readonly index: MatchingIndexService,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => IndexStats, { description: 'Admin: rebuild this server’s search index from the database.' })
  rebuildSearchIndex(): Promise<IndexStats> {
    return this.index.rebuild();
  }

  @Cost({ cost: 200 })
  @Query(() => SearchResult, { description: 'Free-text search with facets and snippets, within what the caller may read.' })
  search(
    @CurrentUser() p: Principal | null,
    @Args('query', { type: () => String }) query: string,
    @Args('kind', { type: () => SearchKind }) kind: SearchKind,
    @Args('filter', { type: () => SearchFilterInput, nullable: true }) filter?: SearchFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): SearchResult {
    return this.searchService.search(p, query, kind, filter ?? {}, toPage(page));
  }

  @Roles()
  @Cost({ cost: 600 })
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
  @Cost({ cost: 500 })
  @Query(() => [DemandMatch], { description: 'Open published demands ranked for a talent (the person or an admin).' })
  recommendDemands(
    @CurrentUser() p: Principal,
    @Args('talentId', { type: () => ID }) talentId: string,
    @Args('first', { type: () => Int, defaultValue: 10, description: 'At most 50' }) first: number,
  ): Promise<DemandMatch[]> {
    return this.matching.recommendDemands(p, talentId, first);
  }

  @Cost({ cost: 200 })
  @Query(() => [SimilarDemand], { description: 'Demands the caller may read that say nearly the same thing, most similar first.' })
  similarDemands(
    @CurrentUser() p: Principal | null,
    @Args('demandId', { type: () => ID }) demandId: string,
    @Args('first', { type: () => Int, defaultValue: 5, description: 'At most 20' }) first: number,
  ): Promise<SimilarDemand[]> {
    return this.similar.similarTo(p, demandId, first);
  }
}

/** Whether the pool holds a strong candidate for a demand, and what to do when it does not. */
@Resolver(() => Demand)
export class DemandOutlookResolver {
  constructor(private readonly outlook: MatchOutlookService) {}

  @Cost({ cost: 600 })
  @ResolveField(() => MatchOutlook, { nullable: true, description: 'For those who may run matchTalents (null for others): strong and moderate candidates, and advice when none is strong.' })
  matchOutlook(@Parent() demand: Demand, @CurrentUser() p: Principal | null): Promise<MatchOutlook | null> {
    return this.outlook.outlook(p, demand);
  }
}

/** The duplicate warning on a demand (read it after createDemand): near-identical demands in other lists. */
@Resolver(() => Demand)
export class DemandDuplicatesResolver {
  constructor(private readonly similar: SimilarDemandsService) {}

  @Cost({ cost: 80, listSize: 5 })
  @ResolveField(() => [SimilarDemand], { description: 'Near-identical demands in other lists (likely duplicates).' })
  possibleDuplicates(@Parent() demand: Demand, @CurrentUser() p: Principal | null): SimilarDemand[] {
    return this.similar.likelyDuplicates(demand).filter((s) => canReadDemand(p, s.demand));
  }
}
