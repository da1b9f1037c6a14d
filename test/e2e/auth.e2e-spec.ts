import { JwtService } from '@nestjs/jwt';
import { loadConfig, ConfigError } from '../../src/config/app-config';
import { ADMIN, ADMIN_ENV, LOGIN, REGISTER, loginAdmin, registerEnterprise, registerResearcher } from '../setup/fixtures';
import { createTestApp, Gql, TestApp } from '../setup/test-app';

const ME = `{ me { id name role email organization { name } talent { code institution region contactEmail } } }`;

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
  });
  afterAll(() => t.close());

  it('should create the first admin from ADMIN_EMAIL and ADMIN_PASSWORD, once', async () => {
    const admin = await loginAdmin(t);
    expect((await admin.gql.ok(ME)).me).toMatchObject({ role: 'ADMIN', email: ADMIN.email });
    const [row] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM app_user WHERE role = 'ADMIN'`);
    expect(Number(row.n)).toBe(1);
  });

  it('should register an enterprise user with a new organization and a researcher with a talent profile', async () => {
    const ent = await registerEnterprise(t, { organizationName: '嘉兴认证测试有限公司' });
    expect((await ent.gql.ok(ME)).me).toMatchObject({ role: 'ENTERPRISE', organization: { name: '嘉兴认证测试有限公司' }, talent: null });
    const res = await registerResearcher(t, { organizationName: '中国科学院宁波材料技术与工程研究所', organizationType: 'INSTITUTE', region: '浙江省宁波市' });
    const me = (await res.gql.ok(ME)).me;
    expect(me).toMatchObject({ role: 'RESEARCHER', organization: null });
    expect(me.talent).toMatchObject({ institution: '中国科学院宁波材料技术与工程研究所', region: '浙江省宁波市' });
    expect(me.talent.code).toMatch(/^T-\d{4}-/);
    expect(me.talent.contactEmail).toBe(me.email);
  });

  it('should log in with the right password only, with one message for a wrong e-mail or password', async () => {
    const anon = new Gql(t.app);
    await anon.ok(REGISTER, { input: { email: 'Login.Case@Example.cn', password: 'right-password', name: '登录测试', role: 'ENTERPRISE', organizationName: '登录测试公司' } });
    const ok = (await anon.ok(LOGIN, { email: 'login.case@example.cn', password: 'right-password' })).login;
    expect(ok.token).toEqual(expect.any(String));
    const wrongPassword = await anon.fails(LOGIN, { email: 'login.case@example.cn', password: 'wrong-password' });
    const wrongEmail = await anon.fails(LOGIN, { email: 'nobody@example.cn', password: 'right-password' });
    expect(wrongPassword).toMatchObject({ code: 'UNAUTHENTICATED', message: wrongEmail.message });
    const [row] = await t.dataSource.query(`SELECT password_hash FROM app_user WHERE email = 'login.case@example.cn'`);
    expect(row.password_hash.startsWith(`scrypt$${2 ** t.config.scryptCost}$8$1$`)).toBe(true);
  });

  it('should treat anonymous callers as anonymous, and refuse bad, forged and expired tokens', async () => {
    expect((await new Gql(t.app).ok(ME)).me).toBeNull();
    expect((await new Gql(t.app, 'garbage').fails(ME)).code).toBe('UNAUTHENTICATED');
    const forged = new JwtService({ secret: 'some-other-secret-0123456789' }).sign({ sub: 'x' });
    expect((await new Gql(t.app, forged).fails(ME)).code).toBe('UNAUTHENTICATED');
    const ent = await registerEnterprise(t);
    const expired = new JwtService({ secret: t.config.jwtSecret }).sign({ sub: ent.userId, exp: Math.floor(Date.now() / 1000) - 60 });
    const err = await new Gql(t.app, expired).fails(ME);
    expect(err).toMatchObject({ code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' });
  });

  it('should let an admin create experts and admins', async () => {
    const admin = await loginAdmin(t);
    const expert = (await admin.gql.ok(`mutation { createUser(input: { email: "expert1@example.cn", password: "password-123", name: "评审专家", role: EXPERT, organizationName: "浙江工业大学" }) { id role organization { name type } } }`)).createUser;
    expect(expert).toMatchObject({ role: 'EXPERT', organization: { name: '浙江工业大学', type: 'UNIVERSITY' } });
  });
});

describe('configuration', () => {
  it('should refuse to start in production without JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-secret-value' }).production).toBe(true);
  });

  it('should refuse a malformed DATABASE_URL, PORT or half an admin', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.cn' })).toThrow(/ADMIN_PASSWORD/);
  });
});
