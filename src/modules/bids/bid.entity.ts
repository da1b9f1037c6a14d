import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Identified, ListColumn, YuanColumn } from '../../database/columns';
import { WanYuan } from '../../common/scalars/wan-yuan.scalar';
import { Demand } from '../demands/demand.entity';
import { Talent } from '../talents/talent.entity';
import { User } from '../users/user.entity';
import { BidStatus } from './bid-lifecycle';

@ObjectType({ description: '揭榜: a talent’s application for a demand. Sealed: a researcher sees only their own.' })
@Entity('bid')
// At most one live bid per talent and demand, enforced by the database as well as the service.
@Index('uq_bid_live', ['demandId', 'talentId'], { unique: true, where: "status IN ('SUBMITTED', 'SHORTLISTED')" })
export class Bid extends Identified {
  @Index('idx_bid_demand')
  @Column('varchar', { length: 36, name: 'demand_id' })
  demandId: string;

  @ManyToOne(() => Demand, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'demand_id', foreignKeyConstraintName: 'fk_bid_demand' })
  demand?: Demand;

  @Index('idx_bid_talent')
  @Column('varchar', { length: 36, name: 'talent_id' })
  talentId: string;

  @ManyToOne(() => Talent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'talent_id', foreignKeyConstraintName: 'fk_bid_talent' })
  talent?: Talent;

  @Column('varchar', { length: 36, name: 'bidder_id', nullable: true })
  bidderId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bidder_id', foreignKeyConstraintName: 'fk_bid_bidder' })
  bidder?: User;

  @Field(() => BidStatus)
  @Column('varchar', { length: 20 })
  status: BidStatus;

  @Field(() => String, { description: '技术方案 summary' })
  @Column('text')
  proposal: string;

  @Field(() => WanYuan, { description: '报价 in 万元' })
  @YuanColumn()
  quote: number;

  @Field(() => Int)
  @Column('integer', { name: 'duration_months' })
  durationMonths: number;

  @Field(() => [String], { description: '团队成员' })
  @ListColumn({ name: 'team_members' })
  teamMembers: string[];

  /** Where matchTalents ranked the winner when the bid was awarded: 1–50, 0 beyond, null when not recorded (imports). */
  @Column('integer', { name: 'match_rank', nullable: true })
  matchRank: number | null;
}
