import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { Identified } from '../../database/columns';
import type { Weights } from '../reviews/review-weights';

@ObjectType({ description: '榜单: a published list of demands, e.g. 嘉兴市2022年企业关键技术需求榜单.' })
@Entity('demand_list')
export class DemandList extends Identified {
  @Field(() => String)
  @Index('uq_demand_list_name', { unique: true })
  @Column('varchar', { length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: '发布单位, e.g. 嘉兴市科学技术局' })
  @Column('varchar', { length: 200, nullable: true })
  issuer: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 100, nullable: true })
  region: string | null;

  @Field(() => Int, { nullable: true })
  @Column('integer', { nullable: true })
  year: number | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description: string | null;

  /** Weights of the review criteria for this list's demands; null: the defaults (see reviews/review-weights.ts). */
  @Column('simple-json', { name: 'review_weights', nullable: true })
  reviewWeights: Weights | null;
}
