import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ScheduleModule } from '@nestjs/schedule';
import type { Request } from 'express';
import { RolesGuard } from './common/auth/roles.guard';
import { formatGraphQLError } from './common/errors/format-error';
import { AppExceptionFilter } from './common/errors/app-exception.filter';
import { LocalDate } from './common/scalars/local-date.scalar';
import { WanYuan } from './common/scalars/wan-yuan.scalar';
import { errorLanguagePlugin } from './common/graphql/error-language';
import { QueryLimiter } from './common/graphql/query-limits';
import { subscriptionErrors } from './common/graphql/subscription-errors';
import { inputValidationPipe } from './common/validation/validation.pipe';
import { APP_CONFIG, AppConfig, loadConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { AuthModule } from './modules/auth/auth.module';
import { RequestContextFactory } from './modules/auth/request-context.factory';
import { revalidateOnNext } from './modules/auth/subscription-auth';
import { BidsModule } from './modules/bids/bids.module';
import { DataExportModule } from './modules/data-export/data-export.module';
import { DataImportModule } from './modules/data-import/data-import.module';
import { DemandListsModule } from './modules/demand-lists/demand-lists.module';
import { DemandQualityModule } from './modules/demand-quality/demand-quality.module';
import { DemandsModule } from './modules/demands/demands.module';
import { IndustriesModule } from './modules/industries/industries.module';
import { LedgerModule } from './modules/ledger/ledger.module';
import { MatchingModule } from './modules/matching/matching.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { ObservabilityModule } from './modules/observability/observability.module';
import { ResponseCacheModule } from './modules/response-cache/response-cache.module';
import { HealthModule } from './modules/health/health.module';
import { OversightModule } from './modules/oversight/oversight.module';
import { ProgressModule } from './modules/progress/progress.module';
import { RateLimitsModule } from './modules/rate-limits/rate-limits.module';
import { ReviewsModule } from './modules/reviews/reviews.module';
import { StatisticsModule } from './modules/statistics/statistics.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { SeedingModule } from './modules/seeding/seeding.module';
import { TalentsModule } from './modules/talents/talents.module';
import { TemplatesModule } from './modules/templates/templates.module';
import { UsersModule } from './modules/users/users.module';

@Module({})
export class AppModule {
  /** The whole service for one configuration (tests pass their own). */
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RateLimitsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [RequestContextFactory, APP_CONFIG],
          useFactory: graphqlOptions,
        }),
        OrganizationsModule,
        UsersModule,
        AuthModule,
        IndustriesModule,
        TalentsModule,
        DemandListsModule,
        DemandsModule,
        BidsModule,
        LedgerModule,
        DataImportModule,
        DataExportModule,
        TemplatesModule,
        MatchingModule,
        DemandQualityModule,
        ReviewsModule,
        ProgressModule,
        NotificationsModule,
        OversightModule,
        StatisticsModule,
        ScheduleModule.forRoot(),
        SeedingModule,
        ObservabilityModule,
        HealthModule,
        ResponseCacheModule,
      ],
      providers: [
        WanYuan,
        LocalDate,
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
      ],
    };
  }
}

/** Apollo's options for one configuration: limits checked before execution on HTTP and graphql-ws alike. */
function graphqlOptions(contexts: RequestContextFactory, cfg: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  const limiter = new QueryLimiter(cfg.queryLimits);
  return {
    autoSchemaFile: true,
    sortSchema: true,
    // The explorer page is served by the app itself from local files (src/common/http/explorer.ts).
    graphiql: false,
    introspection: cfg.explorer,
    // "Did you mean …?" suggestions name fields: only where the schema is public anyway.
    hideSchemaDetailsFromClientErrors: !cfg.explorer,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    validationRules: limiter.rules,
    parseOptions: limiter.parseOptions,
    plugins: [limiter.plugin(), errorLanguagePlugin],
    // HTTP requests carry the token in a header; graphql-ws connections in connectionParams.
    context: (ctx: { req?: Request; connectionParams?: Record<string, unknown> }) =>
      ctx.req ? contexts.create(ctx.req) : contexts.fromConnectionParams(ctx.connectionParams),
    subscriptions: {
      'graphql-ws': {
        // A bad or expired token closes the socket at once (4403) rather than failing later.
        onConnect: async (ctx: { connectionParams?: Record<string, unknown> }) => !(await contexts.fromConnectionParams(ctx.connectionParams)).authError,
        onSubscribe: limiter.onSubscribe,
        ...subscriptionErrors,
        onNext: revalidateOnNext(contexts, subscriptionErrors.onNext),
      },
    },
  };
}
