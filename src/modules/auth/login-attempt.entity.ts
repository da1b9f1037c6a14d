import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../../database/columns';

/** Consecutive failed logins for one e-mail, whether or not an account has it (shared by every instance). */
@Entity('login_attempt')
export class LoginAttempt {
  @PrimaryColumn('varchar', { length: 254 })
  email: string;

  @Column('integer')
  failures: number;

  @Index('idx_login_attempt_last')
  @TimestampColumn({ name: 'last_failure_at' })
  lastFailureAt: Date;

  @TimestampColumn({ name: 'blocked_until', nullable: true })
  blockedUntil: Date | null;
}
