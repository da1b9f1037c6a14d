import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Loaders } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import { LedgerEntityType, LedgerEntry } from '../ledger/ledger-entry.entity';
import { LedgerService } from '../ledger/ledger.service';
import { Role } from '../users/user.entity';
import { AddIndustryInput } from './industries.dto';
import { IndustriesService } from './industries.service';
import { Industry } from './industry.entity';
import { TaxonomyService } from './taxonomy.service';

const Aliases = () => Args('aliases', { type: () => [String] });

@Resolver(() => Industry)
export class IndustriesResolver {
  constructor(
    private readonly industriesService: IndustriesService,
    private readonly taxonomy: TaxonomyService,
    private readonly ledger: LedgerService,
  ) {}

  @Query(() => [Industry], { description: 'The industry taxonomy (a few hundred records): those offered for new rows, or all with includeRetired.' })
  industries(@Args('includeRetired', { type: () => Boolean, defaultValue: false }) includeRetired: boolean): Industry[] {
    return this.industriesService.list(includeRetired);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Industry, { description: 'Admin: add an industry (name, parent, aliases); names and aliases must be new.' })
  addIndustry(@CurrentUser() actor: Principal, @Args('input') input: AddIndustryInput): Promise<Industry> {
    return this.taxonomy.add(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Industry, { description: 'Admin: add aliases; one another industry uses as name or alias is a CONFLICT.' })
  addIndustryAliases(@CurrentUser() actor: Principal, @Args('id', { type: () => ID }) id: string, @Aliases() aliases: string[]): Promise<Industry> {
    return this.taxonomy.addAliases(actor, id, aliases);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Industry, { description: 'Admin: remove aliases.' })
  removeIndustryAliases(@CurrentUser() actor: Principal, @Args('id', { type: () => ID }) id: string, @Aliases() aliases: string[]): Promise<Industry> {
    return this.taxonomy.removeAliases(actor, id, aliases);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Industry, { description: 'Admin: rename; the old name stays an alias unless keepOldName is false; talents’ lists follow.' })
  renameIndustry(
    @CurrentUser() actor: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('name') name: string,
    @Args('keepOldName', { type: () => Boolean, defaultValue: true }) keepOldName: boolean,
  ): Promise<Industry> {
    return this.taxonomy.rename(actor, id, name, keepOldName);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Industry, { description: 'Admin: put an industry under another parent (by name, alias or code), or at the top when parent is null.' })
  moveIndustry(
    @CurrentUser() actor: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('parent', { type: () => String, nullable: true }) parent?: string | null,
  ): Promise<Industry> {
    return this.taxonomy.move(actor, id, parent ?? null);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Industry, { description: 'Admin: merge industry `id` into `intoId`: its demands, talents, names (as aliases) and sub-industries move; it stays, merged, for history. Returns the target.' })
  mergeIndustry(@CurrentUser() actor: Principal, @Args('id', { type: () => ID }) id: string, @Args('intoId', { type: () => ID }) intoId: string): Promise<Industry> {
    return this.taxonomy.merge(actor, id, intoId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Industry, { description: 'Admin: retire an industry: no longer offered for new demands, imports or suggestions; existing demands and talents keep it.' })
  retireIndustry(@CurrentUser() actor: Principal, @Args('id', { type: () => ID }) id: string): Promise<Industry> {
    return this.taxonomy.retire(actor, id);
  }

  @ResolveField(() => Industry, { nullable: true })
  parent(@Parent() industry: Industry): Industry | null {
    return industry.parentId ? (this.industriesService.byId(industry.parentId) ?? null) : null;
  }

  @ResolveField(() => Industry, { nullable: true, description: 'The industry this one was merged into.' })
  mergedInto(@Parent() industry: Industry): Industry | null {
    return industry.mergedIntoId ? (this.industriesService.byId(industry.mergedIntoId) ?? null) : null;
  }

  @ResolveField(() => [LedgerEntry], { description: 'Every change to the industry, oldest first.' })
  history(@Parent() industry: Industry, @Loaders() loaders: RequestLoaders): Promise<LedgerEntry[]> {
    return loaders.get(IndustriesResolver, (ids: readonly string[]) => this.ledger.historiesOf(LedgerEntityType.INDUSTRY, ids)).load(industry.id);
  }
}
