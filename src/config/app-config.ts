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
  /** pino level of the JSON logs (LOG_LEVEL; 'silent' under NODE_ENV=test unless set). */
  logLevel: LogLevel;
  /** File the JSON logs go to (LOG_DESTINATION); unset: standard output. */
  logDestination?: string;
  /** How long a stopping server waits for in-flight requests before cutting them (SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs: number;
  /** When set, GET /metrics requires `Authorization: Bearer <METRICS_TOKEN>`. */
  metricsToken?: string;
  /** Stage time limits in days (flags, health colours, reminders and 流榜). */
  timeLimits: TimeLimits;
  /** redis://… shares GraphQL subscription events between instances; unset: in-process. */
  redisUrl?: string;
  /** Run the daily deadline job in this process (turn off on all instances but some, or leave on: it is idempotent). */
  scheduler: boolean;
}

export interface TimeLimits {
  /** An admin reviews a submitted demand within this many days (REVIEW_DAYS, 15). */
  reviewDays: number;
  /** The enterprise decides on the bids within this many days after the deadline (DECISION_DAYS, 30). */
  decisionDays: number;
  /** The contract is signed (TAKEN → IN_PROGRESS) within this many days of the award (START_DAYS, 30). */
  startDays: number;
  /** Reminders go out this many days before a due date (REMINDER_DAYS, 7). */
  reminderDays: number;
}

function redisUrl(raw: string | undefined): string | undefined {
  const url = raw?.trim() || undefined;
  if (url && !/^rediss?:\/\//.test(url)) throw new ConfigError('REDIS_URL must start with redis:// or rediss://');
  return url;
}

function days(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 3650) throw new ConfigError(`${name} must be a whole number of days, got "${raw}"`);
  return n;
}

export class ConfigError extends Error {}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function logLevel(env: NodeJS.ProcessEnv): LogLevel {
  const raw = env.LOG_LEVEL?.trim() || (env.NODE_ENV === 'test' ? 'silent' : 'info');
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return raw as LogLevel;
}

function shutdownTimeoutMs(raw: string | undefined): number {
  const n = raw === undefined || raw === '' ? 10_000 : Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 600_000) throw new ConfigError(`SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds up to 600000, got "${raw}"`);
  return n;
}

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
    logLevel: logLevel(env),
    logDestination: env.LOG_DESTINATION?.trim() ? resolve(env.LOG_DESTINATION.trim()) : undefined,
    shutdownTimeoutMs: shutdownTimeoutMs(env.SHUTDOWN_TIMEOUT_MS),
    metricsToken: env.METRICS_TOKEN || undefined,
    timeLimits: {
      reviewDays: days(env, 'REVIEW_DAYS', 15),
      decisionDays: days(env, 'DECISION_DAYS', 30),
      startDays: days(env, 'START_DAYS', 30),
      reminderDays: days(env, 'REMINDER_DAYS', 7),
    },
    scheduler: env.SCHEDULER !== 'false',
    redisUrl: redisUrl(env.REDIS_URL),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
