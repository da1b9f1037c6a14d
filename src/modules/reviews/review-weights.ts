import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error';
import { text } from '../../common/i18n/text';

export const CRITERIA = ['technical', 'team', 'price', 'schedule'] as const;
export type Criterion = (typeof CRITERIA)[number];
export type Weights = Record<Criterion, number>;

/** Used when a list sets none: the technical plan weighs most, as in the programmes' scoring sheets. */
export const DEFAULT_REVIEW_WEIGHTS: Weights = { technical: 0.4, team: 0.3, price: 0.15, schedule: 0.15 };

@ObjectType('ReviewWeights', { description: 'Weights of the review criteria (sum to 1).' })
@InputType('ReviewWeightsInput')
export class ReviewWeights implements Weights {
  @Field(() => Float, { description: '技术方案' })
  @Min(0)
  @Max(1)
  technical: number;

  @Field(() => Float, { description: '团队能力' })
  @Min(0)
  @Max(1)
  team: number;

  @Field(() => Float, { description: '报价合理性' })
  @Min(0)
  @Max(1)
  price: number;

  @Field(() => Float, { description: '进度可行性' })
  @Min(0)
  @Max(1)
  schedule: number;
}

export function assertWeights(w: Weights): Weights {
  const sum = CRITERIA.reduce((s, c) => s + w[c], 0);
  if (Math.abs(sum - 1) > 1e-6) throw DomainError.badInput('weights', text(`各项权重之和应为 1（现为 ${+sum.toFixed(4)}）`, `must sum to 1 (they sum to ${+sum.toFixed(4)})`));
  return w;
}

/** One expert's weighted total, 0–100. */
export const weightedTotal = (scores: Weights, w: Weights) => CRITERIA.reduce((s, c) => s + w[c] * scores[c], 0);
