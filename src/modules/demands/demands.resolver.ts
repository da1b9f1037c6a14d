import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentUser, Loaders } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import { PageInput, toPage } from '../../common/pagination/page';
import { LocalDate } from '../../common/scalars/local-date.scalar';
import { DemandList } from '../demand-lists/demand-list.entity';
import { IndustriesService } from '../industries/industries.service';
import { Organization } from '../organizations/organization.entity';
import { Role } from '../users/user.entity';
import { mayReadConfidential } from './confidential-access';
import { DemandMove, DemandStatus } from './demand-lifecycle';
import { Demand } from './demand.entity';
import { CreateDemandInput, DemandFilterInput, DemandPage, DemandSortInput, UpdateDemandInput } from './demands.dto';
import { DemandsService } from './demands.service';
import { DemandTransitionsService, MoveOptions } from './demand-transitions.service';

@Resolver(() => Demand)
export class DemandsResolver {
  constructor(
    private readonly demandsService: DemandsService,
    private readonly transitions: DemandTransitionsService,
    private readonly industries: IndustriesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => Demand, { description: 'One demand by id or by 需求编号 (code).' })
  demand(
    @CurrentUser() p: Principal | null,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('code', { nullable: true }) code?: string,
  ): Promise<Demand> {
    return this.demandsService.getVisible(p, { id, code });
  }

  @Query(() => DemandPage, { description: 'Demands the caller may read, filtered, sorted and paginated.' })
  async demands(
    @CurrentUser() p: Principal | null,
    @Args('filter', { nullable: true }) filter?: DemandFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
    @Args('sort', { nullable: true }) sort?: DemandSortInput,
  ): Promise<DemandPage> {
    const [items, totalCount] = await this.demandsService.list(p, filter ?? {}, sort, toPage(page));
    return { items, totalCount };
  }

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => Demand, { description: 'Creates a DRAFT demand.' })
  createDemand(@CurrentUser() p: Principal, @Args('input') input: CreateDemandInput): Promise<Demand> {
    return this.demandsService.create(p, input);
  }

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => Demand)
  updateDemand(
    @CurrentUser() p: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateDemandInput,
  ): Promise<Demand> {
    return this.demandsService.update(p, id, input);
  }

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => Demand, { description: 'DRAFT → SUBMITTED (for review)' })
  submitDemand(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string) {
    return this.move(p, id, 'submit');
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Demand, { description: 'SUBMITTED → PUBLISHED (发榜)' })
  approveDemand(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string) {
    return this.move(p, id, 'approve');
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Demand, { description: 'SUBMITTED → DRAFT, with the reason' })
  rejectDemand(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return this.move(p, id, 'reject', { reason });
  }

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => Demand, { description: 'DRAFT, SUBMITTED or PUBLISHED → WITHDRAWN' })
  withdrawDemand(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string) {
    return this.move(p, id, 'withdraw');
  }

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => Demand, { description: 'UNTAKEN (流榜) → PUBLISHED with a new deadline' })
  relistDemand(
    @CurrentUser() p: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('deadline', { type: () => LocalDate }) deadline: string,
  ) {
    return this.move(p, id, 'relist', { deadline });
  }

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Mutation(() => Demand, { description: 'TAKEN → IN_PROGRESS (contract signed)' })
  startDemand(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string) {
    return this.move(p, id, 'start');
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Demand, { description: 'IN_PROGRESS → ACCEPTED (验收), citing the acceptance report; every milestone must be confirmed' })
  acceptDemand(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string, @Args('documentRef', { description: '验收报告 reference, e.g. 嘉科验〔2026〕12号' }) documentRef: string) {
    return this.move(p, id, 'accept', { documentRef });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Demand, { description: 'IN_PROGRESS → TERMINATED, with the reason' })
  terminateDemand(@CurrentUser() p: Principal, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return this.move(p, id, 'terminate', { reason });
  }

  private move(p: Principal, id: string, move: DemandMove, options?: MoveOptions): Promise<Demand> {
    return this.transitions.move(p, id, move, options);
  }

  @ResolveField(() => String, { description: 'Industry name' })
  industry(@Parent() d: Demand): string {
    return this.industries.byId(d.industryId)?.name ?? '';
  }

  @ResolveField(() => Organization, { description: '发榜单位' })
  organization(@Parent() d: Demand, @Loaders() loaders: RequestLoaders): Promise<Organization | null> {
    return loaders.byId(Organization).load(d.organizationId);
  }

  @ResolveField(() => DemandList, { nullable: true, description: '榜单' })
  list(@Parent() d: Demand, @Loaders() loaders: RequestLoaders): Promise<DemandList | null> | null {
    return d.listId ? loaders.byId(DemandList).load(d.listId) : null;
  }

  @ResolveField(() => [DemandStatus], { description: 'Statuses the caller can move this demand to now.' })
  nextStatuses(@Parent() d: Demand, @CurrentUser() p: Principal | null): DemandStatus[] {
    return this.transitions.nextStatuses(p, d);
  }

  @ResolveField(() => String, { nullable: true, description: '技术指标 (null for outsiders when confidential)' })
  async indicators(@Parent() d: Demand, @CurrentUser() p: Principal | null, @Loaders() l: RequestLoaders) {
    return !d.indicatorsConfidential || (await mayReadConfidential(this.dataSource, p, d, l)) ? d.indicators : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Confidential contact' })
  async contactName(@Parent() d: Demand, @CurrentUser() p: Principal | null, @Loaders() l: RequestLoaders) {
    return (await mayReadConfidential(this.dataSource, p, d, l)) ? d.contactName : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Confidential contact' })
  async contactPhone(@Parent() d: Demand, @CurrentUser() p: Principal | null, @Loaders() l: RequestLoaders) {
    return (await mayReadConfidential(this.dataSource, p, d, l)) ? d.contactPhone : null;
  }
}
