import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Identified, ListColumn } from '../../database/columns';

@ObjectType({
  description: '产业领域: 战略性新兴产业分类(2018) levels 1–2 and the local industry chains, with aliases.',
})
@Entity('industry')
export class Industry extends Identified {
  @Field(() => String, { description: 'Stable code: the SEI 2018 code (e.g. 3.2) or a chain code (e.g. C-LITHIUM).' })
  @Index('uq_industry_code', { unique: true })
  @Column('varchar', { length: 40 })
  code: string;

  @Field(() => String)
  @Index('uq_industry_name', { unique: true })
  @Column('varchar', { length: 100 })
  name: string;

  @Field(() => Int, { description: '1 and 2: SEI 2018 levels; 3: a local industry chain.' })
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
}
