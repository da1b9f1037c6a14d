import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Loaders } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import { PageInput, toPage } from '../../common/pagination/page';
import { Role, User } from '../users/user.entity';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerService } from './ledger.service';

@Resolver(() => LedgerEntry)
export class LedgerResolver {
  constructor(private readonly ledgerService: LedgerService) {}

  @Roles(Role.ADMIN, Role.ENTERPRISE)
  @Query(() => [LedgerEntry], { description: 'Every entry of an enterprise’s demands, their bids and milestones, and its join requests, oldest first (the rows of `ledger`).' })
  ledgerEntries(
    @CurrentUser() actor: Principal,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('page', { nullable: true }) page?: PageInput,
    @Args('demandId', { type: () => ID, nullable: true, description: 'Only the entries of this demand (its bids and milestones included).' }) demandId?: string,
  ): Promise<LedgerEntry[]> {
    return this.ledgerService.forOrganization(actor, organizationId, toPage(page), demandId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who made the change; null for the platform itself.' })
  actor(@Parent() entry: LedgerEntry, @Loaders() loaders: RequestLoaders): Promise<User | null> | null {
    return entry.actorId ? loaders.byId(User).load(entry.actorId) : null;
  }
}
