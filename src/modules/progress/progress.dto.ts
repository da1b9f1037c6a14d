import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { LocalDate } from '../../common/scalars/local-date.scalar';
import { Industrialisation, MidtermResult } from '../demands/demand.entity';

@InputType()
export class MilestoneInput {
  @Field(() => String)
  @MinLength(2)
  @MaxLength(200)
  title: string;

  @Field(() => LocalDate)
  @IsString()
  dueDate: string;

  @Field(() => String, { description: '交付物' })
  @MinLength(2)
  @MaxLength(2000)
  deliverable: string;

  @Field(() => Int, { description: 'Percent of the payment (the plan sums to 100)' })
  @IsInt()
  @Min(0)
  @Max(100)
  paymentShare: number;
}

@InputType()
export class SetMilestonesInput {
  @Field(() => ID)
  @IsString()
  demandId: string;

  @Field(() => ID, { nullable: true, description: 'The awarded bid (needed only when several teams were awarded, 赛马制)' })
  @IsOptional()
  @IsString()
  bidId?: string;

  @Field(() => [MilestoneInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MilestoneInput)
  milestones: MilestoneInput[];
}

@InputType()
export class ReportProgressInput {
  @Field(() => ID)
  @IsString()
  milestoneId: string;

  @Field(() => String)
  @MinLength(2)
  @MaxLength(10000)
  content: string;

  @Field(() => Boolean, { description: 'Report the milestone done: it goes to the enterprise to confirm', defaultValue: false })
  @IsBoolean()
  complete: boolean;
}

@InputType()
export class MidtermCheckInput {
  @Field(() => ID)
  @IsString()
  demandId: string;

  @Field(() => MidtermResult)
  @IsEnum(MidtermResult)
  result: MidtermResult;

  @Field(() => String, { description: '中期检查报告 reference' })
  @MinLength(2)
  @MaxLength(200)
  documentRef: string;
}

@InputType()
export class IndustrialisationInput {
  @Field(() => ID)
  @IsString()
  demandId: string;

  @Field(() => Industrialisation)
  @IsEnum(Industrialisation)
  status: Industrialisation;

  @Field(() => LocalDate, { description: 'Since when (开工 date for YELLOW, 投产 date for BLUE)' })
  @IsString()
  since: string;
}
