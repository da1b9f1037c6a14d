import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Paginated } from '../../common/pagination/paginated';
import { OrganizationType } from '../organizations/organization.entity';
import { Talent, TalentLevel } from './talent.entity';

@InputType()
export class TalentFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the name, institution, research directions or keywords' })
  @IsOptional()
  @MaxLength(100)
  text?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  industry?: string;

  @Field(() => String, { nullable: true, description: 'Part of the region, e.g. 杭州' })
  @IsOptional()
  @MaxLength(100)
  region?: string;

  @Field(() => TalentLevel, { nullable: true })
  @IsOptional()
  @IsEnum(TalentLevel)
  level?: TalentLevel;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  remoteOk?: boolean;
}

@InputType()
export class UpdateTalentInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  title?: string;

  @Field(() => TalentLevel, { nullable: true })
  @IsOptional()
  @IsEnum(TalentLevel)
  level?: TalentLevel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  institution?: string;

  @Field(() => OrganizationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationType)
  institutionType?: OrganizationType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(2)
  @MaxLength(100)
  region?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  industries?: string[];

  @Field(() => [String], { nullable: true, description: '研究方向' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  fields?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  keywords?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  achievements?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  bio?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  remoteOk?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  contactEmail?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  contactPhone?: string;
}

@ObjectType()
export class TalentPage extends Paginated(Talent) {}
