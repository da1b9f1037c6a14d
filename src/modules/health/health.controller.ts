import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, ServiceUnavailableException, UseFilters } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { MatchingIndexService } from '../matching/index/matching-index.service';
import { RedisHealth } from './redis.health';

/** An unhealthy check answers 503 with terminus' own JSON rather than the API's error shape. */
@Catch(ServiceUnavailableException)
class HealthCheckFailed implements ExceptionFilter {
  catch(exception: ServiceUnavailableException, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(503).json(exception.getResponse());
  }
}

/**
 * GET /health/live: the process answers. GET /health/ready: it can serve — the database answers a
 * ping, Redis too when configured, and the search index has been built.
 */
@Controller('health')
@UseFilters(HealthCheckFailed)
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealth,
    private readonly indicators: HealthIndicatorService,
    private readonly index: MatchingIndexService,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database').withTimeout(1500),
      ...(this.redis.configured ? [() => this.redis.check('redis')] : []),
      () => this.searchIndex(),
    ]);
  }

  private searchIndex() {
    const check = this.indicators.check('searchIndex');
    const sizes = { talents: this.index.talents.size, demands: this.index.demands.size };
    return this.index.built ? check.up(sizes) : check.down({ message: 'search index is being built', ...sizes });
  }
}
