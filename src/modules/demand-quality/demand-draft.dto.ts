import { Field, ID, InputType, ObjectType, PartialType, PickType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { CreateDemandInput } from '../demands/demands.dto';
import { SimilarDemand } from '../matching/matching.dto';
import { DemandQuality } from './demand-quality.dto';

const CHECKED_FIELDS = ['title', 'description', 'industry', 'region', 'keywords', 'indicators', 'budget', 'deadline', 'listId'] as const;

/** A demand as it is being written: every field optional, each validated as createDemand would. */
@InputType()
export class DemandDraftInput extends PartialType(PickType(CreateDemandInput, CHECKED_FIELDS)) {
  @Field(() => ID, { nullable: true, description: 'The saved demand being edited (never reported as similar to itself)' })
  @IsOptional()
  @IsString()
  demandId?: string;
}

@ObjectType({ description: 'What a demand being written would get: its quality check and the demands it resembles.' })
export class DemandDraftCheck {
  @Field(() => DemandQuality)
  quality: DemandQuality;

  @Field(() => [SimilarDemand], { description: 'Demands the caller may read that say nearly the same thing, most similar first' })
  similar: SimilarDemand[];
}
