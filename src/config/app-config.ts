import { randomBytes } from 'node:crypto';
import { RateLimitConfigError, RateLimits, loadRateLimits } from './rate-limit-config';
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
  /** scrypt's cost as log2 N (SCRYPT_COST, 17 as OWASP recommends; lower only when NODE_ENV=test, to keep the suite fast). */
  scryptCost: number;
  /** Failed logins per e-mail before each attempt must wait, and before the e-mail is locked. */
  loginLimits: LoginLimits;
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
  /** Per-operation limits checked before anything runs (see src/common/graphql/query-limits.ts). */
  queryLimits: QueryLimits;
  /** Request body limits in bytes: every GraphQL request, and an admin's (the only callers that import files). */
  bodyLimits: { graphql: number; admin: number };
  /** Import files are refused beyond these, before or while they are parsed (src/modules/data-import/import-limits.ts). */
  importLimits: ImportLimits;
  /** Origins allowed to call the API from a browser page of another origin (CORS_ORIGINS, comma-separated). */
  corsOrigins: string[];
  /** GraphiQL and introspection: on outside production; in production only with GRAPHQL_EXPLORER=true. */
  explorer: boolean;
  /** Calls per window on login, register, imports and mutations (src/modules/rate-limits). */
  rateLimits: RateLimits;
  /** Anonymous query answers kept this long (0: off) within this many bytes (src/modules/response-cache). */
  responseCache: { ttlMs: number; maxBytes: number };
  /** How often the search index reads changes made by other processes (INDEX_POLL_MS; 0: never). */
  indexPollMs: number;
  /** Express's `trust proxy` (TRUST_PROXY): behind a reverse proxy, the client IP comes from X-Forwarded-For. */
  trustProxy: boolean | number | string;
}

export interface QueryLimits {
  /** Deepest field nesting (QUERY_MAX_DEPTH). */
  maxDepth: number;
  /** Aliased fields in one operation (QUERY_MAX_ALIASES). */
  maxAliases: number;
  /** Lexical tokens in one document, so a huge query is refused while it is parsed (QUERY_MAX_TOKENS). */
  maxTokens: number;
  /** Cost budget of one operation, in units of about 0.02 ms of server time (QUERY_MAX_COST). */
  maxCost: number;
}

export interface ImportLimits {
  /** Bytes of the file as sent, compressed for XLSX (IMPORT_MAX_FILE_BYTES). */
  maxFileBytes: number;
  /** Bytes of all of an XLSX file's entries once inflated (IMPORT_MAX_UNZIPPED_BYTES). */
  maxUnzippedBytes: number;
  /** Data rows of a sheet, or items of a JSON array (IMPORT_MAX_ROWS). */
  maxRows: number;
  /** Filled columns of a row, or keys of a JSON item (IMPORT_MAX_COLUMNS). */
  maxColumns: number;
  /** Characters of one cell (IMPORT_MAX_CELL_CHARS). */
  maxCellChars: number;
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

export interface LoginLimits {
  /** After this many consecutive failures each attempt waits 2, 4, 8… seconds (LOGIN_SLOW_AFTER, 5). */
  slowAfter: number;
  /** After this many the e-mail is locked (LOGIN_LOCK_AFTER, 10). */
  lockAfter: number;
  /** for this many minutes; failures are forgotten as long after the last one (LOGIN_LOCK_MINUTES, 15). */
  lockMinutes: number;
}

function redisUrl(raw: string | undefined): string | undefined {
  const url = raw?.trim() || undefined;
  if (url && !/^rediss?:\/\//.test(url)) throw new ConfigError('REDIS_URL must start with redis:// or rediss://');
  return url;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, unit: string): number {
  const raw = env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number of ${unit} from ${min} to ${max}, got "${raw}"`);
  return n;
}

const SIZE = /^(\d+)(kb|mb)?$/i;

function bytes(env: NodeJS.ProcessEnv, name: string, fallback: string): number {
  const raw = (env[name] ?? fallback).trim();
  const m = SIZE.exec(raw);
  if (!m) throw new ConfigError(`${name} must be a size such as 100kb or 40mb, got "${raw}"`);
  const unit = m[2]?.toLowerCase();
  return Number(m[1]) * (unit === 'mb' ? 1024 * 1024 : unit === 'kb' ? 1024 : 1);
}

function origins(raw: string | undefined): string[] {
  const list = (raw ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const o of list) if (!/^https?:\/\/[^/\s]+$/.test(o)) throw new ConfigError(`CORS_ORIGINS must list origins such as https://kjj.example.gov.cn, got "${o}"`);
  return list;
}

const days = (env: NodeJS.ProcessEnv, name: string, fallback: number) => wholeNumber(env, name, fallback, 0, 3650, 'days');

function scryptCost(env: NodeJS.ProcessEnv): number {
  const cost = wholeNumber(env, 'SCRYPT_COST', 17, 10, 20, 'doublings (log2 N)');
  if (cost < 17 && env.NODE_ENV !== 'test') throw new ConfigError('SCRYPT_COST below 17 is for tests only (NODE_ENV=test)');
  return cost;
}

function loginLimits(env: NodeJS.ProcessEnv): LoginLimits {
  const slowAfter = wholeNumber(env, 'LOGIN_SLOW_AFTER', 5, 1, 100, 'failures');
  const lockAfter = wholeNumber(env, 'LOGIN_LOCK_AFTER', 10, 1, 100, 'failures');
  if (lockAfter < slowAfter) throw new ConfigError('LOGIN_LOCK_AFTER must not be below LOGIN_SLOW_AFTER');
  return { slowAfter, lockAfter, lockMinutes: wholeNumber(env, 'LOGIN_LOCK_MINUTES', 15, 1, 1440, 'minutes') };
}

export class ConfigError extends Error {}

/** The import limits (IMPORT_MAX_*); `importLimits({})` gives the defaults. */
export function importLimits(env: NodeJS.ProcessEnv): ImportLimits {
  return {
    // 28 MB: its base64 (≈37 MB) still fits ADMIN_BODY_LIMIT's 40 MB, so a caller meets this message rather than a 413;
    // 50,000 talent rows of the benchmark's wording are ≈26 MB of CSV.
    maxFileBytes: bytes(env, 'IMPORT_MAX_FILE_BYTES', '28mb'),
    // A 50,000-row XLSX inflates to ≈40 MB; a bomb of 1 MB inflates to 1 GB and more.
    maxUnzippedBytes: bytes(env, 'IMPORT_MAX_UNZIPPED_BYTES', '100mb'),
    // The largest list or roster imported in one transaction in a few seconds (npm run bench); split bigger files.
    maxRows: wholeNumber(env, 'IMPORT_MAX_ROWS', 50_000, 1, 10_000_000, 'rows'),
    // The contracts have about 20 columns; the rest leaves room for ignored extra columns.
    maxColumns: wholeNumber(env, 'IMPORT_MAX_COLUMNS', 100, 1, 16_384, 'columns'),
    // The longest text a contract column takes (RowReader.text's default).
    maxCellChars: wholeNumber(env, 'IMPORT_MAX_CELL_CHARS', 10_000, 1, 10_000_000, 'characters'),
  };
}


function rateLimits(env: NodeJS.ProcessEnv): RateLimits {
  try {
    return loadRateLimits(env);
  } catch (e) {
    throw e instanceof RateLimitConfigError ? new ConfigError(e.message) : e;
  }
}

/** `true`, a hop count, or Express's list of trusted addresses (loopback, 10.0.0.0/8, …). */
function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

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
    scryptCost: scryptCost(env),
    loginLimits: loginLimits(env),
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
    queryLimits: {
      maxDepth: wholeNumber(env, 'QUERY_MAX_DEPTH', 7, 1, 100, 'levels'),
      maxAliases: wholeNumber(env, 'QUERY_MAX_ALIASES', 15, 1, 1000, 'aliases'),
      maxTokens: wholeNumber(env, 'QUERY_MAX_TOKENS', 5000, 100, 1_000_000, 'tokens'),
      maxCost: wholeNumber(env, 'QUERY_MAX_COST', 5000, 1, 10_000_000, 'cost units'),
    },
    bodyLimits: { graphql: bytes(env, 'GRAPHQL_BODY_LIMIT', '100kb'), admin: bytes(env, 'ADMIN_BODY_LIMIT', '40mb') },
    importLimits: importLimits(env),
    corsOrigins: origins(env.CORS_ORIGINS),
    explorer: production ? env.GRAPHQL_EXPLORER === 'true' : env.GRAPHQL_EXPLORER !== 'false',
    rateLimits: rateLimits(env),
    trustProxy: trustProxy(env.TRUST_PROXY),
    indexPollMs: wholeNumber(env, 'INDEX_POLL_MS', 2000, 0, 3_600_000, 'milliseconds'),
    responseCache: {
      ttlMs: wholeNumber(env, 'RESPONSE_CACHE_TTL_MS', 1000, 0, 60_000, 'milliseconds'),
      maxBytes: bytes(env, 'RESPONSE_CACHE_MAX_BYTES', '32mb'),
    },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
