import {
  ADMIN_ENV,
  Account,
  CREATE_DEMAND,
  REGISTER,
  SUBMIT_BID,
  creditCode,
  demandInput,
  loginAdmin,
  publishedDemand,
  registerEnterprise,
  registerResearcher,
  tableCounts,
} from '../setup/fixtures';
import { createTestApp, Gql, TestApp } from '../setup/test-app';

describe('input validation', () => {
  let t: TestApp;
  let admin: Account;
  let ent: Account;
  let researcher: Account;
  let anon: Gql;

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await loginAdmin(t);
    ent = await registerEnterprise(t);
    researcher = await registerResearcher(t);
    anon = new Gql(t.app);
  });
  afterAll(() => t.close());

  /** A bad input: BAD_USER_INPUT whose message names the field, and nothing written. */
  async function rejected(gql: Gql, doc: string, vars: Record<string, unknown>, field: string) {
    const before = await tableCounts(t);
    const err = await gql.fails(doc, vars);
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toContain(field);
    expect(await tableCounts(t)).toEqual(before);
    return err;
  }

  const register = (input: Record<string, unknown>) => ({
    input: { email: 'new@example.cn', password: 'password-123', name: '新用户', role: 'ENTERPRISE', organizationName: '新企业有限公司', ...input },
  });

  it('should refuse bad registrations: e-mail format, short password, bad credit code, missing organization', async () => {
    await rejected(anon, REGISTER, register({ email: 'not-an-email' }), 'email');
    await rejected(anon, REGISTER, register({ password: 'short' }), 'password');
    await rejected(anon, REGISTER, register({ role: 'PRESIDENT' }), 'role');
    await rejected(anon, REGISTER, register({ organizationName: undefined }), 'organizationName');
    await rejected(anon, REGISTER, register({ role: 'RESEARCHER', region: undefined }), 'region');
    const good = creditCode();
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const err = await rejected(anon, REGISTER, register({ creditCode: wrongCheck }), 'creditCode');
    expect(err.message).toContain('校验位错误');
    await rejected(anon, REGISTER, register({ creditCode: '91330402MA2JD7R9O1' }), 'creditCode');
  });

  it('should refuse a duplicate e-mail as a CONFLICT and write nothing', async () => {
    const input = register({ email: 'twice@example.cn' });
    await anon.ok(REGISTER, input);
    const before = await tableCounts(t);
    expect((await anon.fails(REGISTER, input)).code).toBe('CONFLICT');
    expect(await tableCounts(t)).toEqual(before);
  });

  it('should accept a valid credit code, and refuse one that contradicts the enterprise named', async () => {
    const code = creditCode('91330411MA2CFE1A');
    await anon.ok(REGISTER, register({ email: 'first@example.cn', organizationName: '信用代码测试有限公司', creditCode: code }));
    await anon.ok(REGISTER, register({ email: 'other-code@example.cn', organizationName: '另一家信用代码公司', creditCode: creditCode('91330411MA2CFE2B') }));
    await rejected(anon, REGISTER, register({ email: 'second@example.cn', organizationName: '信用代码测试有限公司', creditCode: creditCode('91330411MA2CFE2B') }), 'creditCode');
  });

  it('should refuse bad demands: lengths, enums, money, dates, industry, references', async () => {
    const bad = (overrides: Record<string, unknown>) => ({ input: demandInput(overrides) });
    await rejected(ent.gql, CREATE_DEMAND, bad({ title: '标'.repeat(101) }), 'title');
    await rejected(ent.gql, CREATE_DEMAND, bad({ description: '太短' }), 'description');
    await rejected(ent.gql, CREATE_DEMAND, bad({ budget: -5 }), 'budget');
    await rejected(ent.gql, CREATE_DEMAND, bad({ budget: '12.345678' }), 'budget');
    await rejected(ent.gql, CREATE_DEMAND, bad({ deadline: '2020-01-01' }), 'deadline');
    await rejected(ent.gql, CREATE_DEMAND, bad({ deadline: '2026-02-30' }), 'deadline');
    await rejected(ent.gql, CREATE_DEMAND, bad({ deadline: 'next week' }), 'deadline');
    await rejected(ent.gql, CREATE_DEMAND, bad({ maxWinners: 0 }), 'maxWinners');
    await rejected(ent.gql, CREATE_DEMAND, bad({ type: 'WISH' }), 'type');
    await rejected(ent.gql, CREATE_DEMAND, bad({ listId: 'no-such-list' }), 'listId');
    await rejected(ent.gql, CREATE_DEMAND, bad({ keywords: ['好', ''] }), 'keywords');
    const unknown = await rejected(ent.gql, CREATE_DEMAND, bad({ industry: '新材枓' }), 'industry');
    expect(unknown.extensions.suggestions).toContain('新材料');
    await rejected(admin.gql, CREATE_DEMAND, bad({}), 'organizationId');
  });

  it('should keep money exact: 万元 with up to four decimals, no float rounding', async () => {
    const d = (await ent.gql.ok(CREATE_DEMAND, { input: demandInput({ budget: '0.1' }) })).createDemand;
    expect(d.budget).toBe(0.1);
    const e = (await ent.gql.ok(CREATE_DEMAND, { input: demandInput({ budget: 1234.5678 }) })).createDemand;
    expect(e.budget).toBe(1234.5678);
    const [row] = await t.dataSource.query(`SELECT budget FROM demand WHERE id = '${e.id}'`);
    expect(Number(row.budget)).toBe(12_345_678);
  });

  it('should refuse bad bids: money, duration, team, unknown demand', async () => {
    const d = await publishedDemand(ent, admin);
    const bid = (overrides: Record<string, unknown>) => ({
      input: { demandId: d.id, proposal: '采用新的工艺路线完成攻关。', quote: 100, durationMonths: 12, teamMembers: ['张三'], ...overrides },
    });
    await rejected(researcher.gql, SUBMIT_BID, bid({ quote: -1 }), 'quote');
    await rejected(researcher.gql, SUBMIT_BID, bid({ durationMonths: 0 }), 'durationMonths');
    await rejected(researcher.gql, SUBMIT_BID, bid({ durationMonths: 500 }), 'durationMonths');
    await rejected(researcher.gql, SUBMIT_BID, bid({ proposal: '短' }), 'proposal');
    await rejected(researcher.gql, SUBMIT_BID, bid({ teamMembers: Array(51).fill('成员') }), 'teamMembers');
    const before = await tableCounts(t);
    expect((await researcher.gql.fails(SUBMIT_BID, bid({ demandId: 'no-such-demand' }))).code).toBe('NOT_FOUND');
    expect(await tableCounts(t)).toEqual(before);
  });

  it('should refuse to clear a required field on update', async () => {
    const d = (await ent.gql.ok(CREATE_DEMAND, { input: demandInput() })).createDemand;
    const doc = `mutation($id: ID!, $input: UpdateDemandInput!) { updateDemand(id: $id, input: $input) { id } }`;
    await rejected(ent.gql, doc, { id: d.id, input: { title: null } }, 'title');
    const updated = (await ent.gql.ok(`mutation($id: ID!, $input: UpdateDemandInput!) { updateDemand(id: $id, input: $input) { title industry history { action note } } }`, {
      id: d.id,
      input: { title: '新的需求名称', industry: 'IC' },
    })).updateDemand;
    expect(updated).toMatchObject({ title: '新的需求名称', industry: '集成电路' });
    expect(updated.history.at(-1)).toEqual({ action: 'update', note: 'changed: industry, title' });
  });

  it('should refuse the inputs that once gave INTERNAL_SERVER_ERROR: a cleared talent level, an empty listId, over 50 bad values', async () => {
    const talentDoc = `mutation($id: ID!, $input: UpdateTalentInput!) { updateTalent(id: $id, input: $input) { id name level fields } }`;
    await rejected(researcher.gql, talentDoc, { id: researcher.talentId, input: { level: null } }, 'level');
    // An update that sets one field answers with the whole profile (the omitted fields kept).
    const kept = (await researcher.gql.ok(talentDoc, { id: researcher.talentId, input: { level: 'CITY' } })).updateTalent;
    expect(kept).toMatchObject({ level: 'CITY', name: '研究员', fields: expect.any(Array) });
    await rejected(ent.gql, CREATE_DEMAND, { input: demandInput({ listId: '' }) }, 'listId');
    const before = await tableCounts(t);
    const many = await anon.raw(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: Array.from({ length: 60 }, () => ({})) });
    expect(many.errors!.length).toBeGreaterThan(50);
    expect(new Set(many.errors!.map((e) => e.extensions.code))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(await tableCounts(t)).toEqual(before);
  });

  it('should never leak internals: unknown failures are a generic error', async () => {
    const res = await anon.raw(`{ demands(page: { limit: 5 }) { items { id } totalCount } }`);
    expect(res.errors).toBeUndefined();
    const bad = await anon.raw(`{ nope }`);
    expect(bad.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(bad)).not.toMatch(/stack|SELECT|at \//);
  });
});
