import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { Demand } from '../demands/demand.entity';
import { Talent, TalentLevel } from '../talents/talent.entity';

@ObjectType({ description: 'Each signal 0–1, before weighting (weights in the README).' })
export class MatchBreakdown {
  @Field(() => Float, { description: 'Text relevance (BM25) relative to the best candidate' })
  text: number;

  @Field(() => Float)
  industry: number;

  @Field(() => Float)
  region: number;

  @Field(() => Float)
  level: number;

  @Field(() => Float)
  trackRecord: number;

  @Field(() => Float, { description: '1 = no live awarded work' })
  load: number;
}

/** What every ranked result carries: a 0–1 score, its reasons and its breakdown. */
@ObjectType({ isAbstract: true })
abstract class ScoredMatch {
  @Field(() => Float, { description: '0–1, the weighted sum of the breakdown' })
  score: number;

  @Field(() => String, { description: 'Why, in a sentence a person can check' })
  reasons: string;

  @Field(() => [String])
  matchedTerms: string[];

  @Field(() => MatchBreakdown)
  breakdown: MatchBreakdown;
}

@ObjectType()
export class TalentMatch extends ScoredMatch {
  @Field(() => Talent)
  talent: Talent;
}

@ObjectType()
export class DemandMatch extends ScoredMatch {
  @Field(() => Demand)
  demand: Demand;
}

@ObjectType()
export class SimilarDemand {
  @Field(() => Demand)
  demand: Demand;

  @Field(() => Float, { description: '0–1: how much of this demand’s own text the other one matches' })
  similarity: number;

  @Field(() => Boolean, { description: 'Near-identical and in another list: probably a duplicate' })
  likelyDuplicate: boolean;
}

@InputType()
export class MatchFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the region, e.g. 杭州' })
  @IsOptional()
  @MaxLength(100)
  region?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  remoteOk?: boolean;

  @Field(() => TalentLevel, { nullable: true, description: 'At least this level' })
  @IsOptional()
  @IsEnum(TalentLevel)
  minLevel?: TalentLevel;
}
