import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { Identified } from '../../database/columns';

export enum OrganizationType {
  ENTERPRISE = 'ENTERPRISE',
  UNIVERSITY = 'UNIVERSITY',
  INSTITUTE = 'INSTITUTE',
  NEW_RD_INSTITUTE = 'NEW_RD_INSTITUTE',
  GOVERNMENT = 'GOVERNMENT',
}
registerEnumType(OrganizationType, {
  name: 'OrganizationType',
  description: '企业 / 高校 / 科研院所 / 新型研发机构 / 政府部门',
});

@ObjectType({ description: '发榜单位 or 工作单位: an enterprise, university, institute or bureau.' })
@Entity('organization')
export class Organization extends Identified {
  @Field(() => String)
  @Index('uq_organization_name', { unique: true })
  @Column('varchar', { length: 200 })
  name: string;

  @Field(() => OrganizationType)
  @Column('varchar', { length: 20 })
  type: OrganizationType;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 (GB 32100-2015)' })
  @Index('uq_organization_credit_code', { unique: true })
  @Column('varchar', { length: 18, name: 'credit_code', nullable: true })
  creditCode: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 100, nullable: true })
  region: string | null;
}
