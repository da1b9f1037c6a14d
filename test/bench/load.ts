// npm run bench:load: the service under a mixed workload on loopback, against a bare Node HTTP
// server in the same run. The app runs in its own process (built dist/main.js, else ts-node) on a
// freshly seeded SQLite file; autocannon drives it from this process. Phases:
//   1. bare: a Node http server answering a small JSON, 50 connections (the ratio's denominator);
//   2. demands page alone: anonymous demands(page: {limit: 20}) with organizations and bid counts, 50 connections;
//   3. mixed, 50 connections in all: anonymous browsing and search, researchers bidding
//      (8 researchers: submitBid then withdrawBid, again and again), enterprises reading matchTalents, an admin on statistics.
// Then every acknowledged bid is looked up in the database (lost writes). BENCH_DURATION (seconds, default 10)
// is the mixed phase; the two others last min(BENCH_DURATION, 10). The last line is one JSON object.
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const SHORT = Math.min(DURATION, 10);
const CONNECTIONS = 50;
const DEMO_PASSWORD = 'jiebang-demo-2026';
const ROOT = resolve(__dirname, '../..');

const DEMANDS_PAGE = `{ demands(page: { limit: 20 }) { totalCount items { id code title status budget deadline organization { id name } bidCount } } }`;
const SEARCH = `{ search(kind: DEMAND, query: "新材料 工艺", page: { limit: 10 }) { totalCount items { id score snippet } } }`;
const MATCH = `query($id: ID!) { matchTalents(demandId: $id, first: 10) { score talent { id name } } }`;
const STATISTICS = `{ statistics { published taken takeRate bidsPerDemand byIndustry { key published taken } } }`;
const SUBMIT_BID = `mutation($input: SubmitBidInput!) { submitBid(input: $input) { id } }`;
const WITHDRAW_BID = `mutation($id: ID!) { withdrawBid(id: $id) { id } }`;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'jiebang-load-'));
  const dbPath = join(dir, 'load.sqlite');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = startApp(port, dbPath);
  try {
    await waitForApp(url);
    const world = await prepare(url);
    const bare = await bareServer();
    const bareRun = await run({ url: bare.url, method: 'POST', body: '{"query":"{ ok }"}', connections: CONNECTIONS, duration: SHORT });
    bare.close();
    const demandsAlone = await run(gql(url, DEMANDS_PAGE, undefined, CONNECTIONS, SHORT));
    const acknowledged: string[] = [];
    const mixed = await Promise.all([
      run(gql(url, DEMANDS_PAGE, undefined, 25, DURATION)),
      run(gql(url, SEARCH, undefined, 10, DURATION)),
      run({ ...gql(url, MATCH, world.enterpriseToken, 5, DURATION, { id: world.ownDemandId }) }),
      run(gql(url, STATISTICS, world.adminToken, 2, DURATION)),
      bidding(url, world.pairs, DURATION, acknowledged),
    ]);
    await stopApp(server);
    const db = new Database(dbPath, { readonly: true });
    const stored = new Set((db.prepare('SELECT id FROM bid').all() as { id: string }[]).map((r) => r.id));
    db.close();
    const lost = acknowledged.filter((id) => !stored.has(id)).length;
    const names = ['demands page', 'search', 'matchTalents', 'statistics', 'submitBid+withdrawBid'];
    const report = {
      seconds: DURATION,
      bare: { reqPerSec: bareRun.reqPerSec },
      demandsAlone: { ...demandsAlone, ratioToBare: round(demandsAlone.reqPerSec / bareRun.reqPerSec, 3) },
      mixed: Object.fromEntries(mixed.map((r, i) => [names[i], r])),
      mixedReqPerSec: round(mixed.reduce((s, r) => s + r.reqPerSec, 0), 1),
      errors: [demandsAlone, ...mixed].reduce((s, r) => s + r.errors, 0),
      bidsAcknowledged: acknowledged.length,
      lostWrites: lost,
      targets: {
        demandsP99le50ms: demandsAlone.p99 <= 50,
        throughputGe25pctOfBare: demandsAlone.reqPerSec >= 0.25 * bareRun.reqPerSec,
        zeroErrors: [demandsAlone, ...mixed].every((r) => r.errors === 0),
        zeroLostWrites: lost === 0,
      },
    };
    console.log(`bare Node http: ${bareRun.reqPerSec} req/s`);
    console.log(`demands page alone (${CONNECTIONS} connections): ${demandsAlone.reqPerSec} req/s (${report.demandsAlone.ratioToBare} of bare), p50 ${demandsAlone.p50} ms, p99 ${demandsAlone.p99} ms`);
    for (const [name, r] of Object.entries(report.mixed)) console.log(`mixed ${name}: ${r.reqPerSec} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}`);
    console.log(`bids acknowledged ${acknowledged.length}, lost ${lost}`);
    console.log(JSON.stringify(report));
    if (!Object.values(report.targets).every(Boolean)) process.exitCode = 1;
  } finally {
    if (server.exitCode === null) await stopApp(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Figures {
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** The first failed answer, to say what went wrong. */
  firstError?: string;
}

/**
 * Researchers bidding: each of the pairs' workers bids as its researcher on its demand and withdraws,
 * again and again (a live bid per talent and demand), one request at a time, timing every answer.
 */
async function bidding(url: string, pairs: { token: string; demandId: string }[], seconds: number, acknowledged: string[]): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const until = Date.now() + seconds * 1000;
  const post = async (token: string, query: string, variables: object) => {
    const t = performance.now();
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    latencies.push(performance.now() - t);
    if (!res.ok || body.errors) {
      errors++;
      firstError ??= `${res.status} ${JSON.stringify(body).slice(0, 300)}`;
    }
    return body.data;
  };
  await Promise.all(
    pairs.map(async ({ token, demandId }) => {
      while (Date.now() < until) {
        const input = { demandId, proposal: '团队拟分三阶段完成中试验证并交付样品。', quote: 300, durationMonths: 12, teamMembers: ['张三 教授'] };
        const id = (await post(token, SUBMIT_BID, { input }))?.submitBid?.id;
        if (!id) continue;
        acknowledged.push(id);
        await post(token, WITHDRAW_BID, { id });
      }
    }),
  );
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { reqPerSec: round(latencies.length / seconds, 1), p50: at(0.5), p99: at(0.99), requests: latencies.length, errors, ...(firstError ? { firstError } : {}) };
}

/** One autocannon run; errors are socket errors, non-2xx answers and GraphQL errors in bodies. */
function run(opts: autocannon.Options): Promise<Figures> {
  let gqlErrors = 0;
  let firstError: string | undefined;
  const requests = (opts.requests ?? [{ method: opts.method, body: opts.body, headers: opts.headers }]).map((r: any) => ({
    ...r,
    onResponse: (status: number, body: string, ctx: unknown) => {
      if (status !== 200 || body.includes('"errors"')) {
        if (status === 200) gqlErrors++;
        firstError ??= `${status} ${body.slice(0, 300)}`;
      }
      r.onResponse?.(status, body, ctx);
    },
  }));
  return new Promise((done, fail) =>
    autocannon({ ...opts, requests }, (err, r) => {
      if (err) return fail(err);
      done({ reqPerSec: round(r.requests.average, 1), p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, errors: r.errors + r.non2xx + r.timeouts + gqlErrors, ...(firstError ? { firstError } : {}) });
    }),
  );
}

function gql(url: string, query: string, token: string | undefined, connections: number, duration: number, variables?: object): autocannon.Options {
  return {
    url: `${url}/graphql`,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  };
}

/** Demo accounts, the enterprise's own demand, and (researcher, open demand) pairs for bidding. */
async function prepare(url: string) {
  const call = async (query: string, variables: object = {}, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(`setup failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const login = async (email: string) => (await call(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: DEMO_PASSWORD })).login.token as string;
  const adminToken = await login('admin@demo.jiebang.cn');
  const enterpriseToken = await login('enterprise@demo.jiebang.cn');
  const ownDemandId = (await call(`{ demand(code: "JX-2022-001") { id } }`)).demand.id as string;
  const deadline = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
  const pairs: { token: string; demandId: string }[] = [];
  for (let i = 0; i < 8; i++) {
    const d = (
      await call(
        `mutation($input: CreateDemandInput!) { createDemand(input: $input) { id } }`,
        { input: { title: `负载测试需求${i}：耐高温薄膜连续化制备`, description: '需开发化学亚胺化与双向拉伸协同的连续化工艺，满足柔性显示客户要求。', industry: '新材料', region: '浙江省嘉兴市南湖区', keywords: ['薄膜'], budget: 500, deadline } },
        enterpriseToken,
      )
    ).createDemand.id as string;
    await call(`mutation($id: ID!) { submitDemand(id: $id) { id } }`, { id: d }, enterpriseToken);
    await call(`mutation($id: ID!) { approveDemand(id: $id) { id } }`, { id: d }, adminToken);
    const token = (
      await call(`mutation($input: RegisterInput!) { register(input: $input) { token } }`, {
        input: { email: `load-${i}-${Date.now()}@example.cn`, password: 'password-123', name: `负载研究员${i}`, role: 'RESEARCHER', organizationName: '浙江大学', region: '浙江省杭州市' },
      })
    ).register.token as string;
    pairs.push({ token, demandId: d });
  }
  return { adminToken, enterpriseToken, ownDemandId, pairs };
}

function startApp(port: number, dbPath: string): ChildProcess {
  const built = join(ROOT, 'dist/main.js');
  const args = existsSync(built) ? [built] : ['-r', 'ts-node/register/transpile-only', join(ROOT, 'src/main.ts')];
  return spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: dbPath, SEED: 'true', NODE_ENV: 'development', RATE_LIMIT_ENABLED: 'false', SCHEDULER: 'false', JWT_SECRET: 'load-bench-secret-0123456789', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitForApp(url: string) {
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ demands(page: { limit: 1 }) { totalCount } }"}' });
      if (res.ok && ((await res.json()) as any).data?.demands.totalCount > 0) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the app did not start within 180 s');
}

function stopApp(p: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (p.exitCode !== null) return done();
    p.once('exit', () => done());
    p.kill('SIGTERM');
  });
}

/** The denominator: the least a Node HTTP server does for a POST with a JSON answer, in its own process. */
async function bareServer(): Promise<{ url: string; close: () => void }> {
  const port = await freePort();
  const code = `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => { s.setHeader('content-type', 'application/json'); s.end('{"data":{"ok":true}}'); }); }).listen(${port}, '127.0.0.1', () => console.log('up'))`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((r) => child.stdout!.once('data', r));
  return { url: `http://127.0.0.1:${port}`, close: () => child.kill('SIGTERM') };
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => done(port));
    });
  });
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
