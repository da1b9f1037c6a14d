import request from 'supertest';
import { Account, bid, loginAdmin, publishedDemand, registerEnterprise, registerResearcher, ADMIN_ENV } from '../setup/fixtures';
import { createTestApp, TestApp } from '../setup/test-app';

const PAGE = `{ demands(page: { limit: 20 }) { totalCount items { id title organization { name } bidCount } } }`;

describe('response cache: anonymous queries answered from memory, never stale after a change', () => {
  let t: TestApp;
  let admin: Account;
  let enterprise: Account;
  let demandId: string;
  beforeAll(async () => {
    t = await createTestApp({ ...ADMIN_ENV, RESPONSE_CACHE_TTL_MS: '60000', INDEX_POLL_MS: '100' });
    admin = await loginAdmin(t);
    enterprise = await registerEnterprise(t);
    demandId = (await publishedDemand(enterprise, admin)).id;
  });
  afterAll(() => t.close());
  const anonymous = (query: string, headers: Record<string, string> = {}) => request(t.app.getHttpServer()).post('/graphql').set(headers).send({ query });
  const hits = async () => Number(/jiebang_response_cache_total\{result="hit"\} (\d+)/.exec((await request(t.app.getHttpServer()).get('/metrics')).text)?.[1] ?? 0);

  it('should replay the same answer with the security headers and a fresh request id', async () => {
    const first = await anonymous(PAGE, { 'X-Request-Id': 'cache-1' });
    const second = await anonymous(PAGE, { 'X-Request-Id': 'cache-2' });
    expect(first.headers['x-cache']).toBeUndefined();
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(second.headers['x-request-id']).toBe('cache-2');
    expect(second.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    expect(second.headers['content-type']).toMatch(/^application\/json/);
  });

  it('should drop every answer when a change commits: a new bid shows at once', async () => {
    const before = (await anonymous(PAGE)).body.data.demands.items.find((d: { id: string }) => d.id === demandId);
    expect((await anonymous(PAGE)).headers['x-cache']).toBe('hit');
    await bid(await registerResearcher(t), demandId);
    const after = await anonymous(PAGE);
    expect(after.headers['x-cache']).toBeUndefined();
    expect(after.body.data.demands.items.find((d: { id: string }) => d.id === demandId).bidCount).toBe(before.bidCount + 1);
  });

  it('should drop every answer when another process changes a row (found in the change log)', async () => {
    const title = () => anonymous(PAGE).then((r) => r.body.data.demands.items.find((d: { id: string }) => d.id === demandId).title as string);
    await title();
    await new Promise((r) => setTimeout(r, 300));
    expect((await anonymous(PAGE)).headers['x-cache']).toBe('hit');
    // Written on the database directly, as the CLI or another tool would: no event announces it.
    await t.dataSource.query(`UPDATE demand SET title = '外部改写的需求名称' WHERE id = '${demandId}'`);
    let seen = '';
    for (const until = Date.now() + 10_000; Date.now() < until && seen !== '外部改写的需求名称'; await new Promise((r) => setTimeout(r, 100))) seen = await title();
    expect(seen).toBe('外部改写的需求名称');
  });

  it('should never answer a signed-in caller, a mutation or an answer with errors from the cache', async () => {
    const token = (enterprise.gql as unknown as { token: string }).token;
    await anonymous(PAGE);
    const signedIn = await anonymous(PAGE, { Authorization: `Bearer ${token}` });
    expect(signedIn.headers['x-cache']).toBeUndefined();
    const login = `mutation { login(email: "nobody@example.cn", password: "wrong-password-1") { token } }`;
    await anonymous(login);
    expect((await anonymous(login)).headers['x-cache']).toBeUndefined();
    const invalid = '{ demands(page: { limit: 20 }) { items { nope } } }';
    await anonymous(invalid);
    const again = await anonymous(invalid);
    expect(again.headers['x-cache']).toBeUndefined();
    expect(again.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('should keep answers per Origin, since CORS headers differ', async () => {
    await anonymous(PAGE, { Origin: 'https://a.example.cn' });
    const other = await anonymous(PAGE, { Origin: 'https://b.example.cn' });
    expect(other.headers['x-cache']).toBeUndefined();
  });

  it('should run a query once for many identical requests arriving together', async () => {
    await bid(await registerResearcher(t), demandId); // empties the cache
    const before = await hits();
    const answers = await Promise.all(Array.from({ length: 20 }, () => anonymous(PAGE)));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect((await hits()) - before).toBeGreaterThanOrEqual(answers.filter((a) => a.headers['x-cache'] === 'hit').length);
    expect(answers.every((a) => a.status === 200)).toBe(true);
  });

  it('should answer malformed JSON with BAD_REQUEST, as without the cache', async () => {
    const res = await request(t.app.getHttpServer()).post('/graphql').set('Content-Type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(res.headers['x-request-id']).toBeDefined();
  });
});
