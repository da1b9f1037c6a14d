import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeedingService } from '../../src/modules/seeding/seeding.service';
import { LOGIN, tableCounts } from '../setup/fixtures';
import { createTestApp, Gql, TestApp } from '../setup/test-app';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../seeds/lists.json'), 'utf8'));
const JIAXING = '嘉兴市2022年企业关键技术需求榜单';
const COUNT = `query($filter: DemandFilterInput) { demands(filter: $filter) { totalCount } }`;

describe('seed data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SEED: 'true' });
  }, 120_000);
  afterAll(() => t.close());

  it('should hold the Jiaxing 2022 list: 358 demands, 143 of them taken', async () => {
    const anon = new Gql(t.app);
    const count = async (filter: Record<string, unknown>) => (await anon.ok(COUNT, { filter })).demands.totalCount;
    expect(await count({ list: JIAXING })).toBe(358);
    expect(await count({ list: JIAXING, statuses: ['TAKEN', 'IN_PROGRESS', 'ACCEPTED'] })).toBe(143);
    expect(await count({ list: JIAXING, statuses: ['UNTAKEN'] })).toBe(215);
    const taken = (await anon.ok(`{ demand(code: "JX-2022-001") { status } }`)).demand;
    expect(['UNTAKEN', 'TAKEN', 'IN_PROGRESS', 'ACCEPTED']).toContain(taken.status);
  });

  it('should report the Jiaxing 2022 programme as a bureau knows it: 358 published, 143 taken, 39.9%', async () => {
    const account = manifest.demoAccounts.find((a: { role: string }) => a.role === 'ADMIN');
    const token = (await new Gql(t.app).ok(LOGIN, { email: account.email, password: manifest.demoPassword })).login.token;
    const { statistics } = await new Gql(t.app, token).ok(
      `query($f: StatisticsFilter) { statistics(filter: $f) { published taken takeRate untaken funnel { published taken } byList { key published taken takeRate } } }`,
      { f: { list: JIAXING } },
    );
    expect(statistics).toMatchObject({ published: 358, taken: 143, takeRate: 0.399, untaken: 215, funnel: { published: 358, taken: 143 } });
    expect(statistics.byList).toEqual([{ key: JIAXING, published: 358, taken: 143, takeRate: 0.399 }]);
  });

  it('should load every list, about 2,000 talents, competing bids and dated histories', async () => {
    const anon = new Gql(t.app);
    const lists = (await anon.ok(`{ demandLists { items { name } } }`)).demandLists.items.map((l: { name: string }) => l.name);
    expect(lists.sort()).toEqual(manifest.lists.map((l: { name: string }) => l.name).sort());
    expect((await anon.ok(`{ talents { totalCount } }`)).talents.totalCount).toBe(2000 + 1); // and the demo researcher
    const counts = await tableCounts(t);
    expect(counts.bid).toBeGreaterThan(143 + 300);
    const accepted = (await anon.ok(`{ demands(filter: { list: "${JIAXING}", statuses: [ACCEPTED] }, page: { limit: 1 }) { items { history { action at } } } }`)).demands.items[0];
    expect(accepted.history.map((h: { action: string }) => h.action)).toEqual(['import', 'take', 'start', 'accept']);
    expect(accepted.history[0].at.slice(0, 4)).toBe('2022');
    expect(await new Gql(t.app).ok(COUNT, { filter: { statuses: ['PUBLISHED'] } })).toMatchObject({ demands: { totalCount: expect.any(Number) } });
  });

  it('should create one demo account per role, the enterprise one inside a seeded enterprise', async () => {
    for (const account of manifest.demoAccounts) {
      const data = await new Gql(t.app).ok(LOGIN, { email: account.email, password: manifest.demoPassword });
      expect(data.login.user.role).toBe(account.role);
    }
    const ent = (await new Gql(t.app).ok(LOGIN, { email: 'enterprise@demo.jiebang.cn', password: manifest.demoPassword })).login.token;
    const mine = (await new Gql(t.app, ent).ok(`{ me { organization { id } } demand(code: "JX-2022-001") { organization { id } } }`));
    expect(mine.me.organization.id).toBe(mine.demand.organization.id);
  });

  it('should change nothing when seeded again', async () => {
    const before = await tableCounts(t);
    const summary = await t.app.get(SeedingService).seed();
    expect(summary).toMatchObject({ talents: 0, demands: 0, bids: 0, accounts: 0 });
    expect(await tableCounts(t)).toEqual(before);
  });

  it('should complete at start-up a seed that was cut short, and leave a finished one alone', async () => {
    const runs = () => t.dataSource.query(`SELECT started_at AS "startedAt", finished_at AS "finishedAt" FROM seed_run ORDER BY started_at`);
    const done = await runs();
    expect(done.every((r: { finishedAt: string | null }) => r.finishedAt)).toBe(true);
    await t.app.get(SeedingService).onApplicationBootstrap();
    expect(await runs()).toHaveLength(done.length);
    // A server killed while it seeded leaves its run unfinished; the next start runs the seed again.
    await t.dataSource.query(`INSERT INTO seed_run (id, started_at, finished_at) VALUES ('cut-short', '${new Date().toISOString()}', NULL)`);
    const before = await tableCounts(t);
    await t.app.get(SeedingService).onApplicationBootstrap();
    const after = await runs();
    // The cut-short run stays as it was; a new one ran to its end.
    expect(after).toHaveLength(done.length + 2);
    expect(after.filter((r: { finishedAt: string | null }) => r.finishedAt)).toHaveLength(done.length + 1);
    // Nothing was missing here, so the upserts changed nothing.
    expect(await tableCounts(t)).toEqual(before);
  });

  it('should create no demo accounts in production', async () => {
    const prod = await createTestApp({ SEED: 'true', NODE_ENV: 'production' });
    try {
      const err = await new Gql(prod.app).fails(LOGIN, { email: manifest.demoAccounts[0].email, password: manifest.demoPassword });
      expect(err.code).toBe('UNAUTHENTICATED');
      expect((await tableCounts(prod)).demand).toBeGreaterThan(400);
    } finally {
      await prod.close();
    }
  }, 120_000);
});
