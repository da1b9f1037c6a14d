import { Args, Field, ID, InputType, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { CurrentUser, Loaders } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import { PageInput, toPage } from '../../common/pagination/page';
import { Paginated } from '../../common/pagination/paginated';
import { Organization } from '../organizations/organization.entity';
import { Role, User } from '../users/user.entity';
import { JoinRequest } from './join-request.entity';
import { JoinRequestStatus } from './join-request-lifecycle';
import { MembershipsService } from './memberships.service';

@InputType()
export class JoinRequestFilterInput {
  @Field(() => ID, { nullable: true, description: 'Platform admins: one enterprise’s requests' })
  @IsOptional()
  organizationId?: string;

  @Field(() => JoinRequestStatus, { nullable: true })
  @IsOptional()
  @IsEnum(JoinRequestStatus)
  status?: JoinRequestStatus;
}

@ObjectType()
export class JoinRequestPage extends Paginated(JoinRequest) {}

@Resolver(() => JoinRequest)
export class MembershipsResolver {
  constructor(private readonly memberships: MembershipsService) {}

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Query(() => JoinRequestPage, { description: 'Join requests the caller may decide (its enterprise’s admin member, platform admins), newest first.' })
  async joinRequests(
    @CurrentUser() p: Principal,
    @Args('filter', { nullable: true }) filter?: JoinRequestFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<JoinRequestPage> {
    const [items, totalCount] = await this.memberships.list(p, filter ?? {}, toPage(page));
    return { items, totalCount };
  }

  @Roles()
  @Query(() => [JoinRequest], { description: 'The caller’s own requests to join an enterprise, newest first.' })
  myJoinRequests(@CurrentUser() p: Principal): Promise<JoinRequest[]> {
    return this.memberships.mine(p);
  }

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => JoinRequest, { description: 'The enterprise’s admin member or a platform admin lets the applicant in (as a MEMBER).' })
  approveJoinRequest(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string): Promise<JoinRequest> {
    return this.memberships.decide(p, id, 'approve');
  }

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => JoinRequest, { description: 'The enterprise’s admin member or a platform admin turns the request down.' })
  rejectJoinRequest(
    @CurrentUser() p: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<JoinRequest> {
    return this.memberships.decide(p, id, 'reject', reason);
  }

  @ResolveField(() => Organization, { description: 'The enterprise asked' })
  organization(@Parent() r: JoinRequest, @Loaders() loaders: RequestLoaders): Promise<Organization | null> {
    return loaders.byId(Organization).load(r.organizationId);
  }

  @ResolveField(() => User)
  applicant(@Parent() r: JoinRequest, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return loaders.byId(User).load(r.userId);
  }

  @ResolveField(() => String, { nullable: true, description: 'The applicant’s e-mail, for the applicant and those who decide' })
  async email(@Parent() r: JoinRequest, @CurrentUser() p: Principal | null, @Loaders() loaders: RequestLoaders): Promise<string | null> {
    // Requests reach only their applicant and those allowed to decide them; this keeps it so.
    const mayRead = p?.userId === r.userId || p?.role === Role.ADMIN || (p?.role === Role.ENTERPRISE && p.organizationId === r.organizationId);
    return mayRead ? ((await loaders.byId(User).load(r.userId))?.email ?? null) : null;
  }
}
