import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { Transactions } from '../common/database/transactions';
import { DomainEvents } from '../common/events/domain-events';
import { dataSourceOptions } from './data-source-options';

/** The database connection (migrations run at start-up), the transaction runner and the after-commit events. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config),
    }),
  ],
  providers: [Transactions, DomainEvents],
  exports: [Transactions, DomainEvents],
})
export class DatabaseModule {}
