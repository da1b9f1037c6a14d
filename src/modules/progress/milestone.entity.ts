import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Identified } from '../../database/columns';
import { LocalDate } from '../../common/scalars/local-date.scalar';
import { Bid } from '../bids/bid.entity';
import { Demand } from '../demands/demand.entity';
import { MilestoneStatus } from './milestone-lifecycle';

/** 里程碑: a dated deliverable of the awarded team, with the share of the payment it releases. */
@ObjectType()
@Entity('milestone')
@Index('uq_milestone_seq', ['bidId', 'seq'], { unique: true })
export class Milestone extends Identified {
  @Index('idx_milestone_demand')
  @Column('varchar', { length: 36, name: 'demand_id' })
  demandId: string;

  @ManyToOne(() => Demand, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'demand_id', foreignKeyConstraintName: 'fk_milestone_demand' })
  demand?: Demand;

  @Column('varchar', { length: 36, name: 'bid_id' })
  bidId: string;

  @ManyToOne(() => Bid, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bid_id', foreignKeyConstraintName: 'fk_milestone_bid' })
  bid?: Bid;

  @Field(() => Int, { description: 'Order in the plan, from 1' })
  @Column('integer')
  seq: number;

  @Field(() => String)
  @Column('varchar', { length: 200 })
  title: string;

  @Field(() => LocalDate)
  @Index('idx_milestone_due')
  @Column('date', { name: 'due_date' })
  dueDate: string;

  @Field(() => String, { description: '交付物' })
  @Column('text')
  deliverable: string;

  @Field(() => Int, { description: 'Share of the payment released by this milestone, in percent (the plan sums to 100)' })
  @Column('integer', { name: 'payment_share' })
  paymentShare: number;

  @Field(() => MilestoneStatus)
  @Column('varchar', { length: 20 })
  status: MilestoneStatus;

  @Field(() => String, { nullable: true, description: 'Why the enterprise returned it' })
  @Column('text', { name: 'return_reason', nullable: true })
  returnReason: string | null;
}
