import { Redis } from 'ioredis';
import request from 'supertest';
import { ADMIN_ENV, Account, LOGIN, REGISTER, loginAdmin, registerEnterprise, tableCounts } from '../setup/fixtures';
import { createTestApp, Gql, TestApp } from '../setup/test-app';

const LIMITS = { RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_AUTH: '5/1m', RATE_LIMIT_MUTATIONS: '8/1m', RATE_LIMIT_MUTATIONS_PER_IP: '1000/1m', RATE_LIMIT_IMPORTS: '2/10m' };

describe('rate limits on login, register, imports and every mutation', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    t = await createTestApp({ ...ADMIN_ENV, ...LIMITS, RATE_LIMIT_AUTH: '1000/1m' });
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());

  it('should trip the per-IP login limit with RATE_LIMITED and a retry time, and reset after the window', async () => {
    const strict = await createTestApp({ ...ADMIN_ENV, ...LIMITS });
    try {
      const anon = new Gql(strict.app);
      const attempt = () => anon.raw(LOGIN, { email: 'nobody@example.com', password: 'wrong-password-1' });
      for (let i = 0; i < 5; i++) expect((await attempt()).errors?.[0].extensions.code).not.toBe('RATE_LIMITED');
      const limited = await attempt();
      expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 5 });
      expect(limited.errors?.[0].extensions.retryAfter).toBeGreaterThan(0);
      expect(limited.errors?.[0].message).toMatch(/登录和注册.*秒后再试/);
      // Register shares the count: it is refused too, and nothing is written.
      const before = await tableCounts(strict);
      const input = { email: 'new@example.com', password: 'a-good-password-1', name: '张三', role: 'RESEARCHER' };
      expect((await anon.fails(REGISTER, { input })).code).toBe('RATE_LIMITED');
      expect(await tableCounts(strict)).toEqual(before);
      strict.clock.advance(61_000);
      expect((await attempt()).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await strict.close();
    }
  });

  it('should count every mutation of one account together, and not count queries', async () => {
    const ent = await registerEnterprise(t);
    const update = `mutation { markNotificationsRead }`;
    for (let i = 0; i < 20; i++) await ent.gql.ok(`{ me { id } }`);
    const codes: string[] = [];
    for (let i = 0; i < 9; i++) codes.push((await ent.gql.raw(update)).errors?.[0]?.extensions.code ?? 'OK');
    expect(codes.slice(0, 8).every((c) => c !== 'RATE_LIMITED')).toBe(true);
    expect(codes[8]).toBe('RATE_LIMITED');
    // Another account is not affected.
    const other = await registerEnterprise(t);
    expect((await other.gql.raw(update)).errors?.[0]?.extensions.code).not.toBe('RATE_LIMITED');
    t.clock.advance(61_000);
    expect((await ent.gql.raw(update)).errors?.[0]?.extensions.code).not.toBe('RATE_LIMITED');
  });

  it('should limit imports per account and set Retry-After', async () => {
    const file = { name: 'demands.csv', contentBase64: Buffer.from('not,a,list\n').toString('base64') };
    const importOnce = () =>
      request(t.app.getHttpServer())
        .post('/graphql')
        .set('Authorization', `Bearer ${(admin.gql as unknown as { token: string }).token}`)
        .send({ query: `mutation($file: ImportFileInput!) { importDemands(file: $file, list: "限流测试") { created } }`, variables: { file } });
    await importOnce();
    await importOnce();
    const third = await importOnce();
    expect(third.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(third.headers['retry-after-imports'])).toBeGreaterThan(0);
  });

  it('should share counts between instances through Redis (REDIS_URL)', async () => {
    const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    const redis = new Redis(url);
    const stale = await redis.keys('jiebang:rate:auth:*');
    if (stale.length) await redis.del(...stale);
    await redis.quit();
    const a = await createTestApp({ ...LIMITS, REDIS_URL: url });
    const b = await createTestApp({ ...LIMITS, REDIS_URL: url });
    try {
      const login = (x: TestApp) => new Gql(x.app).raw(LOGIN, { email: 'nobody@example.com', password: 'wrong-password-1' });
      for (let i = 0; i < 5; i++) expect((await login(i % 2 ? a : b)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await login(a)).errors?.[0].extensions.code).toBe('RATE_LIMITED');
      expect((await login(b)).errors?.[0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      await a.close();
      await b.close();
    }
  });
});
