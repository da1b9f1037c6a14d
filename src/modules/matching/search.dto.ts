import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Cost } from '../../common/graphql/cost.decorator';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { DemandStatus } from '../demands/demand-lifecycle';
import { Demand } from '../demands/demand.entity';
import { Talent, TalentLevel } from '../talents/talent.entity';

export enum SearchKind {
  DEMAND = 'DEMAND',
  TALENT = 'TALENT',
}
registerEnumType(SearchKind, { name: 'SearchKind' });

@InputType()
export class SearchFilterInput {
  @Field(() => String, { nullable: true, description: 'Industry name or alias; sub-industries included' })
  @IsOptional()
  @MaxLength(100)
  industry?: string;

  @Field(() => String, { nullable: true, description: 'Part of the region, e.g. 嘉兴' })
  @IsOptional()
  @MaxLength(100)
  region?: string;

  @Field(() => [DemandStatus], { nullable: true, description: 'Demands only' })
  @IsOptional()
  @IsEnum(DemandStatus, { each: true })
  statuses?: DemandStatus[];

  @Field(() => TalentLevel, { nullable: true, description: 'Talents only' })
  @IsOptional()
  @IsEnum(TalentLevel)
  level?: TalentLevel;
}

@ObjectType()
export class FacetValue {
  @Field(() => String)
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts over every result of the search (before paging) by one field.' })
export class Facet {
  @Field(() => String, { description: 'industry, region (city), status (demands) or level (talents)' })
  field: string;

  @Field(() => [FacetValue])
  values: FacetValue[];
}

@ObjectType()
export class SearchHit {
  @Field(() => ID)
  id: string;

  @Field(() => Float)
  score: number;

  @Field(() => String, { description: 'A piece of the best-matching field with the matched words in 【】' })
  snippet: string;

  @Field(() => Demand, { nullable: true })
  demand?: Demand;

  @Field(() => Talent, { nullable: true })
  talent?: Talent;
}

@ObjectType()
export class SearchResult {
  @Field(() => Int)
  totalCount: number;

  @Cost({ listSize: 1 })
  @Field(() => [SearchHit])
  items: SearchHit[];

  // Computed once per search, though the page size multiplies it too: keep it cheap.
  @Cost({ listSize: 1 })
  @Field(() => [Facet])
  facets: Facet[];
}
