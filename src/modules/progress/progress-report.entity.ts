import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Identified } from '../../database/columns';
import { User } from '../users/user.entity';
import { Milestone } from './milestone.entity';

/** A progress report the awarded team files against a milestone. */
@ObjectType()
@Entity('progress_report')
export class ProgressReport extends Identified {
  @Index('idx_progress_report_milestone')
  @Column('varchar', { length: 36, name: 'milestone_id' })
  milestoneId: string;

  @ManyToOne(() => Milestone, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'milestone_id', foreignKeyConstraintName: 'fk_progress_report_milestone' })
  milestone?: Milestone;

  @Column('varchar', { length: 36, name: 'author_id' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_progress_report_author' })
  author?: User;

  @Field(() => String)
  @Column('text')
  content: string;

  @Field(() => Boolean, { description: 'The team reports the milestone done (asks the enterprise to confirm)' })
  @Column('boolean')
  complete: boolean;
}
