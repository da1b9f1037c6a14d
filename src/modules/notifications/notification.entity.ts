import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Identified, TimestampColumn } from '../../database/columns';
import { User } from '../users/user.entity';

export enum NotificationKind {
  NEW_BID = 'NEW_BID',
  BID_STATUS = 'BID_STATUS',
  DEMAND_STATUS = 'DEMAND_STATUS',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  MATCHED_DEMAND = 'MATCHED_DEMAND',
  DIGEST = 'DIGEST',
  JOIN_REQUEST = 'JOIN_REQUEST',
  JOIN_DECISION = 'JOIN_DECISION',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: '新揭榜申请 / 我的揭榜状态 / 我的需求状态 / 即将到期 / 已逾期 / 为我推荐的新需求 / 每周摘要 / 加入企业申请 / 加入申请的结果',
});

/** One message of a user's in-app inbox. */
@ObjectType()
@Entity('notification')
@Index('idx_notification_user', ['userId', 'createdAt'])
export class Notification extends Identified {
  @Column('varchar', { length: 36, name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_user' })
  user?: User;

  @Field(() => NotificationKind)
  @Column('varchar', { length: 20 })
  kind: NotificationKind;

  @Field(() => String)
  @Column('varchar', { length: 200 })
  title: string;

  @Field(() => String)
  @Column('text')
  body: string;

  @Field(() => ID, { nullable: true })
  @Column('varchar', { length: 36, name: 'demand_id', nullable: true })
  demandId: string | null;

  /** The same fact is notified once (the deadline job may run on several instances, and daily). */
  @Index('uq_notification_key', { unique: true })
  @Column('varchar', { length: 200, name: 'dedupe_key', nullable: true })
  dedupeKey: string | null;

  /** Held for the weekly digest instead of shown one by one (a researcher's choice). */
  @Column('boolean')
  held: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @TimestampColumn({ name: 'read_at', nullable: true })
  readAt: Date | null;
}
