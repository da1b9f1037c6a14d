import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { Talent } from '../talents/talent.entity';
import { Identified, TimestampColumn } from '../../database/columns';

export enum Role {
  ADMIN = 'ADMIN',
  ENTERPRISE = 'ENTERPRISE',
  RESEARCHER = 'RESEARCHER',
  EXPERT = 'EXPERT',
}
registerEnumType(Role, { name: 'Role', description: '管理员 / 企业 / 科研人员 / 评审专家' });

/** Each role in Chinese, for messages. */
export const ROLE_CN: Record<Role, string> = { ADMIN: '管理员', ENTERPRISE: '企业', RESEARCHER: '科研人员', EXPERT: '评审专家' };

/** An enterprise user's place in its organization: the admin member decides who else joins. */
export enum MemberRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(MemberRole, { name: 'MemberRole', description: '企业管理员（审批加入申请）/ 企业成员' });

export enum AlertMode {
  INSTANT = 'INSTANT',
  WEEKLY_DIGEST = 'WEEKLY_DIGEST',
  MUTED = 'MUTED',
}
registerEnumType(AlertMode, { name: 'AlertMode', description: 'How a researcher hears of newly published demands that fit them: at once, in a weekly digest, or not at all' });

@ObjectType({ description: 'A person who signs in. E-mail is shown only to the user and to admins.' })
@Entity('app_user')
export class User extends Identified {
  @Index('uq_user_email', { unique: true })
  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { length: 200, name: 'password_hash' })
  passwordHash: string;

  /** In every token; raised on a password change or disabling, which revokes the tokens issued before. */
  @Column('integer', { name: 'token_version', default: 0 })
  tokenVersion: number;

  /** When an admin disabled the account: it cannot sign in, and its tokens are refused. */
  @TimestampColumn({ name: 'disabled_at', nullable: true })
  disabledAt: Date | null;

  @Field(() => String)
  @Column('varchar', { length: 100 })
  name: string;

  @Field(() => Role)
  @Column('varchar', { length: 20 })
  role: Role;

  @Index('idx_user_organization')
  @Column('varchar', { length: 36, name: 'organization_id', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_user_organization' })
  organization?: Organization;

  @Field(() => MemberRole, { nullable: true, description: 'ENTERPRISE members only: ADMIN (approves join requests) or MEMBER' })
  @Column('varchar', { length: 10, name: 'organization_role', nullable: true })
  organizationRole: MemberRole | null;

  @Index('uq_user_talent', { unique: true })
  @Column('varchar', { length: 36, name: 'talent_id', nullable: true })
  talentId: string | null;

  @ManyToOne(() => Talent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'talent_id', foreignKeyConstraintName: 'fk_user_talent' })
  talent?: Talent;

  @Field(() => AlertMode, { description: 'New-demand alerts: INSTANT, WEEKLY_DIGEST or MUTED (notices about one’s own bids and demands always arrive)' })
  @Column('varchar', { length: 20, default: AlertMode.INSTANT })
  alerts: AlertMode;
}
