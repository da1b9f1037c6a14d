import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSourceOptions, LoggerOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The one place that turns configuration into TypeORM options, for the app and the CLI scripts alike. */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: (config.logSql ? 'all' : ['error']) as LoggerOptions,
  };
  if (config.databaseUrl) {
    const schema = config.databaseSchema;
    return {
      ...common,
      type: 'postgres',
      url: config.databaseUrl,
      schema,
      // Raw queries then resolve unqualified table names in the same schema.
      extra: schema ? { options: `-c search_path=${schema}` } : undefined,
    };
  }
  if (config.databasePath !== ':memory:') mkdirSync(dirname(config.databasePath), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.databasePath,
    enableWAL: true,
    // Wait for a lock held by another process (a CLI import next to the server) instead of failing.
    timeout: 10_000,
  };
}
