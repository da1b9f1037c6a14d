import { createHash } from 'node:crypto';
import { buildClientSchema, getIntrospectionQuery, GraphQLSchema, IntrospectionQuery } from 'graphql';
import {
  Account,
  ADMIN_ENV,
  bid,
  createDemand,
  createUser,
  loginAdmin,
  publishedDemand,
  registerEnterprise,
  registerResearcher,
} from './fixtures';
import { createTestApp, Gql, TestApp } from './test-app';

// Shared by the proof suites (fuzz, role matrix): one small programme with an account of every role,
// the schema as the running app reports it, and a snapshot of every table to prove "nothing written".

export const ROLES = ['anonymous', 'researcher', 'enterprise', 'expert', 'admin'] as const;
export type RoleName = (typeof ROLES)[number];

/** Limits that would refuse the suites' own bursts are off here (they have their own tests). */
export const PROOF_ENV = { ...ADMIN_ENV, RATE_LIMIT_ENABLED: 'false' };

export interface World {
  t: TestApp;
  as: Record<RoleName, Gql>;
  admin: Account;
  enterprise: Account;
  researcher: Account;
  expert: Account;
  /** Accounts of the same roles that own nothing of the world's records. */
  otherEnterprise: Account;
  otherResearcher: Account;
  otherExpert: Account;
  draft: { id: string; code: string };
  published: { id: string; code: string };
  bidId: string;
  listId: string;
}

export async function buildWorld(env: Record<string, string> = {}): Promise<World> {
  const t = await createTestApp({ ...PROOF_ENV, ...env });
  const admin = await loginAdmin(t);
  const enterprise = await registerEnterprise(t);
  const otherEnterprise = await registerEnterprise(t);
  const researcher = await registerResearcher(t);
  const otherResearcher = await registerResearcher(t);
  const expert = await createUser(admin, t, 'EXPERT', { organizationName: '浙江工业大学' });
  const otherExpert = await createUser(admin, t, 'EXPERT', { organizationName: '浙江工业大学' });
  const list = (await admin.gql.ok(`mutation { createDemandList(input: { name: "证明测试榜单", year: 2026 }) { id } }`)).createDemandList;
  const published = await publishedDemand(enterprise, admin, {
    listId: list.id,
    indicatorsConfidential: true,
    contactName: '王经理',
    contactPhone: '13800000000',
  });
  const draft = await createDemand(enterprise, { title: '草稿需求：锂电池隔膜涂覆工艺', contactName: '李经理' });
  // Profiles that match the published demand, also on words of its confidential indicators.
  for (const r of [researcher, otherResearcher]) {
    await admin.gql.ok(`mutation($id: ID!, $input: UpdateTalentInput!) { updateTalent(id: $id, input: $input) { id } }`, {
      id: r.talentId,
      input: { industries: ['新材料'], fields: ['聚酰亚胺薄膜', '玻璃化转变温度'], keywords: ['聚酰亚胺', '拉伸强度', '薄膜'] },
    });
  }
  const b = await bid(researcher, published.id);
  await admin.gql.ok(`mutation($d: ID!, $e: [ID!]!) { assignExperts(demandId: $d, expertIds: $e) { id } }`, { d: published.id, e: [expert.userId] });
  return {
    t,
    as: { anonymous: new Gql(t.app), researcher: researcher.gql, enterprise: enterprise.gql, expert: expert.gql, admin: admin.gql },
    admin,
    enterprise,
    researcher,
    expert,
    otherEnterprise,
    otherResearcher,
    otherExpert,
    draft,
    published,
    bidId: b.id,
    listId: list.id,
  };
}

/** The schema of the running app, by introspection over HTTP (as an admin: introspection may be off for others). */
export async function introspect(w: World): Promise<GraphQLSchema> {
  return buildClientSchema(await w.as.admin.ok<IntrospectionQuery>(getIntrospectionQuery()));
}

/**
 * Per table (every entity TypeORM knows, so new tables are included): row count and a hash of
 * every updated_at, or of the whole rows for append-only tables. Equal snapshots: nothing written.
 */
export async function snapshot(t: TestApp): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const meta of t.dataSource.entityMetadatas) {
    const stamp = meta.columns.find((c) => c.databaseName === 'updated_at') ? 'updated_at' : '*';
    const rows = await t.dataSource.query(`SELECT ${stamp} FROM ${meta.tablePath} ORDER BY 1`);
    const hash = createHash('sha1');
    for (const r of rows) hash.update(JSON.stringify(r));
    out[meta.tableName] = `${rows.length}:${hash.digest('hex').slice(0, 12)}`;
  }
  return out;
}

/** Ids of every table by table name, for generating arguments that reach real records. */
export async function idPools(t: TestApp): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const meta of t.dataSource.entityMetadatas) {
    if (!meta.columns.some((c) => c.databaseName === 'id')) continue;
    out[meta.tableName] = (await t.dataSource.query(`SELECT id FROM ${meta.tablePath} LIMIT 50`)).map((r: { id: string }) => String(r.id));
  }
  return out;
}

/** Words that show an error leaked internals (checked after removing whatever the request itself sent). */
const LEAKS = [
  /\n\s+at\s/, // stack frame
  /\bat\s+\S+\s+\(?[^)\s]+:\d+:\d+/, // "at fn (file:1:2)"
  /(?:\/|\\)(?:work|home|usr|tmp|src|dist|node_modules)(?:\/|\\)/, // file path
  /\.(?:ts|js|mjs):\d+/,
  /SQLITE_|SqliteError|QueryFailedError|EntityNotFound|TypeORM|constraint failed|violates .* constraint|syntax error at or near/i,
  /\b(?:SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\b/i, // SQL text
];

/** Problems with one GraphQL response body: missing codes, internal errors, leaks. Empty when fine. */
export function responseProblems(status: number, body: any, sent: unknown): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  const errors: any[] | undefined = body?.errors;
  if (!errors && body?.data === undefined) problems.push(`not a GraphQL response: ${JSON.stringify(body).slice(0, 200)}`);
  const echoes = sentStrings(sent);
  for (const e of errors ?? []) {
    const code = e?.extensions?.code;
    if (typeof code !== 'string' || !code) problems.push(`error without extensions.code: ${e?.message}`);
    if (code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR: ${e?.message}`);
    let text = `${e?.message ?? ''} ${JSON.stringify(e?.extensions ?? {})}`;
    for (const s of echoes) text = text.split(s).join('');
    for (const leak of LEAKS) if (leak.test(text)) problems.push(`leak ${leak}: ${String(e?.message).slice(0, 300)}`);
  }
  return problems;
}

/** Every string inside a value, raw and as JSON escapes it, longest first (so messages echoing input are not leaks). */
function sentStrings(value: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string' && v.length >= 3) {
      out.add(v);
      out.add(JSON.stringify(v).slice(1, -1));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return [...out].sort((a, b) => b.length - a.length);
}
