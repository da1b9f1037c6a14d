import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Loaders } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import { Organization } from '../organizations/organization.entity';
import { Talent } from '../talents/talent.entity';
import { PageInput, toPage } from '../../common/pagination/page';
import { CreateUserInput, UserFilterInput, UserPage } from './users.dto';
import { Role, User } from './user.entity';
import { UsersService } from './users.service';

const mayReadAccount = (user: User, principal: Principal | null) => principal?.userId === user.id || principal?.role === Role.ADMIN;

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => User, { nullable: true, description: 'The caller, or null when anonymous.' })
  me(@CurrentUser() principal: Principal | null, @Loaders() loaders: RequestLoaders): Promise<User | null> | null {
    return principal ? loaders.byId(User).load(principal.userId) : null;
  }

  @Roles(Role.ADMIN)
  @Query(() => UserPage, { name: 'users', description: 'Admin only: accounts by role, status and a keyword over name and e-mail, newest first.' })
  async listUsers(
    @Args('filter', { nullable: true }) filter?: UserFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<UserPage> {
    const [items, totalCount] = await this.users.list(filter ?? {}, toPage(page));
    return { items, totalCount };
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Admin only: create an account of any role (ADMIN and EXPERT are created only this way).' })
  createUser(@Args('input') input: CreateUserInput): Promise<User> {
    return this.users.createAccount(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Admin only: disable an account (its sign-ins and tokens are refused) or enable it again.' })
  setUserDisabled(
    @CurrentUser() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('disabled', { type: () => Boolean }) disabled: boolean,
  ): Promise<User> {
    return this.users.setDisabled(principal, id, disabled);
  }

  @ResolveField(() => String, { nullable: true, description: 'Shown to the user and to admins only.' })
  email(@Parent() user: User, @CurrentUser() principal: Principal | null): string | null {
    return mayReadAccount(user, principal) ? user.email : null;
  }

  @ResolveField(() => Boolean, { nullable: true, description: 'Whether the account is disabled; shown to the user and to admins only.' })
  disabled(@Parent() user: User, @CurrentUser() principal: Principal | null): boolean | null {
    return mayReadAccount(user, principal) ? !!user.disabledAt : null;
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() user: User, @Loaders() loaders: RequestLoaders): Promise<Organization | null> | null {
    return user.organizationId ? loaders.byId(Organization).load(user.organizationId) : null;
  }

  @ResolveField(() => Talent, { nullable: true, description: 'A researcher’s talent profile.' })
  talent(@Parent() user: User, @Loaders() loaders: RequestLoaders): Promise<Talent | null> | null {
    return user.talentId ? loaders.byId(Talent).load(user.talentId) : null;
  }
}
