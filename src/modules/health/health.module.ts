import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { MatchingModule } from '../matching/matching.module';
import { HealthController } from './health.controller';
import { RedisHealth } from './redis.health';

/** Liveness and readiness endpoints for load balancers and orchestrators. */
@Module({
  imports: [TerminusModule, MatchingModule],
  controllers: [HealthController],
  providers: [RedisHealth],
})
export class HealthModule {}
