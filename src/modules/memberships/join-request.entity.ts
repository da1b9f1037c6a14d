import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Identified, TimestampColumn } from '../../database/columns';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { JoinRequestStatus } from './join-request-lifecycle';

/**
 * A request to become a member of an existing enterprise, made by registering with its name or
 * credit code. Membership is granted by the enterprise's admin member or a platform admin, never taken.
 */
@ObjectType({ description: '加入企业申请: pending until the enterprise’s admin member or a platform admin decides.' })
@Entity('join_request')
@Index('idx_join_request_organization', ['organizationId', 'status'])
export class JoinRequest extends Identified {
  @Index('idx_join_request_user')
  @Column('varchar', { length: 36, name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_join_request_user' })
  user?: User;

  @Column('varchar', { length: 36, name: 'organization_id' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_join_request_organization' })
  organization?: Organization;

  @Field(() => JoinRequestStatus)
  @Column('varchar', { length: 20 })
  status: JoinRequestStatus;

  @Column('varchar', { length: 36, name: 'decided_by', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'fk_join_request_decider' })
  decidedBy?: User;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @TimestampColumn({ name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected, when a reason was given' })
  @Column('varchar', { length: 500, nullable: true })
  reason: string | null;
}
