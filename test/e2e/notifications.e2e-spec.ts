import { AddressInfo } from 'node:net';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { addDays } from '../../src/common/time/china-dates';
import { ADMIN_ENV, Account, bid, createDemand, loginAdmin, moveBid, moveDemand, publishedDemand, registerEnterprise, registerResearcher } from '../setup/fixtures';
import { createTestApp, Gql, TestApp } from '../setup/test-app';

const INBOX = `query($unread: Boolean) { notifications(unreadOnly: $unread, page: { limit: 50 }) { totalCount unreadCount items { id kind title demandId } } }`;
const PROFILE = `mutation($id: ID!, $input: UpdateTalentInput!) { updateTalent(id: $id, input: $input) { id } }`;
const ALERTS = `mutation($a: AlertMode!) { setAlertMode(alerts: $a) { alerts } }`;

interface Sub<T> {
  next(): Promise<T>;
  closed: Promise<{ code: number }>;
}

describe('notifications and subscriptions', () => {
  let t: TestApp;
  let admin: Account;
  let url: string;
  const clients: Client[] = [];
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await loginAdmin(t);
    await t.app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await t.close();
  });

  /** A real graphql-ws client over a real WebSocket; `next()` waits for the next event. */
  function subscribe<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Sub<T> {
    let closedWith!: (e: { code: number }) => void;
    const closed = new Promise<{ code: number }>((r) => (closedWith = r));
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      on: { closed: (e) => closedWith(e as { code: number }) },
    });
    clients.push(client);
    const queue: T[] = [];
    const waiting: ((v: T) => void)[] = [];
    client.subscribe<T>({ query, variables }, {
      next: (v) => (waiting.length ? waiting.shift()!(v.data as T) : queue.push(v.data as T)),
      error: () => undefined,
      complete: () => undefined,
    });
    return { next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise<T>((r) => waiting.push(r))), closed };
  }
  const tokenOf = (a: Account) => (a.gql as unknown as { token: string }).token;

  it('should push a new bid to the enterprise and a status change to a demand’s subscribers over graphql-ws', async () => {
    const ent = await registerEnterprise(t);
    const researcher = await registerResearcher(t);
    const demand = await publishedDemand(ent, admin);
    const inbox = subscribe<{ myNotifications: { kind: string; title: string; demandId: string } }>(tokenOf(ent), `subscription { myNotifications { kind title demandId } }`);
    const updates = subscribe<{ demandUpdated: { id: string; status: string } }>(tokenOf(researcher), `subscription($id: ID!) { demandUpdated(id: $id) { id status } }`, { id: demand.id });
    await new Promise((r) => setTimeout(r, 200)); // let both sockets subscribe

    const b = await bid(researcher, demand.id);
    expect(await inbox.next()).toEqual({ myNotifications: { kind: 'NEW_BID', title: `「${demand.title}」收到新的揭榜申请`, demandId: demand.id } });
    await ent.gql.ok(moveBid('awardBid'), { id: b.id });
    let update = await updates.next();
    while (update.demandUpdated.status !== 'TAKEN') update = await updates.next();
    expect(update).toEqual({ demandUpdated: { id: demand.id, status: 'TAKEN' } });

    // The researcher's inbox has the outcome; reading marks it.
    const mine = (await researcher.gql.ok(INBOX)).notifications;
    expect(mine.items.map((n: { kind: string; title: string }) => [n.kind, n.title])).toContainEqual(['BID_STATUS', `您对「${demand.title}」的揭榜：中榜（挂帅）`]);
    expect(mine.unreadCount).toBeGreaterThan(0);
    expect((await researcher.gql.ok(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [mine.items[0].id] })).markNotificationsRead).toBe(1);
    expect((await researcher.gql.ok(INBOX)).notifications.unreadCount).toBe(mine.unreadCount - 1);
    await researcher.gql.ok(`mutation { markNotificationsRead }`);
    expect((await researcher.gql.ok(INBOX, { unread: true })).notifications).toMatchObject({ totalCount: 0, unreadCount: 0 });
  });

  it('should refuse a socket with a bad token and a subscription to a demand the caller may not read', async () => {
    const bad = subscribe<unknown>('not-a-token', `subscription { myNotifications { kind } }`);
    expect((await bad.closed).code).toBe(4403);
    const ent = await registerEnterprise(t);
    const draft = await createDemand(ent);
    const outsider = await registerResearcher(t);
    const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${tokenOf(outsider)}` } });
    clients.push(client);
    const errors = await new Promise<readonly { message: string }[]>((resolve) =>
      client.subscribe({ query: `subscription($id: ID!) { demandUpdated(id: $id) { id } }`, variables: { id: draft.id } }, { next: () => undefined, error: (e) => resolve(e as { message: string }[]), complete: () => undefined }),
    );
    expect(errors[0].message).toBe(`需求 ${draft.id} 不存在`);
  });

  it('should reach a subscriber and the search index of another instance through Redis (REDIS_URL)', async () => {
    const redis = { REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' };
    const a = await createTestApp({ ...ADMIN_ENV, ...redis });
    // Instance b shares a's database and Redis, as two replicas behind a load balancer would.
    const b = await createTestApp({ ...ADMIN_ENV, ...redis, DATABASE_PATH: a.config.databasePath, ...(a.config.databaseSchema ? { DATABASE_SCHEMA: a.config.databaseSchema } : {}) });
    try {
      await b.app.listen(0, '127.0.0.1');
      const bUrl = `ws://127.0.0.1:${(b.app.getHttpServer().address() as AddressInfo).port}/graphql`;
      const adminA = await loginAdmin(a);
      const ent = await registerEnterprise(a);
      const researcher = await registerResearcher(a);
      const demand = await publishedDemand(ent, adminA);
      const client = createClient({ url: bUrl, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${tokenOf(ent)}` } });
      clients.push(client);
      const received = new Promise<{ kind: string; demandId: string; createdAt: string }>((resolve) =>
        client.subscribe<{ myNotifications: { kind: string; demandId: string; createdAt: string } }>(
          { query: `subscription { myNotifications { kind demandId createdAt } }` },
          { next: (v) => resolve(v.data!.myNotifications), error: () => undefined, complete: () => undefined },
        ),
      );
      await new Promise((r) => setTimeout(r, 300));
      await bid(researcher, demand.id); // on instance a
      const n = await received;
      expect(n).toMatchObject({ kind: 'NEW_BID', demandId: demand.id });
      expect(Number.isNaN(Date.parse(n.createdAt))).toBe(false);

      // b's search index hears of a's changes: a demand published on a is found on b.
      const fresh = await publishedDemand(ent, adminA, { title: '跨实例可检索的钙钛矿叠层电池需求', keywords: ['钙钛矿', '叠层电池'] });
      const SEARCH = `query($q: String!) { search(query: $q, kind: DEMAND) { items { id } } }`;
      const found = async () => (await new Gql(b.app).ok(SEARCH, { q: '钙钛矿叠层电池' })).search.items.some((i: { id: string }) => i.id === fresh.id);
      const deadline = Date.now() + 5000;
      while (!(await found()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await found()).toBe(true);
    } finally {
      await b.close();
      await a.close();
    }
  });

  it('should alert researchers who rank in a new demand’s top 10, as each chose: at once, weekly, or not at all', async () => {
    const ent = await registerEnterprise(t);
    const profile = { fields: ['有机硅灌封胶', '导热填料表面改性'], keywords: ['灌封胶', '导热', '硅烷偶联剂'], bio: '长期从事有机硅导热灌封材料研究' };
    const [instant, weekly, muted] = [await registerResearcher(t), await registerResearcher(t), await registerResearcher(t)];
    for (const r of [instant, weekly, muted]) await r.gql.ok(PROFILE, { id: r.talentId, input: profile });
    await weekly.gql.ok(ALERTS, { a: 'WEEKLY_DIGEST' });
    expect((await muted.gql.ok(ALERTS, { a: 'MUTED' })).setAlertMode.alerts).toBe('MUTED');

    const d = await publishedDemand(ent, admin, { title: '高导热有机硅灌封胶开发', keywords: ['灌封胶', '导热', '有机硅'], deadline: addDays(t.clock.today(), 30) });
    const kinds = async (r: Account) => (await r.gql.ok(INBOX)).notifications.items.filter((n: { demandId: string }) => n.demandId === d.id).map((n: { kind: string }) => n.kind);
    expect(await kinds(instant)).toEqual(['MATCHED_DEMAND']);
    expect(await kinds(weekly)).toEqual([]);
    expect(await kinds(muted)).toEqual([]);

    // The weekly digest goes out on Monday (China time) with the deadline job.
    while (new Date(Date.parse(`${t.clock.today()}T00:00:00Z`)).getUTCDay() !== 1) t.clock.advance(86_400_000);
    await admin.gql.ok(`mutation { runDeadlineJob { closed } }`);
    const digest = (await weekly.gql.ok(INBOX)).notifications.items.filter((n: { kind: string }) => n.kind === 'DIGEST');
    expect(digest).toHaveLength(1);
    expect(digest[0].title).toBe('本周为您推荐的 1 项新需求');
    await admin.gql.ok(`mutation { runDeadlineJob { closed } }`);
    expect((await weekly.gql.ok(INBOX)).notifications.items.filter((n: { kind: string }) => n.kind === 'DIGEST')).toHaveLength(1);
    expect(await kinds(muted)).toEqual([]);
    await ent.gql.ok(moveDemand('withdrawDemand'), { id: d.id });
  });
});
