import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';
import { runCli } from '../setup/cli';
import { Account, ADMIN_ENV, createDemand, demandInput, loginAdmin, publishedDemand, registerEnterprise } from '../setup/fixtures';
import { createTestApp, TestApp } from '../setup/test-app';

// Messages in Chinese by default and in English for Accept-Language: en, with the same codes,
// columns and kinds either way; on HTTP, graphql-ws, the plain download routes and the response cache.

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');
const IMPORT_DEMANDS = `mutation($file: ImportFileInput!) { importDemands(file: $file) { created } }`;
const PAGE = `{ demands(page: { limit: 5 }) { totalCount items { id title } } }`;

interface WireError {
  message: string;
  extensions: Record<string, any>;
}

describe('messages in the language the request asks for', () => {
  let t: TestApp;
  let admin: Account;
  let enterprise: Account;
  beforeAll(async () => {
    t = await createTestApp({ ...ADMIN_ENV, RESPONSE_CACHE_TTL_MS: '60000' });
    admin = await loginAdmin(t);
    enterprise = await registerEnterprise(t);
    await publishedDemand(enterprise, admin);
  });
  afterAll(() => t.close());

  const post = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    request(t.app.getHttpServer()).post('/graphql').set(headers).send({ query, variables });
  /** The first error of a call that must fail, asked in `language` (no header: the default). */
  async function error(query: string, variables: Record<string, unknown>, language?: string, account?: Account): Promise<WireError> {
    const headers: Record<string, string> = language ? { 'Accept-Language': language } : {};
    if (account?.gql.token) headers.Authorization = `Bearer ${account.gql.token}`;
    const res = await post(query, variables, headers);
    expect(res.body.errors?.length).toBeGreaterThan(0);
    return res.body.errors[0];
  }

  it('should refuse an import in Chinese by default and in English on request, with the same code, columns and kinds', async () => {
    const vars = { file: { name: 'demands-broken.csv', contentBase64: readFileSync(join(FIXTURES, 'demands-broken.csv')).toString('base64') } };
    const zh = await error(IMPORT_DEMANDS, vars, undefined, admin);
    const en = await error(IMPORT_DEMANDS, vars, 'en-US,en;q=0.9,zh;q=0.5', admin);
    expect(zh.extensions.code).toBe('BAD_USER_INPUT');
    expect(en.extensions.code).toBe('BAD_USER_INPUT');
    const where = (e: WireError) => e.extensions.problems.map((p: { file: string; row: number; column: string; kind: string }) => `${p.file}|${p.row}|${p.column}|${p.kind}`);
    expect(where(en)).toEqual(where(zh));
    expect(where(zh)).toEqual(expect.arrayContaining(['demands-broken.csv|2|拟投入资金(万元)|INVALID_MONEY', 'demands-broken.csv|4|发榜单位|REQUIRED', 'demands-broken.csv|3|需求编号|DUPLICATE_CODE']));
    const n = zh.extensions.problems.length;
    expect(zh.message).toMatch(new RegExp(`^demands-broken\\.csv 有 ${n} 处问题，未导入任何数据：`));
    expect(zh.message).toContain('demands-broken.csv 第2行「拟投入资金(万元)」：“-5”金额不能为负数');
    expect(zh.message).toContain('demands-broken.csv 第3行「需求编号」：编号 BAD-1 与第2行重复');
    expect(en.message).toMatch(new RegExp(`^demands-broken\\.csv: ${n} problem\\(s\\), nothing imported: `));
    expect(en.message).toContain('demands-broken.csv row 2, column 拟投入资金(万元): "-5": an amount in 万元 must not be negative');
    const reasonOf = (e: WireError, row: number, column: string) => e.extensions.problems.find((p: { row: number; column: string }) => p.row === row && p.column === column);
    expect(reasonOf(zh, 4, '发榜单位')).toEqual({ file: 'demands-broken.csv', row: 4, column: '发榜单位', kind: 'REQUIRED', reason: '必填，不能为空' });
    expect(reasonOf(en, 4, '发榜单位')).toEqual({ file: 'demands-broken.csv', row: 4, column: '发榜单位', kind: 'REQUIRED', reason: 'is required' });
  });

  it('should answer NOT_FOUND, FORBIDDEN and a state-machine refusal in either language', async () => {
    const id = randomUUID();
    const missing = `query($id: ID) { demand(id: $id) { id } }`;
    expect(await error(missing, { id })).toMatchObject({ message: `需求 ${id} 不存在`, extensions: { code: 'NOT_FOUND', entity: 'Demand' } });
    expect(await error(missing, { id }, 'en')).toMatchObject({ message: `Demand ${id} not found`, extensions: { code: 'NOT_FOUND', entity: 'Demand' } });

    const adminOnly = `mutation($id: ID!) { approveDemand(id: $id) { id } }`;
    const draft = await createDemand(enterprise);
    expect(await error(adminOnly, { id: draft.id }, 'zh-CN', enterprise)).toMatchObject({ message: '此操作仅限管理员', extensions: { code: 'FORBIDDEN' } });
    expect(await error(adminOnly, { id: draft.id }, 'en', enterprise)).toMatchObject({ message: 'This needs the role ADMIN', extensions: { code: 'FORBIDDEN' } });

    const zh = await error(adminOnly, { id: draft.id }, undefined, admin);
    const en = await error(adminOnly, { id: draft.id }, 'en', admin);
    expect(zh.extensions).toEqual(en.extensions);
    expect(zh.extensions.code).toBe('INVALID_STATE_TRANSITION');
    expect(zh.message).toBe('需求处于“草稿”状态，不能审核通过；此状态下可执行：提交审核（→ 待审核）、撤回（→ 已撤回）');
    expect(en.message).toBe('Cannot approve a demand that is DRAFT (to PUBLISHED); allowed from DRAFT: submit → SUBMITTED, withdraw → WITHDRAWN');
  });

  it('should name each invalid input field in Chinese, or in English on request', async () => {
    const create = `mutation($input: CreateDemandInput!) { createDemand(input: $input) { id } }`;
    const input = demandInput({ title: '题'.repeat(101) });
    const zh = await error(create, { input }, undefined, enterprise);
    const en = await error(create, { input }, 'en;q=0.9, zh;q=0.1', enterprise);
    expect(zh.extensions.code).toBe('BAD_USER_INPUT');
    expect(zh.extensions.field).toBe(en.extensions.field);
    expect(zh.extensions.problems).toContainEqual({ field: 'title', message: 'title 最多 100 个字符' });
    expect(en.extensions.problems).toContainEqual({ field: 'title', message: 'title must be shorter than or equal to 100 characters' });
    expect(zh.message).toContain('title 最多 100 个字符');
    expect(en.message).toContain('title must be shorter than or equal to 100 characters');
  });

  it('should refuse a query over the alias limit in either language', async () => {
    const limit = t.config.queryLimits.maxAliases;
    const query = `{ ${Array.from({ length: limit + 1 }, (_, i) => `a${i}: demands(page: { limit: 1 }) { totalCount }`).join(' ')} }`;
    const zh = await error(query, {});
    const en = await error(query, {}, 'en');
    expect(zh).toMatchObject({ message: `查询过于复杂：别名数 ${limit + 1}，超过上限 ${limit}。`, extensions: { code: 'QUERY_TOO_COMPLEX', limit } });
    expect(en).toMatchObject({ message: `Query too complex: aliases ${limit + 1}, over the limit of ${limit}.`, extensions: { code: 'QUERY_TOO_COMPLEX', limit } });
  });

  it('should say what kind of request error graphql-js found, before its own English', async () => {
    const typo = '{ demandz { totalCount } }';
    expect((await error(typo, {})).message).toMatch(/^查询不符合接口定义：Cannot query field "demandz"/);
    expect((await error(typo, {}, 'en')).message).toMatch(/^Cannot query field "demandz"/);
  });

  it('should print a refused import in Chinese from the CLI, and in English with JIEBANG_LANG=en', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiebang-i18n-'));
    try {
      const args = ['demands', join(FIXTURES, 'demands-broken.csv')];
      const [zh, en] = await Promise.all([runCli('import', args, join(dir, 'zh.sqlite')), runCli('import', args, join(dir, 'en.sqlite'), { JIEBANG_LANG: 'en' })]);
      expect([zh.code, en.code]).toEqual([1, 1]);
      expect(zh.stderr).toMatch(/^demands-broken\.csv 有 \d+ 处问题，未导入任何数据：\n/);
      expect(zh.stderr).toContain('\n  demands-broken.csv 第4行「发榜单位」：必填，不能为空\n');
      expect(en.stderr).toMatch(/^demands-broken\.csv: \d+ problem\(s\), nothing imported:\n/);
      expect(en.stderr).toContain('\n  demands-broken.csv row 4, column 发榜单位: is required\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should answer the download routes in the language asked for', async () => {
    const zh = await request(t.app.getHttpServer()).get('/export/demands.csv');
    const en = await request(t.app.getHttpServer()).get('/export/demands.csv').set('Accept-Language', 'en');
    expect([zh.status, en.status]).toEqual([401, 401]);
    expect(JSON.parse(zh.text).errors[0]).toEqual({ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } });
    expect(JSON.parse(en.text).errors[0]).toEqual({ message: 'Please sign in first', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('should refuse an oversized or malformed body in the language asked for', async () => {
    const big = { query: '{ __typename }', variables: { x: 'x'.repeat(t.config.bodyLimits.graphql + 10) } };
    const asked = (language: string) => request(t.app.getHttpServer()).post('/graphql').set('Authorization', `Bearer ${enterprise.gql.token}`).set('Accept-Language', language);
    const [zh, en] = [await asked('zh').send(big), await asked('en').send(big)];
    expect([zh.status, en.status]).toEqual([413, 413]);
    expect(zh.body.errors[0].message).toMatch(/^请求体超过上限 \d+ KB/);
    expect(en.body.errors[0].message).toMatch(/^The request body is over the limit of \d+ KB/);
    const bad = await asked('en').set('Content-Type', 'application/json').send('{"query": ');
    expect(bad.body.errors[0]).toEqual({ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('should keep cached anonymous answers per language and say so with Vary', async () => {
    const ask = (language?: string) => post(PAGE, {}, language ? { 'Accept-Language': language } : {});
    await ask();
    const zhAgain = await ask('zh-CN');
    expect(zhAgain.headers['x-cache']).toBe('hit');
    const en = await ask('en');
    expect(en.headers['x-cache']).toBeUndefined();
    expect((await ask('en-GB')).headers['x-cache']).toBe('hit');
    for (const res of [zhAgain, en]) expect(res.headers.vary).toMatch(/Accept-Language/i);
  });

  it('should send graphql-ws errors in the language of the connection', async () => {
    await t.app.listen(0, '127.0.0.1');
    const url = `ws://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
    const draft = await createDemand(enterprise);
    /** A socket whose upgrade request says Accept-Language: en. */
    class EnglishSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { 'Accept-Language': 'en' } });
      }
    }
    const firstError = async (connectionParams: Record<string, string>, webSocketImpl: unknown = WebSocket) => {
      const client = createClient({ url, webSocketImpl, retryAttempts: 0, connectionParams });
      try {
        return await new Promise<readonly WireError[]>((resolve) =>
          client.subscribe(
            { query: `subscription($id: ID!) { demandUpdated(id: $id) { id } }`, variables: { id: draft.id } },
            { next: () => undefined, error: (e) => resolve(e as WireError[]), complete: () => undefined },
          ),
        );
      } finally {
        await client.dispose();
      }
    };
    expect((await firstError({}))[0]).toMatchObject({ message: `需求 ${draft.id} 不存在`, extensions: { code: 'NOT_FOUND' } });
    expect((await firstError({ 'accept-language': 'en' }))[0]).toMatchObject({ message: `Demand ${draft.id} not found`, extensions: { code: 'NOT_FOUND' } });
    expect((await firstError({}, EnglishSocket))[0].message).toBe(`Demand ${draft.id} not found`);
    expect((await firstError({ 'accept-language': 'zh' }, EnglishSocket))[0].message).toBe(`需求 ${draft.id} 不存在`);
  });
});
