import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, Server } from 'node:http';
import { connect, createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { drainHttpServer } from '../../src/common/observability/graceful-shutdown';
import { ConfigError, loadConfig } from '../../src/config/app-config';
import { ADMIN, ADMIN_ENV, loginAdmin } from '../setup/fixtures';
import { createTestApp, TestApp } from '../setup/test-app';

const NAMED_LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const gql = (t: TestApp, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  request(t.app.getHttpServer()).post('/graphql').set(headers).send({ query, variables });

/** The JSON lines logged so far, waiting briefly for a line that matches (written when the response ends). */
async function logLines(file: string, until: (line: Record<string, any>) => boolean): Promise<Record<string, any>[]> {
  for (let i = 0; ; i++) {
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
    if (lines.some(until) || i === 40) return lines;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('operations: health, metrics, request logs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiebang-ops-'));
  const logFile = join(dir, 'app.log');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ...ADMIN_ENV, LOG_LEVEL: 'info', LOG_DESTINATION: logFile });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should answer live and ready with terminus JSON: database, search index', async () => {
    const live = await request(t.app.getHttpServer()).get('/health/live').expect(200);
    expect(live.body).toMatchObject({ status: 'ok' });
    const ready = await request(t.app.getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, searchIndex: { status: 'up', talents: 0, demands: 0 } },
      error: {},
    });
    expect(ready.body.info.redis).toBeUndefined();
  });

  it('should echo a sane X-Request-Id and replace a missing or odd one with a UUID', async () => {
    const server = t.app.getHttpServer();
    expect((await request(server).get('/health/live').set('X-Request-Id', 'lb-7f3a.2:9_x')).headers['x-request-id']).toBe('lb-7f3a.2:9_x');
    expect((await request(server).get('/health/live')).headers['x-request-id']).toMatch(UUID);
    expect((await request(server).get('/health/live').set('X-Request-Id', 'two words')).headers['x-request-id']).toMatch(UUID);
    expect((await request(server).get('/health/live').set('X-Request-Id', 'x'.repeat(129))).headers['x-request-id']).toMatch(UUID);
    const graphql = await gql(t, '{ __typename }', {}, { 'X-Request-Id': 'gql-req-1' });
    expect(graphql.headers['x-request-id']).toBe('gql-req-1');
  });

  it('should count GraphQL operations by name, errors by code, HTTP routes, the index size and job runs', async () => {
    for (let i = 0; i < 3; i++) await gql(t, 'query OpsProbe { __typename }').expect(200);
    const failed = await gql(t, NAMED_LOGIN, { email: ADMIN.email, password: 'not-the-password' });
    expect(failed.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await gql(t, '{ nope }');
    await request(t.app.getHttpServer()).get('/no/such/route').expect(404);
    const admin = await loginAdmin(t);
    await admin.gql.ok('mutation RunJob { runDeadlineJob { day } }');

    const res = await request(t.app.getHttpServer()).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.text;
    expect(text).toContain('jiebang_graphql_operations_total{operation="OpsProbe",type="query"} 3');
    expect(text).toContain('jiebang_graphql_operation_duration_seconds_count{operation="OpsProbe",type="query"} 3');
    expect(text).toContain('jiebang_graphql_errors_total{code="UNAUTHENTICATED",operation="Login"} 1');
    expect(text).toContain('jiebang_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED",operation="(invalid)"} 1');
    expect(text).toContain('jiebang_job_runs_total{job="deadlines",outcome="success"} 1');
    expect(text).toMatch(/jiebang_http_requests_total\{method="POST",route="\/graphql",status="200"\} \d+/);
    expect(text).toMatch(/jiebang_http_requests_total\{method="GET",route="\/health\/live",status="200"\} \d+/);
    expect(text).toContain('jiebang_http_requests_total{method="GET",route="unmatched",status="404"} 1');
    expect(text).toMatch(/jiebang_http_request_duration_seconds_bucket\{le="0.05",method="GET",route="\/health\/ready"\} \d+/);
    expect(text).toContain('jiebang_search_index_documents{index="talents"} 0');
    expect(text).toContain('jiebang_search_index_documents{index="demands"} 0');
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_heap_size_used_bytes');
  });

  it('should log one JSON line per request with its id, operation, caller, status and duration, and no secret', async () => {
    const password = ADMIN.password;
    const res = await gql(t, NAMED_LOGIN, { email: ADMIN.email, password }, { 'X-Request-Id': 'ops-login-1' }).expect(200);
    const token: string = res.body.data.login.token;
    const userId: string = res.body.data.login.user.id;
    await gql(t, 'query Me { me { id } }', {}, { Authorization: `Bearer ${token}`, 'X-Request-Id': 'ops-me-1' }).expect(200);
    await request(t.app.getHttpServer()).get(`/graphql?query=${encodeURIComponent('query Q($p: String) { __typename }')}&variables=${encodeURIComponent(JSON.stringify({ p: 'query-string-secret' }))}`).set('X-Request-Id', 'ops-get-1');

    const lines = await logLines(logFile, (l) => l.reqId === 'ops-get-1');
    const login = lines.find((l) => l.reqId === 'ops-login-1');
    expect(login).toMatchObject({ level: 30, msg: 'request completed', method: 'POST', path: '/graphql', status: 200, operation: 'Login' });
    expect(login!.durationMs).toEqual(expect.any(Number));
    expect(login!.userId).toBeUndefined();
    expect(lines.find((l) => l.reqId === 'ops-me-1')).toMatchObject({ operation: 'Me', userId, status: 200 });
    expect(lines.find((l) => l.reqId === 'ops-get-1')).toMatchObject({ method: 'GET', path: '/graphql' });
    expect(lines.filter((l) => l.reqId === 'ops-login-1')).toHaveLength(1);

    const all = readFileSync(logFile, 'utf8');
    for (const secret of [password, 'not-the-password', token, token.split('.')[2], 'Bearer', 'query-string-secret']) expect(all).not.toContain(secret);
    expect(all.toLowerCase()).not.toContain('authorization');
  });
});

describe('operations: Redis readiness, the metrics token and graceful shutdown', () => {
  let t: TestApp;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp({ REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', METRICS_TOKEN: 'metrics-token-0123456789' });
    await t.app.listen(0, '127.0.0.1');
    server = t.app.getHttpServer();
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => t.close());

  it('should check Redis when REDIS_URL is set', async () => {
    const ready = await request(server).get('/health/ready').expect(200);
    expect(ready.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' }, searchIndex: { status: 'up' } });
  });

  it('should require METRICS_TOKEN for /metrics when it is set', async () => {
    const refused = await request(server).get('/metrics').expect(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await request(server).get('/metrics').set('Authorization', 'Bearer wrong').expect(401);
    const ok = await request(server).get('/metrics').set('Authorization', 'Bearer metrics-token-0123456789').expect(200);
    expect(ok.text).toContain('jiebang_http_requests_total');
  });

  it('should cut requests still running when the shutdown timeout passes', async () => {
    // A server whose one request never ends.
    const hanging = createHttpServer(() => undefined);
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
    const stuck = await startRequest((hanging.address() as { port: number }).port, '{}', 2);
    const started = Date.now();
    expect(await drainHttpServer(hanging, 200)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1500);
    await stuck.response; // the connection was closed
  });

  it('should stop accepting connections on shutdown and still finish the request in flight', async () => {
    const inFlight = await startRequest(port, '{"query":"query InFlight { __typename }"}', 10);
    const drained = drainHttpServer(server, 5000);
    await expect(openConnection(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    inFlight.socket.write(inFlight.rest);
    const response = await inFlight.response;
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain('"__typename":"Query"');
    expect(await drained).toBe(true);
  });
});

/** A raw HTTP request whose body is sent only in part: it stays in flight until `rest` is written. */
async function startRequest(port: number, body: string, sentChars: number): Promise<{ socket: Socket; rest: string; response: Promise<string> }> {
  const socket = await openConnection(port);
  let received = '';
  const response = new Promise<string>((resolve) => {
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('close', () => resolve(received));
  });
  socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, sentChars)}`);
  // Let the server read the headers, so that the request is in flight.
  await new Promise((r) => setTimeout(r, 100));
  return { socket, rest: body.slice(sentChars), response };
}

function openConnection(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('operations: configuration', () => {
  it('should default LOG_LEVEL to info, silent under NODE_ENV=test, and refuse an unknown level', () => {
    expect(loadConfig({}).logLevel).toBe('info');
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
  });

  it('should read SHUTDOWN_TIMEOUT_MS as whole milliseconds (default 10 s)', () => {
    expect(loadConfig({}).shutdownTimeoutMs).toBe(10_000);
    expect(loadConfig({ SHUTDOWN_TIMEOUT_MS: '2500' }).shutdownTimeoutMs).toBe(2500);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: '1.5s' })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
  });
});

/**
 * A TCP relay in front of PostgreSQL: stopping it is the database going away for the app (its pooled
 * connections drop, new ones are refused); starting it again on the same port brings it back.
 */
async function relay(host: string, port: number) {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(port, host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => [client, upstream].forEach((x) => x.destroy()));
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (at: number) => new Promise<void>((resolve, reject) => server.once('error', reject).listen(at, '127.0.0.1', () => resolve()));
  await listen(0);
  const at = (server.address() as { port: number }).port;
  return {
    port: at,
    start: () => (server.listening ? Promise.resolve() : listen(at)),
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        sockets.forEach((s) => s.destroy());
      }),
  };
}

describe('operations: readiness on PostgreSQL while the database is stopped', () => {
  const target = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  const schema = `ops_${process.pid}_${Date.now()}`;
  const onTarget = async (sql: string) => {
    const ds = await new DataSource({ type: 'postgres', url: target.toString() }).initialize();
    try {
      await ds.query(sql);
    } finally {
      await ds.destroy();
    }
  };
  let db: Awaited<ReturnType<typeof relay>>;
  let t: TestApp;
  beforeAll(async () => {
    await onTarget(`CREATE SCHEMA "${schema}"`);
    db = await relay(target.hostname, Number(target.port || 5432));
    const viaRelay = new URL(target.toString());
    viaRelay.host = `127.0.0.1:${db.port}`;
    t = await createTestApp({ DATABASE_URL: viaRelay.toString(), DATABASE_SCHEMA: schema });
  });
  afterAll(async () => {
    await db.start();
    await t.close();
    await db.stop();
    await onTarget(`DROP SCHEMA "${schema}" CASCADE`);
  });

  it('should answer ready 503 (database down) and live 200 while PostgreSQL is unreachable, and recover', async () => {
    const server = t.app.getHttpServer();
    await request(server).get('/health/ready').expect(200);
    await db.stop();
    const down = await request(server).get('/health/ready').expect(503);
    expect(down.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } }, info: { searchIndex: { status: 'up' } } });
    await request(server).get('/health/live').expect(200);
    await db.start();
    await request(server).get('/health/ready').expect(200);
  });
});
