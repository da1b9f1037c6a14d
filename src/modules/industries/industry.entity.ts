import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Identified, ListColumn, TimestampColumn } from '../../database/columns';

@ObjectType({
  description: '产业领域: 战略性新兴产业分类(2018) levels 1–2 and the local industry chains, with aliases; admins own it.',
})
@Entity('industry')
export class Industry extends Identified {
  @Field(() => String, { description: 'Stable code: the SEI 2018 code (e.g. 3.2), a chain code (e.g. C-LITHIUM) or one generated for an admin’s industry (U-…).' })
  @Index('uq_industry_code', { unique: true })
  @Column('varchar', { length: 40 })
  code: string;

  @Field(() => String)
  @Index('uq_industry_name', { unique: true })
  @Column('varchar', { length: 100 })
  name: string;

  @Field(() => Int, { description: 'Depth in the tree: 1 and 2 are SEI 2018 levels, 3 and below local chains.' })
  @Column('integer')
  level: number;

  @Column('varchar', { length: 36, name: 'parent_id', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Industry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_industry_parent' })
  parent?: Industry;

  @Field(() => [String])
  @ListColumn()
  aliases: string[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was retired (or merged): no longer offered for new rows, kept for history.' })
  @TimestampColumn({ name: 'retired_at', nullable: true })
  retiredAt: Date | null;

  @Column('varchar', { length: 36, name: 'merged_into_id', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => Industry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'fk_industry_merged_into' })
  mergedInto?: Industry;

  /** Aliases the committed data file has provided so far (null: an admin's industry); a start-up adds only new ones. */
  @ListColumn({ name: 'seeded_aliases', nullable: true })
  seededAliases: string[] | null;
}
