import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { LocalDate } from '../../common/scalars/local-date.scalar';
import { DemandStatus } from '../demands/demand-lifecycle';
import { Demand, DemandType, Industrialisation } from '../demands/demand.entity';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { HealthColour } from '../oversight/health';

@InputType()
export class StatisticsFilter {
  @Field(() => String, { nullable: true, description: '榜单 name, e.g. 嘉兴市2022年企业关键技术需求榜单' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  list?: string;

  @Field(() => String, { nullable: true, description: 'Part of the region, e.g. 嘉兴市 or 浙江省' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @Field(() => String, { nullable: true, description: 'Industry name or alias (its sub-industries included)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  industry?: string;

  @Field(() => DemandType, { nullable: true })
  @IsOptional()
  @IsEnum(DemandType)
  type?: DemandType;

  @Field(() => LocalDate, { nullable: true, description: 'Published on or after (China date)' })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Published on or before (China date)' })
  @IsOptional()
  @IsString()
  to?: string;
}

@ObjectType({ description: 'Demands that reached each stage (each stage is a subset of the one before).' })
export class Funnel {
  @Field(() => Int) published: number;
  @Field(() => Int, { description: 'At least one bid' }) withBids: number;
  @Field(() => Int, { description: 'At least one bid shortlisted or awarded' }) shortlisted: number;
  @Field(() => Int) taken: number;
  @Field(() => Int, { description: 'Reached 攻关 (IN_PROGRESS, ACCEPTED, or TERMINATED from it)' }) inProgress: number;
  @Field(() => Int) accepted: number;
}

@ObjectType()
export class MonthCount {
  @Field(() => String, { description: 'YYYY-MM (China time)' }) month: string;
  @Field(() => Int, { description: 'Published that month' }) published: number;
  @Field(() => Int, { description: 'Taken that month' }) taken: number;
}

@ObjectType()
export class Breakdown {
  @Field(() => String) key: string;
  @Field(() => Int) published: number;
  @Field(() => Int) taken: number;
  @Field(() => Float) takeRate: number;
}

@ObjectType()
export class InstitutionAwards {
  @Field(() => String) institution: string;
  @Field(() => Int) awards: number;
}

@ObjectType({ description: 'How well the engine predicted the winners: the rank each winner had in matchTalents at award time.' })
export class MatchStatistics {
  @Field(() => Int, { description: 'Awards with a recorded rank (imported history has none)' }) rankedAwards: number;
  @Field(() => Int) inTop5: number;
  @Field(() => Int) inTop10: number;
  @Field(() => Float, { nullable: true }) top5Share: number | null;
  @Field(() => Float, { nullable: true }) top10Share: number | null;
}

@ObjectType({ description: 'How a programme performs. `taken` counts demands ever awarded (now TAKEN, IN_PROGRESS or ACCEPTED).' })
export class Statistics {
  @Field(() => Int) published: number;
  @Field(() => Int) bids: number;
  @Field(() => Int) taken: number;
  @Field(() => Float, { description: 'taken ÷ published, 0–1 (3 decimals)' }) takeRate: number;
  @Field(() => Int) untaken: number;
  @Field(() => Int) inProgress: number;
  @Field(() => Int) accepted: number;
  @Field(() => Float, { nullable: true, description: 'Median days from publication to take' }) medianDaysToTake: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile (nearest rank) of days from publication to take' }) p90DaysToTake: number | null;
  @Field(() => Float, { description: 'Bids per published demand (2 decimals)' }) bidsPerDemand: number;
  @Field(() => Funnel) funnel: Funnel;
  @Field(() => [MonthCount]) monthly: MonthCount[];
  @Field(() => [Breakdown]) byIndustry: Breakdown[];
  @Field(() => [Breakdown], { description: 'By city' }) byRegion: Breakdown[];
  @Field(() => [Breakdown]) byList: Breakdown[];
  @Field(() => [InstitutionAwards], { description: 'Top 10 institutions by awards' }) topInstitutions: InstitutionAwards[];
  @Field(() => MatchStatistics) matching: MatchStatistics;
}

@ObjectType({ description: '一企一台账: one row per demand of the enterprise.' })
export class LedgerRow {
  @Field(() => Demand) demand: Demand;
  @Field(() => DemandStatus) status: DemandStatus;
  @Field(() => HealthColour) colour: HealthColour;
  @Field(() => Industrialisation, { nullable: true }) industrialisation: Industrialisation | null;
  @Field(() => LedgerEntry, { nullable: true, description: 'The latest entry about the demand or anything of it' }) lastChange: LedgerEntry | null;
}
