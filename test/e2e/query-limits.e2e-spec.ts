import { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';
import { ADMIN_ENV, Account, loginAdmin, publishedDemand, registerEnterprise, tableCounts } from '../setup/fixtures';
import { createTestApp, Gql, TestApp } from '../setup/test-app';

const DUPLICATES = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: demands(page: { limit: 100 }) { items { possibleDuplicates { similarity demand { id } } } }`).join(' ')} }`;

describe('query limits (cost, depth, aliases, tokens, batches)', () => {
  let t: TestApp;
  let admin: Account;
  let anon: Gql;
  let ent: Account;

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await loginAdmin(t);
    ent = await registerEnterprise(t);
    for (let i = 0; i < 3; i++) await publishedDemand(ent, admin, { title: `高温合金叶片精密铸造缺陷检测 ${i}` });
    anon = new Gql(t.app);
  });
  afterAll(() => t.close());

  it('should refuse the 30-alias duplicates query fast, naming the limit, with nothing executed', async () => {
    const started = Date.now();
    const e = await anon.fails(DUPLICATES(30));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(e.code).toBe('QUERY_TOO_COMPLEX');
    expect(e.extensions.limit).toBe(t.config.queryLimits.maxAliases);
    expect(e.message).toContain(`${t.config.queryLimits.maxAliases}`);
  });

  it('should cost list fields by their page size and refuse over budget with the cost and the limit', async () => {
    const e = await anon.fails(DUPLICATES(5));
    expect(e.code).toBe('QUERY_TOO_COMPLEX');
    expect(e.extensions.cost).toBeGreaterThan(t.config.queryLimits.maxCost);
    expect(e.extensions.limit).toBe(t.config.queryLimits.maxCost);
    expect(e.message).toContain(String(e.extensions.cost));
    // The same shape on a small page is within the budget and runs.
    const ok = await anon.ok(`{ demands(page: { limit: 20 }) { items { id possibleDuplicates { similarity } } } }`);
    expect(ok.demands.items).toHaveLength(3);
  });

  it('should charge ranking and statistics what they measure', async () => {
    const many = Array.from({ length: 10 }, (_, i) => `s${i}: statistics { funnel { published } }`).join(' ');
    const e = await admin.gql.fails(`{ ${many} }`);
    expect(e.code).toBe('QUERY_TOO_COMPLEX');
    expect((await admin.gql.raw(`{ statistics { funnel { published } } }`)).errors).toBeUndefined();
  });

  it('should refuse a nested query deeper than the limit, and a depth-21 possibleDuplicates chain', async () => {
    let chain = 'id';
    for (let i = 0; i < 21; i++) chain = `possibleDuplicates { demand { ${chain} } }`;
    const e = await anon.fails(`{ demands(page: { limit: 1 }) { items { ${chain} } } }`);
    expect(e.code).toBe('QUERY_TOO_COMPLEX');
    expect(e.extensions.limit).toBe(t.config.queryLimits.maxDepth);
  });

  it('should refuse 2,000 chained fragments while parsing, not with a 500', async () => {
    const fragments = Array.from({ length: 2000 }, (_, i) => `fragment F${i} on Demand { id ...F${i + 1} }`).join('\n');
    const res = await request(t.app.getHttpServer()).post('/graphql').send({ query: `{ demands { items { ...F0 } } }\n${fragments}\nfragment F2000 on Demand { id }` });
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('should refuse a batched (array) request', async () => {
    const res = await request(t.app.getHttpServer()).post('/graphql').send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('should give a subscription refused for a missing token and one over the limits an extensions.code', async () => {
    await t.app.listen(0, '127.0.0.1');
    const url = `ws://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
    const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
    const errorsOf = (query: string) =>
      new Promise<readonly { message: string; extensions?: { code?: string } }[]>((resolve) =>
        client.subscribe({ query }, { next: (v) => resolve((v.errors ?? []) as never), error: (e) => resolve(e as never), complete: () => undefined }),
      );
    try {
      const unsigned = await errorsOf(`subscription { myNotifications { kind } }`);
      expect(unsigned[0].extensions?.code).toBe('UNAUTHENTICATED');
      let deep = 'id';
      for (let i = 0; i < 10; i++) deep = `possibleDuplicates { demand { ${deep} } }`;
      const tooDeep = await errorsOf(`subscription { demandUpdated(id: "x") { ${deep} } }`);
      expect(tooDeep[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      const invalid = await errorsOf(`subscription { noSuchField }`);
      expect(invalid[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await client.dispose();
    }
  });

  it('should keep the README example session within the budget', async () => {
    const before = await tableCounts(t);
    const res = await ent.gql.raw(`{ me { id name organization { name } } demands(page: { limit: 20 }) { totalCount items { id code title status organization { name } bidCount } } }`);
    expect(res.errors).toBeUndefined();
    expect(await tableCounts(t)).toEqual(before);
  });
});
