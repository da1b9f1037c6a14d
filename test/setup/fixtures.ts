import { creditCodeCheckChar } from '../../src/common/validation/credit-code';
import { createTestApp, Gql, TestApp } from './test-app';

// Factories and GraphQL documents shared by the e2e specs. Each factory takes overrides.

export const ADMIN = { email: 'admin@test.jiebang.cn', password: 'admin-password-1' };
export const ADMIN_ENV = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A valid 统一社会信用代码 built from a 17-character prefix. */
export function creditCode(prefix = '91330402MA2JD7R9'): string {
  const first17 = (prefix + '0'.repeat(17)).slice(0, 17);
  return first17 + creditCodeCheckChar(first17);
}

export function futureDate(days = 60): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id role name organization { id name } talent { id code } } } }`;
export const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id role } } }`;
export const DEMAND_FIELDS = `id code title status nextStatuses maxWinners awardedCount budget deadline industry region keywords
  organization { id name } bids { id status } bidCount history { from to at action note actor { id } }`;
export const CREATE_DEMAND = `mutation($input: CreateDemandInput!) { createDemand(input: $input) { ${DEMAND_FIELDS} } }`;
export const GET_DEMAND = `query($id: ID, $code: String) { demand(id: $id, code: $code) { ${DEMAND_FIELDS} } }`;
export const SUBMIT_BID = `mutation($input: SubmitBidInput!) { submitBid(input: $input) { id status quote teamMembers talent { id } demand { id } } }`;

const ARG_TYPES = { reason: 'String!', deadline: 'LocalDate!', documentRef: 'String!' };

/** The document of a demand move, e.g. moveDemand('rejectDemand', 'reason'). */
export const moveDemand = (name: string, arg?: keyof typeof ARG_TYPES) =>
  arg
    ? `mutation($id: ID!, $${arg}: ${ARG_TYPES[arg]}) { ${name}(id: $id, ${arg}: $${arg}) { ${DEMAND_FIELDS} } }`
    : `mutation($id: ID!) { ${name}(id: $id) { ${DEMAND_FIELDS} } }`;
export const moveBid = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { id status } }`;

export interface Account {
  gql: Gql;
  userId: string;
  organizationId?: string;
  talentId?: string;
}

/** For a describe block: an app on a fresh database and its signed-in admin, ready in every test. */
export function useAdminApp(env: Record<string, string> = {}): { t: TestApp; admin: Account } {
  const ctx = {} as { t: TestApp; admin: Account };
  beforeAll(async () => {
    ctx.t = await createTestApp({ ...ADMIN_ENV, ...env });
    ctx.admin = await loginAdmin(ctx.t);
  });
  afterAll(() => ctx.t.close());
  return ctx;
}

export async function loginAdmin(t: TestApp): Promise<Account> {
  const data = await new Gql(t.app).ok(LOGIN, ADMIN);
  return { gql: new Gql(t.app, data.login.token), userId: data.login.user.id };
}

async function register(t: TestApp, input: Record<string, unknown>): Promise<Account> {
  const data = await new Gql(t.app).ok(REGISTER, { input: { password: 'password-123', ...input } });
  const user = data.register.user;
  return { gql: new Gql(t.app, data.register.token), userId: user.id, organizationId: user.organization?.id, talentId: user.talent?.id };
}

export const registerEnterprise = (t: TestApp, overrides: Record<string, unknown> = {}) =>
  register(t, {
    email: `ent-${unique()}@example.cn`,
    name: '企业联系人',
    role: 'ENTERPRISE',
    organizationName: `嘉兴测试企业${unique()}有限公司`,
    region: '浙江省嘉兴市南湖区',
    ...overrides,
  });

export const registerResearcher = (t: TestApp, overrides: Record<string, unknown> = {}) =>
  register(t, {
    email: `res-${unique()}@example.cn`,
    name: '研究员',
    role: 'RESEARCHER',
    organizationName: '浙江大学',
    region: '浙江省杭州市西湖区',
    ...overrides,
  });

export async function createUser(admin: Account, t: TestApp, role: 'EXPERT' | 'ADMIN', overrides: Record<string, unknown> = {}): Promise<Account> {
  const email = `${role.toLowerCase()}-${unique()}@example.cn`;
  await admin.gql.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
    input: { email, password: 'password-123', name: '专家', role, ...overrides },
  });
  const data = await new Gql(t.app).ok(LOGIN, { email, password: 'password-123' });
  return { gql: new Gql(t.app, data.login.token), userId: data.login.user.id };
}

export function demandInput(overrides: Record<string, unknown> = {}) {
  return {
    title: '耐高温聚酰亚胺薄膜连续化制备工艺',
    description: '现有薄膜耐温等级不足，需开发化学亚胺化与双向拉伸协同的连续化工艺，满足柔性显示客户要求。',
    industry: '新材料',
    region: '浙江省嘉兴市南湖区',
    keywords: ['聚酰亚胺', '薄膜'],
    indicators: '玻璃化转变温度≥350℃；拉伸强度≥200MPa',
    budget: 500,
    deadline: futureDate(),
    ...overrides,
  };
}

export async function createDemand(owner: Account, overrides: Record<string, unknown> = {}) {
  return (await owner.gql.ok(CREATE_DEMAND, { input: demandInput(overrides) })).createDemand;
}

/** A demand taken through submit and approve. */
export async function publishedDemand(owner: Account, admin: Account, overrides: Record<string, unknown> = {}) {
  const d = await createDemand(owner, overrides);
  await owner.gql.ok(moveDemand('submitDemand'), { id: d.id });
  return (await admin.gql.ok(moveDemand('approveDemand'), { id: d.id })).approveDemand;
}

export async function bid(researcher: Account, demandId: string, overrides: Record<string, unknown> = {}) {
  const data = await researcher.gql.ok(SUBMIT_BID, {
    input: { demandId, proposal: '团队拟采用化学亚胺化工艺，分三阶段完成中试验证。', quote: 450, durationMonths: 18, teamMembers: ['张三 教授', '李四 工程师'], ...overrides },
  });
  return data.submitBid;
}

export async function rowCount(t: TestApp, table: string): Promise<number> {
  return Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
}

/** Row counts of every table: "nothing was written" is this snapshot unchanged. */
export async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['organization', 'app_user', 'talent', 'demand_list', 'demand', 'bid', 'ledger_entry', 'join_request']) {
    const [row] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
    out[table] = Number(row.n);
  }
  return out;
}
