import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError, ErrorCode } from '../../common/errors/domain-error';
import { Clock } from '../../common/time/clock';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { isUniqueViolation } from '../../database/errors';
import { LoginAttempt } from './login-attempt.entity';
import { text } from '../../common/i18n/text';

function rateLimited(waitMs: number): DomainError {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  const minutes = Math.ceil(retryAfter / 60);
  const wait = retryAfter < 60 ? text(`${retryAfter} 秒`, `${retryAfter} s`) : text(`${minutes} 分钟`, `${minutes} min`);
  return new DomainError(ErrorCode.RATE_LIMITED, text(`登录失败次数过多，请 ${wait.zh}后再试`, `Too many failed sign-ins; try again in ${wait.en}`), { retryAfter });
}

/**
 * Slows, then locks, password guessing per e-mail (known or not, so the answers reveal nothing):
 * after LOGIN_SLOW_AFTER consecutive failures each attempt waits 2, 4, 8… s, after LOGIN_LOCK_AFTER
 * the e-mail is locked for LOGIN_LOCK_MINUTES. Counts live in the database, so instances share them.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectRepository(LoginAttempt) private readonly repo: Repository<LoginAttempt>,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Counts an attempt as failed before the password is checked (cleared by `succeeded`), with a
   * compare-and-set on the count, so parallel guesses cannot all pass one check.
   */
  async claim(email: string): Promise<void> {
    const now = this.clock.now();
    const row = await this.repo.findOneBy({ email });
    if (row?.blockedUntil && row.blockedUntil > now) throw rateLimited(row.blockedUntil.getTime() - now.getTime());
    const fresh = !row || now.getTime() - row.lastFailureAt.getTime() >= this.forgetMs;
    const failures = fresh ? 1 : row.failures + 1;
    const next = { failures, lastFailureAt: now, blockedUntil: this.blockedUntil(failures, now) };
    if (!row) return this.insert({ email, ...next });
    const result = await this.repo
      .createQueryBuilder()
      .update(LoginAttempt)
      .set(next)
      .where('email = :email AND failures = :failures', { email, failures: row.failures })
      .execute();
    if (!result.affected) throw rateLimited(1000);
  }

  async succeeded(email: string): Promise<void> {
    await this.repo.delete({ email });
  }

  private get forgetMs(): number {
    return this.config.loginLimits.lockMinutes * 60_000;
  }

  private blockedUntil(failures: number, now: Date): Date | null {
    const { slowAfter, lockAfter } = this.config.loginLimits;
    if (failures >= lockAfter) return new Date(now.getTime() + this.forgetMs);
    if (failures >= slowAfter) return new Date(now.getTime() + 2 ** (failures - slowAfter + 1) * 1000);
    return null;
  }

  private async insert(row: LoginAttempt): Promise<void> {
    // New e-mails are where the table grows: drop the rows whose failures are forgotten.
    await this.repo
      .createQueryBuilder()
      .delete()
      .where('last_failure_at < :cutoff', { cutoff: new Date(row.lastFailureAt.getTime() - this.forgetMs).toISOString() })
      .execute();
    try {
      await this.repo.insert(row);
    } catch (e) {
      if (isUniqueViolation(e)) throw rateLimited(1000);
      throw e;
    }
  }
}
