import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { Demand } from '../demands/demand.entity';
import { Talent, TalentLevel } from '../talents/talent.entity';
import { MatchStrength } from './scoring/match-score';

@ObjectType({ description: 'The ranking’s signals, each 0–1, before weighting (weights in the README); the order of results comes from them.' })
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

@ObjectType({ description: 'A concept of the demand and the phrase of the candidate that covers it' })
export class ConceptPair {
  @Field(() => String, { description: 'The demand’s phrase, e.g. 碳化硅栅氧' })
  demand: string;

  @Field(() => String, { description: 'The candidate’s phrase, e.g. 4H-SiC MOS界面' })
  candidate: string;
}

/** What every ranked result carries: a 0–1 score, its reasons and its breakdown. */
@ObjectType({ isAbstract: true })
abstract class ScoredMatch {
  @Field(() => Float, {
    description: 'Calibrated 0–1, the same on every demand: the weighted share of the demand’s specific concepts the candidate covers (README, "Match scores")',
  })
  score: number;

  @Field(() => MatchStrength)
  strength: MatchStrength;

  @Field(() => String, { description: 'Why, in Chinese: the strength, at most three concept pairs (需求 ↔ 候选), then outcomes, live work, level and region' })
  reasons: string;

  @Field(() => [ConceptPair], { description: 'The concept pairs of the reasons, at most three' })
  conceptPairs: ConceptPair[];

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

@ObjectType({ description: 'How the pool looks for a demand: its STRONG and MODERATE candidates among the first 50, and advice when none is STRONG' })
export class MatchOutlook {
  @Field(() => Int)
  strongCount: number;

  @Field(() => Int)
  moderateCount: number;

  @Field(() => String, { nullable: true, description: 'In Chinese, only when there is no STRONG candidate: what to do' })
  advice: string | null;
}
