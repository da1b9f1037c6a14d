import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RateLimitGuard } from './rate-limit.guard';
import { RateLimitStorage } from './rate-limit.storage';

/** Abuse limits on mutations (the guard runs before the role check, so refused attempts count too). */
@Module({
  providers: [RateLimitStorage, { provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class RateLimitsModule {}
