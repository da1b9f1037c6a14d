import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One concrete thing to add to a demand before publication.' })
export class QualityHint {
  @Field(() => String, { description: 'The field to improve: indicators, description, keywords, budget, deadline, industry' })
  field: string;

  @Field(() => String, { description: 'Stable code, e.g. INDICATORS_NOT_MEASURABLE' })
  code: string;

  @Field(() => String)
  message: string;
}

@ObjectType({ description: 'How clear a demand is (unclear demands are the main reason lists fail).' })
export class DemandQuality {
  @Field(() => Int, { description: '0–100' })
  score: number;

  @Field(() => Boolean, { description: 'Score at or above the threshold (60)' })
  passed: boolean;

  @Field(() => String, { nullable: true, description: 'Set when the score is below the threshold: submitting is allowed, with this warning' })
  warning: string | null;

  @Field(() => [QualityHint])
  hints: QualityHint[];
}
