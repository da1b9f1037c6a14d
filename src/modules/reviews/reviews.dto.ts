import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ReviewWeights } from './review-weights';

@InputType()
export class ScoreBidInput {
  @Field(() => ID)
  @IsString()
  bidId: string;

  @Field(() => Int, { description: '技术方案 0–100' })
  @IsInt()
  @Min(0)
  @Max(100)
  technical: number;

  @Field(() => Int, { description: '团队能力 0–100' })
  @IsInt()
  @Min(0)
  @Max(100)
  team: number;

  @Field(() => Int, { description: '报价合理性 0–100' })
  @IsInt()
  @Min(0)
  @Max(100)
  price: number;

  @Field(() => Int, { description: '进度可行性 0–100' })
  @IsInt()
  @Min(0)
  @Max(100)
  schedule: number;

  @Field(() => String, { description: 'What the team should know (shown to the enterprise and, if not selected, to the bidder, without the expert’s name)' })
  @MinLength(2)
  @MaxLength(2000)
  comment: string;
}

@ObjectType({ description: 'The panel’s verdict on a bid: aggregates and anonymous comments, never who gave what.' })
export class BidReview {
  @Field(() => Float, { description: 'Mean of the experts’ weighted totals, 0–100' })
  score: number;

  @Field(() => Int, { description: 'Rank among the demand’s scored bids (1 = best; equal scores share a rank)' })
  rank: number;

  @Field(() => Int, { description: 'Number of scored bids on the demand' })
  rankedBids: number;

  @Field(() => Int)
  reviewCount: number;

  @Field(() => ReviewWeights, { description: 'Mean score per criterion, 0–100' })
  criteria: ReviewWeights;

  @Field(() => ReviewWeights, { description: 'The weights applied (the list’s, or the defaults)' })
  weights: ReviewWeights;

  @Field(() => [String], { description: 'The experts’ comments, in no particular order and without names' })
  comments: string[];
}
