import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

/** Everything the service reads from the environment, validated once at start-up. */
export interface AppConfig {
  production: boolean;
  port: number;
  /** SQLite file used when no DATABASE_URL is set (':memory:' for a throwaway database). */
  databasePath: string;
  /** postgres://… selects PostgreSQL. */
  databaseUrl?: string;
  /** PostgreSQL schema to use (tests run each suite in a fresh one). */
  databaseSchema?: string;
  jwtSecret: string;
  jwtExpiresIn: string;
  adminEmail?: string;
  adminPassword?: string;
  /** Load the seed data when the database has no demands. */
  seed: boolean;
  logSql: boolean;
}

export class ConfigError extends Error {}

const DURATION = /^\d+[smhd]$/;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// (leave it unset for the embedded SQLite database)');
  }
  if (production && !env.JWT_SECRET) throw new ConfigError('JWT_SECRET must be set when NODE_ENV=production');
  if (env.JWT_SECRET && env.JWT_SECRET.length < 16) throw new ConfigError('JWT_SECRET must be at least 16 characters');
  const jwtExpiresIn = env.JWT_EXPIRES_IN ?? '12h';
  if (!DURATION.test(jwtExpiresIn)) throw new ConfigError('JWT_EXPIRES_IN must look like 30m, 12h or 7d');
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  return {
    production,
    port,
    databasePath: env.DATABASE_PATH === ':memory:' ? ':memory:' : resolve(env.DATABASE_PATH ?? './data/jiebang.sqlite'),
    databaseUrl,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    // Outside production a random secret keeps development zero-setup; tokens end with the process.
    jwtSecret: env.JWT_SECRET ?? randomBytes(32).toString('hex'),
    jwtExpiresIn,
    adminEmail: env.ADMIN_EMAIL,
    adminPassword: env.ADMIN_PASSWORD,
    // Fictional seed data is for trying the product: on by default, except in production.
    seed: env.SEED ? env.SEED === 'true' : !production,
    logSql: env.LOG_SQL === 'true',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
