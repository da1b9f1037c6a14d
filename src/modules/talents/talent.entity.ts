import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Identified, ListColumn } from '../../database/columns';
import { Organization, OrganizationType } from '../organizations/organization.entity';

export enum TalentLevel {
  ACADEMICIAN = 'ACADEMICIAN',
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
  OTHER = 'OTHER',
}
registerEnumType(TalentLevel, { name: 'TalentLevel', description: '院士 / 国家级 / 省级 / 市级 / 其他' });

@ObjectType({ description: '人才: a researcher or team leader. Contact fields are private to the person and admins.' })
@Entity('talent')
export class Talent extends Identified {
  @Field(() => String, { description: '人才编号, e.g. T-000123' })
  @Index('uq_talent_code', { unique: true })
  @Column('varchar', { length: 40 })
  code: string;

  @Field(() => String)
  @Column('varchar', { length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: '职称, e.g. 教授' })
  @Column('varchar', { length: 50, nullable: true })
  title: string | null;

  @Field(() => TalentLevel)
  @Column('varchar', { length: 20 })
  level: TalentLevel;

  @Field(() => String, { description: '工作单位' })
  @Column('varchar', { length: 200 })
  institution: string;

  @Field(() => OrganizationType, { nullable: true })
  @Column('varchar', { length: 20, name: 'institution_type', nullable: true })
  institutionType: OrganizationType | null;

  @Index('idx_talent_organization')
  @Column('varchar', { length: 36, name: 'organization_id', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_talent_organization' })
  organization?: Organization;

  @Field(() => String)
  @Column('varchar', { length: 100 })
  region: string;

  @Field(() => [String], { description: '产业领域 names' })
  @ListColumn()
  industries: string[];

  @Field(() => [String], { description: '研究方向' })
  @ListColumn()
  fields: string[];

  @Field(() => [String])
  @ListColumn()
  keywords: string[];

  @Field(() => String, { nullable: true, description: '代表成果' })
  @Column('text', { nullable: true })
  achievements: string | null;

  @Field(() => String, { nullable: true, description: '个人简介' })
  @Column('text', { nullable: true })
  bio: string | null;

  @Field(() => Boolean, { description: '接受远程合作 (飞地)' })
  @Column('boolean', { name: 'remote_ok' })
  remoteOk: boolean;

  /** Private: resolved through TalentsResolver, visible to the person and admins only. */
  @Column('varchar', { length: 254, name: 'contact_email', nullable: true })
  contactEmail: string | null;

  @Column('varchar', { length: 40, name: 'contact_phone', nullable: true })
  contactPhone: string | null;
}
