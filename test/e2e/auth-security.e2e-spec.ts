import { JwtService } from '@nestjs/jwt';
import { randomBytes, scryptSync } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config/app-config';
import { User } from '../../src/modules/users/user.entity';
import { ADMIN_ENV, Account, LOGIN, REGISTER, createDemand, loginAdmin, registerEnterprise, tableCounts } from '../setup/fixtures';
import { createTestApp, Gql, TestApp } from '../setup/test-app';

const ME = `{ me { id disabled } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token user { id } } }`;
const DISABLE = `mutation($id: ID!, $d: Boolean!) { setUserDisabled(id: $id, disabled: $d) { id disabled } }`;
const PASSWORD = 'password-123';

const newAccount = (n: string) => ({ email: `sec-${n}@example.cn`, password: PASSWORD, name: '安全测试', role: 'ENTERPRISE', organizationName: `安全测试${n}有限公司` });
const hashOf = async (t: TestApp, email: string): Promise<string> => (await t.dataSource.getRepository(User).findOneByOrFail({ email })).passwordHash;

describe('passwords at OWASP scrypt parameters (SCRYPT_COST=17)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SCRYPT_COST: '17' });
  });
  afterAll(() => t.close());

  it('should hash new passwords at N=2^17, r=8, p=1 and rewrite an old N=2^15 hash at the next login', async () => {
    const anon = new Gql(t.app);
    const { email } = newAccount('new');
    await anon.ok(REGISTER, { input: newAccount('new') });
    expect(await hashOf(t, email)).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);

    // A hash as the service wrote it before: the same format at N=2^15.
    const salt = randomBytes(16);
    const key = scryptSync('an-old-password-1'.normalize('NFKC'), salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const old = ['scrypt', 2 ** 15, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
    await t.dataSource.getRepository(User).update({ email }, { passwordHash: old });

    expect((await anon.fails(LOGIN, { email, password: PASSWORD })).code).toBe('UNAUTHENTICATED');
    expect(await hashOf(t, email)).toBe(old);
    expect((await anon.ok(LOGIN, { email, password: 'an-old-password-1' })).login.token).toEqual(expect.any(String));
    const rewritten = await hashOf(t, email);
    expect(rewritten).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect((await anon.ok(LOGIN, { email, password: 'an-old-password-1' })).login.token).toEqual(expect.any(String));
    expect(await hashOf(t, email)).toBe(rewritten);
  });

  it('should refuse a cost below 17 outside tests', async () => {
    expect(() => loadConfig({ SCRYPT_COST: '15' })).toThrow(/SCRYPT_COST/);
    expect(loadConfig({ NODE_ENV: 'test', SCRYPT_COST: '10' }).scryptCost).toBe(10);
    expect(loadConfig({}).scryptCost).toBe(17);
  });
});

describe('auth security', () => {
  let t: TestApp;
  let admin: Account;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await loginAdmin(t);
    await t.app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => t.close());

  const tokenOf = (a: Account) => a.gql.token!;

  /** The close code of a graphql-ws connection made with this token (4403: refused at connect). */
  async function socketCloseCode(token: string): Promise<number | 'open'> {
    const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, connectionParams: { authorization: `Bearer ${token}` } });
    try {
      return await new Promise<number | 'open'>((resolve) => {
        client.on('connected', () => resolve('open'));
        client.on('closed', (e) => resolve((e as { code: number }).code));
      });
    } finally {
      await client.dispose();
    }
  }

  describe('password policy', () => {
    it('should refuse weak passwords on register naming the field, with nothing written', async () => {
      const anon = new Gql(t.app);
      const before = await tableCounts(t);
      for (const password of ['short-1', 'abcdefghijkl', '12345678901', 'sec-weak2026!', 'aaaaaaaaaa1']) {
        const err = await anon.fails(REGISTER, { input: { ...newAccount('weak'), password } });
        expect(err).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'password', reason: 'WEAK_PASSWORD' } });
        expect(err.message).toMatch(/^password：密码/);
      }
      expect(await tableCounts(t)).toEqual(before);
    });

    it('should accept the demo password and mixed passwords', async () => {
      const anon = new Gql(t.app);
      await anon.ok(REGISTER, { input: { ...newAccount('demo'), password: 'jiebang-demo-2026' } });
      await anon.ok(REGISTER, { input: { ...newAccount('zh'), password: '揭榜挂帅平台密码2026' } });
    });

    it('should refuse a weak new password on changePassword, naming newPassword and changing nothing', async () => {
      const ent = await registerEnterprise(t, { email: 'sec-change-weak@example.cn' });
      const hash = await hashOf(t, 'sec-change-weak@example.cn');
      const err = await ent.gql.fails(CHANGE, { c: PASSWORD, n: 'sec-change-weak' });
      expect(err).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'newPassword', reason: 'WEAK_PASSWORD' } });
      expect(err.message).toContain('newPassword');
      expect((await ent.gql.fails(CHANGE, { c: PASSWORD, n: PASSWORD })).extensions.field).toBe('newPassword');
      expect(await hashOf(t, 'sec-change-weak@example.cn')).toBe(hash);
      expect((await ent.gql.ok(ME)).me.id).toBe(ent.userId);
      expect((await new Gql(t.app).fails(CHANGE, { c: PASSWORD, n: 'a-good-password-2' })).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('tokens', () => {
    it('should issue tokens with exp and refuse a token signed without exp', async () => {
      const ent = await registerEnterprise(t);
      const claims = new JwtService({ secret: t.config.jwtSecret }).verify<{ exp?: number; iat: number }>(tokenOf(ent));
      expect(claims.exp! - claims.iat).toBe(12 * 3600);
      const forever = new JwtService({ secret: t.config.jwtSecret }).sign({ sub: ent.userId, ver: 0 });
      expect(new JwtService({}).decode(forever).exp).toBeUndefined();
      const err = await new Gql(t.app, forever).fails(ME);
      expect(err).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('exp') });
      expect(await socketCloseCode(forever)).toBe(4403);
    });

    it('should revoke every earlier token when the password changes, on HTTP and graphql-ws', async () => {
      const email = 'sec-change@example.cn';
      const ent = await registerEnterprise(t, { email });
      const second = new Gql(t.app, (await new Gql(t.app).ok(LOGIN, { email, password: PASSWORD })).login.token);
      expect(await socketCloseCode(tokenOf(ent))).toBe('open');

      const wrong = await ent.gql.fails(CHANGE, { c: 'not-my-password-1', n: 'a-new-password-2' });
      expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'currentPassword' } });
      const changed = (await ent.gql.ok(CHANGE, { c: PASSWORD, n: 'a-new-password-2' })).changePassword;

      for (const old of [ent.gql, second]) {
        expect(await old.fails(ME)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('令牌已失效') });
      }
      expect(await socketCloseCode(tokenOf(ent))).toBe(4403);
      expect((await new Gql(t.app, changed.token).ok(ME)).me.id).toBe(ent.userId);
      expect((await new Gql(t.app).fails(LOGIN, { email, password: PASSWORD })).code).toBe('UNAUTHENTICATED');
      expect((await new Gql(t.app).ok(LOGIN, { email, password: 'a-new-password-2' })).login.user.id).toBe(ent.userId);
    });

    it('should end an open subscription at its next event once the token is revoked, delivering nothing', async () => {
      const ent = await registerEnterprise(t, { email: 'sec-live@example.cn' });
      const draft = await createDemand(ent);
      const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${tokenOf(ent)}` } });
      const received: unknown[] = [];
      const closed = new Promise<number>((resolve) => client.on('closed', (e) => resolve((e as { code: number }).code)));
      const subscribed = new Promise<void>((resolve) => client.on('connected', () => setTimeout(resolve, 200)));
      client.subscribe({ query: `subscription($id: ID!) { demandUpdated(id: $id) { id title } }`, variables: { id: draft.id } }, { next: (v) => void received.push(v.data), error: () => undefined, complete: () => undefined });
      try {
        await subscribed;
        const fresh = new Gql(t.app, (await ent.gql.ok(CHANGE, { c: PASSWORD, n: 'a-live-password-2' })).changePassword.token);
        await fresh.ok(`mutation($id: ID!) { updateDemand(id: $id, input: { title: "撤销令牌后的新标题" }) { id } }`, { id: draft.id });
        expect(await closed).toBe(4403);
        expect(received.filter((d) => d !== null)).toEqual([]);
      } finally {
        await client.dispose();
      }
    });

    it('should refuse a disabled user’s tokens and sign-ins, and not revive old tokens on enabling', async () => {
      const email = 'sec-disabled@example.cn';
      const ent = await registerEnterprise(t, { email });
      expect((await ent.gql.fails(DISABLE, { id: admin.userId, d: true })).code).toBe('FORBIDDEN');
      expect((await admin.gql.fails(DISABLE, { id: admin.userId, d: true })).extensions.field).toBe('id');

      expect((await admin.gql.ok(DISABLE, { id: ent.userId, d: true })).setUserDisabled).toEqual({ id: ent.userId, disabled: true });
      expect(await ent.gql.fails(ME)).toMatchObject({ code: 'UNAUTHENTICATED', message: '该账户已被停用' });
      expect(await socketCloseCode(tokenOf(ent))).toBe(4403);
      expect(await new Gql(t.app).fails(LOGIN, { email, password: PASSWORD })).toMatchObject({ code: 'UNAUTHENTICATED', message: '该账户已被停用' });

      expect((await admin.gql.ok(DISABLE, { id: ent.userId, d: false })).setUserDisabled.disabled).toBe(false);
      expect((await ent.gql.fails(ME)).code).toBe('UNAUTHENTICATED');
      const token = (await new Gql(t.app).ok(LOGIN, { email, password: PASSWORD })).login.token;
      expect((await new Gql(t.app, token).ok(ME)).me).toEqual({ id: ent.userId, disabled: false });
    });
  });

  describe('failed logins', () => {
    type Answer = { code: string; message: string; retryAfter?: number };
    const attempt = async (email: string, password: string): Promise<Answer> => {
      const res = await new Gql(t.app).raw(LOGIN, { email, password });
      if (!res.errors) return { code: 'OK', message: '' };
      const [e] = res.errors;
      return { code: e.extensions.code, message: e.message, retryAfter: e.extensions.retryAfter };
    };

    it('should slow, then lock an e-mail, with the same answers for an unknown e-mail, until the lock passes', async () => {
      const known = 'sec-lock@example.cn';
      await registerEnterprise(t, { email: known });
      const both = async (password = 'wrong-password-1') => {
        const [a, b] = [await attempt(known, password), await attempt('nobody-lock@example.cn', password)];
        expect(b).toEqual(a);
        return a;
      };
      for (let i = 1; i <= 5; i++) expect(await both()).toMatchObject({ code: 'UNAUTHENTICATED', message: '邮箱或密码错误' });
      // From the 5th failure on each attempt waits 2, 4, 8, 16, 32 s; the right password waits too.
      for (const wait of [2, 4, 8, 16, 32]) {
        expect(await both()).toEqual({ code: 'RATE_LIMITED', message: `登录失败次数过多，请 ${wait} 秒后再试`, retryAfter: wait });
        expect((await attempt(known, PASSWORD)).code).toBe('RATE_LIMITED');
        t.clock.advance(wait * 1000);
        expect((await both()).code).toBe('UNAUTHENTICATED');
      }
      // The 10th failure locked the e-mail for 15 minutes.
      expect(await both(PASSWORD)).toEqual({ code: 'RATE_LIMITED', message: '登录失败次数过多，请 15 分钟后再试', retryAfter: 900 });
      t.clock.advance(14 * 60_000);
      expect(await both(PASSWORD)).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 60 });
      t.clock.advance(60_000);
      expect((await attempt(known, PASSWORD)).code).toBe('OK');
    });

    it('should start counting afresh after a successful login', async () => {
      const email = 'sec-reset@example.cn';
      await registerEnterprise(t, { email });
      for (let i = 0; i < 4; i++) expect((await attempt(email, 'wrong-password-1')).code).toBe('UNAUTHENTICATED');
      expect((await attempt(email, PASSWORD)).code).toBe('OK');
      for (let i = 0; i < 5; i++) expect((await attempt(email, 'wrong-password-1')).code).toBe('UNAUTHENTICATED');
      expect((await attempt(email, PASSWORD)).code).toBe('RATE_LIMITED');
    });

    it('should count parallel guesses: no more than LOGIN_SLOW_AFTER of 20 at once are checked', async () => {
      const answers = await Promise.all(Array.from({ length: 20 }, () => attempt('sec-parallel@example.cn', 'wrong-password-1')));
      const checked = answers.filter((a) => a.code === 'UNAUTHENTICATED').length;
      expect(checked).toBeGreaterThanOrEqual(1);
      expect(checked).toBeLessThanOrEqual(t.config.loginLimits.slowAfter);
      expect(answers.every((a) => a.code === 'UNAUTHENTICATED' || a.code === 'RATE_LIMITED')).toBe(true);
    });

    it('should count wrong current passwords of changePassword as failed logins', async () => {
      const email = 'sec-change-guess@example.cn';
      const ent = await registerEnterprise(t, { email });
      for (let i = 0; i < 5; i++) expect((await ent.gql.fails(CHANGE, { c: 'wrong-password-1', n: 'a-new-password-2' })).code).toBe('BAD_USER_INPUT');
      expect(await ent.gql.fails(CHANGE, { c: PASSWORD, n: 'a-new-password-2' })).toMatchObject({ code: 'RATE_LIMITED', extensions: { retryAfter: 2 } });
      expect((await attempt(email, PASSWORD)).code).toBe('RATE_LIMITED');
    });
  });

  it('should read the limits from LOGIN_SLOW_AFTER, LOGIN_LOCK_AFTER and LOGIN_LOCK_MINUTES', async () => {
    expect(loadConfig({}).loginLimits).toEqual({ slowAfter: 5, lockAfter: 10, lockMinutes: 15 });
    expect(loadConfig({ LOGIN_SLOW_AFTER: '3', LOGIN_LOCK_AFTER: '6', LOGIN_LOCK_MINUTES: '30' }).loginLimits).toEqual({ slowAfter: 3, lockAfter: 6, lockMinutes: 30 });
    expect(() => loadConfig({ LOGIN_SLOW_AFTER: '8', LOGIN_LOCK_AFTER: '4' })).toThrow(/LOGIN_LOCK_AFTER/);
    expect(() => loadConfig({ LOGIN_LOCK_MINUTES: 'soon' })).toThrow(/LOGIN_LOCK_MINUTES/);
  });
});
