import { Field, ID, InputType, Int, ObjectType, PartialType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Paginated } from '../../common/pagination/paginated';
import { LocalDate } from '../../common/scalars/local-date.scalar';
import { WanYuan } from '../../common/scalars/wan-yuan.scalar';
import { DemandStatus } from './demand-lifecycle';
import { AcceptanceMode, Demand, DemandType } from './demand.entity';

@InputType()
export class CreateDemandInput {
  @Field(() => String, { description: '需求名称, at most 100 characters' })
  @MinLength(4)
  @MaxLength(100)
  title: string;

  @Field(() => String, { description: '需求描述: the problem, in prose' })
  @MinLength(10)
  @MaxLength(10000)
  description: string;

  @Field(() => String, { description: 'Industry by name or alias, e.g. 新材料, 锂电, IC' })
  @MinLength(1)
  @MaxLength(100)
  industry: string;

  @Field(() => String, { description: '所在地区, e.g. 浙江省嘉兴市南湖区' })
  @MinLength(2)
  @MaxLength(100)
  region: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  keywords?: string[];

  @Field(() => String, { nullable: true, description: '技术指标: measurable targets' })
  @IsOptional()
  @MaxLength(5000)
  indicators?: string;

  @Field(() => Boolean, { nullable: true, description: 'Hide indicators from the public (default false)' })
  @IsOptional()
  @IsBoolean()
  indicatorsConfidential?: boolean;

  @Field(() => WanYuan, { nullable: true, description: '拟投入资金 in 万元' })
  @IsOptional()
  @IsInt()
  @Min(0)
  budget?: number;

  @Field(() => LocalDate, { nullable: true, description: '揭榜截止日期; must be in the future' })
  @IsOptional()
  @IsString()
  deadline?: string;

  @Field(() => Int, { nullable: true, description: 'Teams to award: 1 (default), more for 赛马制' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  maxWinners?: number;

  @Field(() => ID, { nullable: true, description: 'The 榜单 it belongs to' })
  @IsOptional()
  @IsString()
  listId?: string;

  @Field(() => DemandType, { nullable: true, description: 'Default TECH_BREAKTHROUGH (技术攻关)' })
  @IsOptional()
  @IsEnum(DemandType)
  type?: DemandType;

  @Field(() => AcceptanceMode, { nullable: true })
  @IsOptional()
  @IsEnum(AcceptanceMode)
  acceptanceMode?: AcceptanceMode;

  @Field(() => String, { nullable: true, description: '揭榜条件: who may bid' })
  @IsOptional()
  @MaxLength(5000)
  requirements?: string;

  @Field(() => String, { nullable: true, description: 'Confidential' })
  @IsOptional()
  @MaxLength(100)
  contactName?: string;

  @Field(() => String, { nullable: true, description: 'Confidential' })
  @IsOptional()
  @MaxLength(100)
  contactPhone?: string;

  @Field(() => String, { nullable: true, description: '需求编号; generated (JB-YYYY-XXXXXX) when not given' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/, { message: 'code must be 2–40 letters, digits, - or _', context: { zh: 'code（需求编号）应为 2–40 位字母、数字、- 或 _' } })
  code?: string;

  @Field(() => ID, { nullable: true, description: 'Admin only: the enterprise the demand is for' })
  @IsOptional()
  @IsString()
  organizationId?: string;
}

@InputType()
export class UpdateDemandInput extends PartialType(CreateDemandInput) {}

@InputType()
export class DemandFilterInput {
  @Field(() => [DemandStatus], { nullable: true })
  @IsOptional()
  @IsEnum(DemandStatus, { each: true })
  statuses?: DemandStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  listId?: string;

  @Field(() => String, { nullable: true, description: 'The 榜单 by name' })
  @IsOptional()
  @MaxLength(200)
  list?: string;

  @Field(() => String, { nullable: true, description: 'Industry name or alias; sub-industries are included' })
  @IsOptional()
  @MaxLength(100)
  industry?: string;

  @Field(() => String, { nullable: true, description: 'Part of the region, e.g. 嘉兴 or 南湖区' })
  @IsOptional()
  @MaxLength(100)
  region?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organizationId?: string;

  @Field(() => String, { nullable: true, description: 'Plain text in code, title, description or keywords' })
  @IsOptional()
  @MaxLength(200)
  text?: string;
}

export enum DemandSortField {
  CREATED_AT = 'CREATED_AT',
  PUBLISHED_AT = 'PUBLISHED_AT',
  DEADLINE = 'DEADLINE',
  BUDGET = 'BUDGET',
  TITLE = 'TITLE',
  CODE = 'CODE',
}
registerEnumType(DemandSortField, { name: 'DemandSortField' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType()
export class DemandSortInput {
  @Field(() => DemandSortField, { nullable: true, defaultValue: DemandSortField.CREATED_AT })
  @IsOptional()
  @IsEnum(DemandSortField)
  field?: DemandSortField;

  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.DESC })
  @IsOptional()
  @IsEnum(SortDirection)
  direction?: SortDirection;
}

@ObjectType()
export class DemandPage extends Paginated(Demand) {}
