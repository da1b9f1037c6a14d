import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { configureApp } from '../../src/app-setup';
import { AppModule } from '../../src/app.module';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { Clock } from '../../src/common/time/clock';

/**
 * The booted service on a fresh database: a SQLite file in a temp dir, or, when DATABASE_URL is
 * set (npm run test:pg), a fresh PostgreSQL schema dropped afterwards.
 */
export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  clock: Clock;
  config: AppConfig;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'jiebang-test-'));
  const url = process.env.DATABASE_URL;
  const schema = url ? `t_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}` : undefined;
  if (url) await withPg(url, (ds) => ds.query(`CREATE SCHEMA "${schema}"`));
  const config = loadConfig({
    NODE_ENV: 'test',
    // Quiet even for a suite that boots with NODE_ENV=production; a suite may set its own level.
    LOG_LEVEL: 'silent',
    SEED: 'false',
    JWT_SECRET: 'test-secret-0123456789abcdef',
    DATABASE_PATH: join(dir, 'jiebang.sqlite'),
    // Suites register dozens of accounts from one address; rate-limits.e2e-spec.ts turns the limits on.
    RATE_LIMIT_ENABLED: 'false',
    // scrypt at 2^10 instead of 2^17 (~0.4 s a hash) keeps the suite fast; allowed only with NODE_ENV=test.
    ...(env.NODE_ENV ? {} : { SCRYPT_COST: '10' }),
    ...(url ? { DATABASE_URL: url, DATABASE_SCHEMA: schema } : {}),
    ...env,
  } as NodeJS.ProcessEnv);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureApp(app);
  await app.init();
  return {
    app,
    dataSource: app.get(DataSource),
    clock: app.get(Clock),
    config,
    async close() {
      await app.close();
      if (url) await withPg(url, (ds) => ds.query(`DROP SCHEMA "${schema}" CASCADE`));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function withPg(url: string, work: (ds: DataSource) => Promise<unknown>): Promise<void> {
  const ds = new DataSource({ type: 'postgres', url });
  await ds.initialize();
  try {
    await work(ds);
  } finally {
    await ds.destroy();
  }
}

export interface GqlResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions: Record<string, any> }[];
}

/** A GraphQL client for one caller (token or anonymous). */
export class Gql {
  constructor(
    private readonly app: INestApplication,
    readonly token?: string,
  ) {}

  /** The raw response: data and errors. */
  async raw<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const req = request(this.app.getHttpServer()).post('/graphql');
    if (this.token) req.set('Authorization', `Bearer ${this.token}`);
    const res = await req.send({ query, variables });
    return res.body as GqlResult<T>;
  }

  /** The data; throws with the error messages when there are errors. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.raw<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  /** The error code of a call that must fail (fails the test when it succeeds). */
  async fails(query: string, variables: Record<string, unknown> = {}): Promise<{ code: string; message: string; extensions: Record<string, any> }> {
    const res = await this.raw(query, variables);
    if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
    const [e] = res.errors;
    return { code: e.extensions?.code, message: e.message, extensions: e.extensions };
  }
}
