import { Controller, Get, Header, Inject, Req } from '@nestjs/common';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { Metrics } from './metrics';
import { text } from '../../common/i18n/text';

/** GET /metrics in Prometheus' text format; behind `Authorization: Bearer <METRICS_TOKEN>` when that is set. */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() req: Request): Promise<string> {
    if (this.config.metricsToken && !sameSecret(req.headers.authorization ?? '', `Bearer ${this.config.metricsToken}`)) {
      throw DomainError.unauthenticated(text('需要有效的指标访问令牌（METRICS_TOKEN）', 'A valid metrics token (METRICS_TOKEN) is needed'));
    }
    req.res!.type(this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
