import { Field, ID, ObjectType, registerEnumType, GraphQLISODateTime } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns';
import { Demand } from '../demands/demand.entity';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';

export enum LedgerEntityType {
  DEMAND = 'DEMAND',
  BID = 'BID',
  TALENT = 'TALENT',
  MILESTONE = 'MILESTONE',
  /** A request to join an enterprise and its decision: filed under the enterprise, with no demand. */
  JOIN_REQUEST = 'JOIN_REQUEST',
  /** A change to the taxonomy (added, renamed, merged, retired…): filed under no demand or enterprise. */
  INDUSTRY = 'INDUSTRY',
}
registerEnumType(LedgerEntityType, { name: 'LedgerEntityType' });

/**
 * 台账: one immutable entry per state change, written in the transaction of the change.
 * The integer key gives a total order even for entries written in the same millisecond.
 */
@ObjectType({ description: '台账 entry: who moved what from which status to which, when, and why.' })
@Entity('ledger_entry')
@Index('idx_ledger_entity', ['entityType', 'entityId'])
export class LedgerEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Field(() => GraphQLISODateTime)
  @TimestampColumn()
  at: Date;

  @Column('varchar', { length: 36, name: 'actor_id', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_ledger_actor' })
  actor?: User;

  @Field(() => LedgerEntityType)
  @Column('varchar', { length: 20, name: 'entity_type' })
  entityType: LedgerEntityType;

  @Field(() => ID)
  @Column('varchar', { length: 36, name: 'entity_id' })
  entityId: string;

  @Field(() => ID, { nullable: true, description: 'The demand the entry belongs to (for a bid, the demand bid on); null for a talent or a join request.' })
  @Index('idx_ledger_demand')
  @Column('varchar', { length: 36, name: 'demand_id', nullable: true })
  demandId: string | null;

  @ManyToOne(() => Demand, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'demand_id', foreignKeyConstraintName: 'fk_ledger_demand' })
  demand?: Demand;

  @Field(() => ID, { nullable: true, description: 'The enterprise owning the demand (or asked to be joined): 一企一台账; null for a talent.' })
  @Index('idx_ledger_organization')
  @Column('varchar', { length: 36, name: 'organization_id', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_ledger_organization' })
  organization?: Organization;

  @Field(() => String, { description: 'The move made, e.g. submit, approve, award' })
  @Column('varchar', { length: 30 })
  action: string;

  @Field(() => String, { nullable: true, description: 'Status before; null when the entity was created' })
  @Column('varchar', { length: 20, name: 'from_status', nullable: true })
  from: string | null;

  @Field(() => String, { description: 'Status after (the same as before for an edit that keeps it)' })
  @Column('varchar', { length: 20, name: 'to_status' })
  to: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;
}
