import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { createLogger, LOGGER } from '../../common/observability/logger';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { MatchingModule } from '../matching/matching.module';
import { GraphQLObservabilityPlugin } from './graphql-observability.plugin';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { RequestObservability } from './request-observability';

/**
 * Logs, metrics and request ids for every module: the JSON logger (LOGGER), the Metrics that jobs
 * count their runs in, the request middleware (installed first by configureApp) and the GraphQL plugin.
 */
@Global()
@Module({
  imports: [MatchingModule],
  controllers: [MetricsController],
  providers: [
    { provide: LOGGER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createLogger(config) },
    Metrics,
    RequestObservability,
    GraphQLObservabilityPlugin,
  ],
  exports: [LOGGER, Metrics, RequestObservability],
})
export class ObservabilityModule implements OnApplicationShutdown {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  onApplicationShutdown(): void {
    this.logger.flush();
  }
}
