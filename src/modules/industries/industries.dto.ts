import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType({ description: 'A new industry: its code is generated (U-…) and never changes.' })
export class AddIndustryInput {
  @Field(() => String, { description: 'e.g. 柔性电子' })
  @IsString()
  @MaxLength(100)
  name: string;

  @Field(() => String, { nullable: true, description: 'The parent by name, alias or code, e.g. 电子核心 or 1.2; none: a top-level industry' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  parent?: string;

  @Field(() => [String], { nullable: true, description: 'Other names files use for it' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  aliases?: string[];
}
