import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { WanYuan } from '../../common/scalars/wan-yuan.scalar';

@InputType()
export class SubmitBidInput {
  @Field(() => ID)
  @IsString()
  demandId: string;

  @Field(() => String, { description: '技术方案: how the team will solve the demand' })
  @MinLength(10)
  @MaxLength(10000)
  proposal: string;

  @Field(() => WanYuan, { description: '报价 in 万元' })
  @IsInt()
  @Min(0)
  quote: number;

  @Field(() => Int, { description: '工期 in months (1–120)' })
  @IsInt()
  @Min(1)
  @Max(120)
  durationMonths: number;

  @Field(() => [String], { description: '团队成员, e.g. "张三 教授"' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  teamMembers: string[];
}
