import { Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { Industry } from './industry.entity';
import { IndustriesService } from './industries.service';

@Resolver(() => Industry)
export class IndustriesResolver {
  constructor(private readonly industriesService: IndustriesService) {}

  @Query(() => [Industry], { description: 'The whole industry taxonomy (under 100 records).' })
  industries(): Industry[] {
    return this.industriesService.list();
  }

  @ResolveField(() => Industry, { nullable: true })
  parent(@Parent() industry: Industry): Industry | null {
    return industry.parentId ? (this.industriesService.byId(industry.parentId) ?? null) : null;
  }
}
