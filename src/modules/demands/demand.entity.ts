import { Field, Int, ObjectType, registerEnumType, GraphQLISODateTime } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { Identified, ListColumn, TimestampColumn, YuanColumn } from '../../database/columns';
import { LocalDate } from '../../common/scalars/local-date.scalar';
import { WanYuan } from '../../common/scalars/wan-yuan.scalar';
import { DemandList } from '../demand-lists/demand-list.entity';
import { Industry } from '../industries/industry.entity';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { DemandStatus } from './demand-lifecycle';

export enum DemandType {
  TECH_BREAKTHROUGH = 'TECH_BREAKTHROUGH',
  RESULT_TRANSFER = 'RESULT_TRANSFER',
  JOINT_RD = 'JOINT_RD',
  TALENT_INTRODUCTION = 'TALENT_INTRODUCTION',
}
registerEnumType(DemandType, { name: 'DemandType', description: '技术攻关 / 成果转化 / 联合研发 / 人才引进' });

export enum AcceptanceMode {
  ORDER = 'ORDER',
  MENU = 'MENU',
  TARGETED = 'TARGETED',
  DELIVERY = 'DELIVERY',
}
registerEnumType(AcceptanceMode, { name: 'AcceptanceMode', description: '承接方式: 订单式 / 菜单式 / 定向式 / 配送式' });

export enum MidtermResult {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}
registerEnumType(MidtermResult, { name: 'MidtermResult', description: '中期检查: 通过 / 未通过' });

export enum Industrialisation {
  RED = 'RED',
  YELLOW = 'YELLOW',
  BLUE = 'BLUE',
}
registerEnumType(Industrialisation, { name: 'Industrialisation', description: '红黄蓝三色管理: RED 未开工, YELLOW 在建, BLUE 已投产' });


@ObjectType({ description: '技术需求 (榜): one enterprise technical problem with targets and a budget.' })
@Entity('demand')
@Index('idx_demand_status_deadline', ['status', 'deadline'])
export class Demand extends Identified {
  @Field(() => String, { description: '需求编号, e.g. JX-2022-001' })
  @Index('uq_demand_code', { unique: true })
  @Column('varchar', { length: 40 })
  code: string;

  @Field(() => String)
  @Column('varchar', { length: 100 })
  title: string;

  @Field(() => String)
  @Column('text')
  description: string;

  @Index('idx_demand_industry')
  @Column('varchar', { length: 36, name: 'industry_id' })
  industryId: string;

  @ManyToOne(() => Industry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'industry_id', foreignKeyConstraintName: 'fk_demand_industry' })
  industryRecord?: Industry;

  @Field(() => String, { description: '所在地区, e.g. 浙江省嘉兴市南湖区' })
  @Column('varchar', { length: 100 })
  region: string;

  @Field(() => DemandType)
  @Column('varchar', { length: 30 })
  type: DemandType;

  @Field(() => AcceptanceMode, { nullable: true })
  @Column('varchar', { length: 20, name: 'acceptance_mode', nullable: true })
  acceptanceMode: AcceptanceMode | null;

  /** 技术指标; hidden from outsiders when indicatorsConfidential (see DemandsResolver). */
  @Column('text', { nullable: true })
  indicators: string | null;

  @Field(() => Boolean, { description: 'When true, indicators are shown only to those allowed to read confidential fields.' })
  @Column('boolean', { name: 'indicators_confidential' })
  indicatorsConfidential: boolean;

  @Field(() => [String])
  @ListColumn()
  keywords: string[];

  @Field(() => WanYuan, { nullable: true, description: '拟投入资金 in 万元' })
  @YuanColumn({ nullable: true })
  budget: number | null;

  @Field(() => LocalDate, { nullable: true, description: '揭榜截止日期' })
  @Column('date', { nullable: true })
  deadline: string | null;

  @Field(() => String, { nullable: true, description: '揭榜条件: who may bid' })
  @Column('text', { nullable: true })
  requirements: string | null;

  @Column('varchar', { length: 100, name: 'contact_name', nullable: true })
  contactName: string | null;

  @Column('varchar', { length: 100, name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  @Field(() => Int, { description: '1, or more than 1 for 赛马制 (parallel teams)' })
  @Column('integer', { name: 'max_winners' })
  maxWinners: number;

  @Field(() => Int)
  @Column('integer', { name: 'awarded_count' })
  awardedCount: number;

  @Field(() => DemandStatus)
  @Column('varchar', { length: 20 })
  status: DemandStatus;

  @Index('idx_demand_organization')
  @Column('varchar', { length: 36, name: 'organization_id' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_demand_organization' })
  organization?: Organization;

  @Index('idx_demand_list')
  @Column('varchar', { length: 36, name: 'list_id', nullable: true })
  listId: string | null;

  @ManyToOne(() => DemandList, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'list_id', foreignKeyConstraintName: 'fk_demand_list' })
  list?: DemandList;

  @Column('varchar', { length: 36, name: 'created_by_id', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_demand_created_by' })
  createdBy?: User;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '发布日期: when it was published (approved)' })
  @TimestampColumn({ name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '揭榜日期: when the last needed award was made' })
  @TimestampColumn({ name: 'taken_at', nullable: true })
  takenAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last submitted for review (the review time limit runs from here)' })
  @TimestampColumn({ name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Field(() => MidtermResult, { nullable: true, description: '中期检查 result, recorded by an admin' })
  @Column('varchar', { length: 10, name: 'midterm_result', nullable: true })
  midtermResult: MidtermResult | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @TimestampColumn({ name: 'midterm_at', nullable: true })
  midtermAt: Date | null;

  @Field(() => Industrialisation, { nullable: true, description: '红黄蓝: industrialisation after acceptance (RED from acceptance)' })
  @Column('varchar', { length: 10, nullable: true })
  industrialisation: Industrialisation | null;

  @Field(() => LocalDate, { nullable: true, description: 'Since when the industrialisation status holds (开工 / 投产 date)' })
  @Column('date', { name: 'industrialisation_since', nullable: true })
  industrialisationSince: string | null;

  @VersionColumn()
  version: number;
}
