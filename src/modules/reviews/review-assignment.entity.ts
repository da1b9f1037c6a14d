import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Identified } from '../../database/columns';
import { Demand } from '../demands/demand.entity';
import { User } from '../users/user.entity';

/** An EXPERT assigned by an admin to review the bids of one demand (评审). */
@Entity('review_assignment')
@Index('uq_review_assignment', ['demandId', 'expertId'], { unique: true })
export class ReviewAssignment extends Identified {
  @Column('varchar', { length: 36, name: 'demand_id' })
  demandId: string;

  @ManyToOne(() => Demand, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'demand_id', foreignKeyConstraintName: 'fk_review_assignment_demand' })
  demand?: Demand;

  @Index('idx_review_assignment_expert')
  @Column('varchar', { length: 36, name: 'expert_id' })
  expertId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_review_assignment_expert' })
  expert?: User;
}
