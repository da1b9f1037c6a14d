import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Roles } from '../../common/auth/roles.decorator';
import { PageInput, toPage } from '../../common/pagination/page';
import { Paginated } from '../../common/pagination/paginated';
import { Role } from '../users/user.entity';
import { DemandList } from './demand-list.entity';
import { DemandListsService } from './demand-lists.service';

@InputType()
export class CreateDemandListInput {
  @Field(() => String)
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  issuer?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  region?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;
}

@ObjectType()
export class DemandListPage extends Paginated(DemandList) {}

@Resolver(() => DemandList)
export class DemandListsResolver {
  constructor(private readonly lists: DemandListsService) {}

  @Query(() => DemandListPage, { description: '榜单, newest year first.' })
  async demandLists(@Args('page', { nullable: true }) page?: PageInput): Promise<DemandListPage> {
    const [items, totalCount] = await this.lists.list(toPage(page));
    return { items, totalCount };
  }

  @Query(() => DemandList)
  demandList(@Args('id', { type: () => ID }) id: string): Promise<DemandList> {
    return this.lists.get(id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DemandList, { description: 'Admin only: open a new 榜单.' })
  createDemandList(@Args('input') input: CreateDemandListInput): Promise<DemandList> {
    return this.lists.create(input);
  }
}
