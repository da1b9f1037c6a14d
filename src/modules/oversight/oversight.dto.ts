import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDate } from '../../common/scalars/local-date.scalar';
import { HealthColour } from './health';

registerEnumType(HealthColour, { name: 'HealthColour', description: 'GREEN on time, YELLOW something due soon, RED something overdue' });

@ObjectType({ description: 'A stage with a time limit.' })
export class DueItemType {
  @Field(() => String, { description: 'REVIEW, DECISION, CONTRACT or MILESTONE' })
  stage: string;

  @Field(() => LocalDate)
  dueOn: string;

  @Field(() => Boolean)
  overdue: boolean;

  @Field(() => ID, { nullable: true })
  milestoneId?: string;

  @Field(() => String)
  message: string;
}

@ObjectType({ description: 'How a demand stands against its stage time limits.' })
export class DemandHealth {
  @Field(() => HealthColour)
  colour: HealthColour;

  @Field(() => [DueItemType])
  items: DueItemType[];
}

@ObjectType({ description: 'What one run of the deadline job did.' })
export class DeadlineJobReport {
  @Field(() => String, { description: 'The day (China) the run was for' })
  day: string;

  @Field(() => Int, { description: 'PUBLISHED demands closed as UNTAKEN (流榜)' })
  closed: number;

  @Field(() => Int, { description: 'Overdue stages flagged (new notifications)' })
  overdue: number;

  @Field(() => Int, { description: 'Due-date reminders sent (new notifications)' })
  reminders: number;

  @Field(() => Int, { description: 'Weekly digests sent (Mondays)' })
  digests: number;
}
