import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Identified } from '../../database/columns';
import { Bid } from '../bids/bid.entity';
import { User } from '../users/user.entity';

/** One expert's scores (0–100 per criterion) of one bid, with a comment. Sealed: only admins see who gave what. */
@ObjectType({ description: 'One expert’s scores of one bid (seen by that expert and admins only).' })
@Entity('bid_score')
@Index('uq_bid_score', ['bidId', 'expertId'], { unique: true })
export class BidScore extends Identified {
  @Index('idx_bid_score_bid')
  @Column('varchar', { length: 36, name: 'bid_id' })
  bidId: string;

  @ManyToOne(() => Bid, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bid_id', foreignKeyConstraintName: 'fk_bid_score_bid' })
  bid?: Bid;

  @Column('varchar', { length: 36, name: 'expert_id' })
  expertId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_bid_score_expert' })
  expert?: User;

  @Field(() => Int, { description: '技术方案 0–100' })
  @Column('integer')
  technical: number;

  @Field(() => Int, { description: '团队能力 0–100' })
  @Column('integer')
  team: number;

  @Field(() => Int, { description: '报价合理性 0–100' })
  @Column('integer')
  price: number;

  @Field(() => Int, { description: '进度可行性 0–100' })
  @Column('integer')
  schedule: number;

  @Field(() => String)
  @Column('text')
  comment: string;
}
