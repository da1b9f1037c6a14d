import { Args, Field, ID, InputType, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { PageInput, toPage } from '../../common/pagination/page';
import { Paginated } from '../../common/pagination/paginated';
import { Organization, OrganizationType } from './organization.entity';
import { OrganizationsService } from './organizations.service';

@InputType()
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name' })
  @IsOptional()
  @MaxLength(100)
  text?: string;

  @Field(() => OrganizationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationType)
  type?: OrganizationType;
}

@ObjectType()
export class OrganizationPage extends Paginated(Organization) {}

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly organizationsService: OrganizationsService) {}

  @Query(() => OrganizationPage, { description: 'Organizations (public information).' })
  async organizations(
    @Args('filter', { nullable: true }) filter?: OrganizationFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<OrganizationPage> {
    const [items, totalCount] = await this.organizationsService.list(filter ?? {}, toPage(page));
    return { items, totalCount };
  }

  @Query(() => Organization)
  organization(@Args('id', { type: () => ID }) id: string): Promise<Organization> {
    return this.organizationsService.get(id);
  }
}
