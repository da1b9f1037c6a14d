import { Logger, QueryRunner } from 'typeorm';
import { DemandsService } from '../../src/modules/demands/demands.service';
import { Role } from '../../src/modules/users/user.entity';
import { ADMIN_ENV, Account, bid, createDemand, demandInput, loginAdmin, publishedDemand, registerEnterprise, registerResearcher } from '../setup/fixtures';
import { createTestApp, Gql, TestApp } from '../setup/test-app';

const PAGE = `query($filter: DemandFilterInput, $page: PageInput, $sort: DemandSortInput) {
  demands(filter: $filter, page: $page, sort: $sort) { totalCount items { id code title status budget deadline region industry organization { id name } bidCount } } }`;

/** Counts the SQL statements the app sends while `work` runs. */
async function countStatements(t: TestApp, work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const original = t.dataSource.logger;
  const counting: Logger = {
    logQuery: (_q: string, _p?: unknown[], _r?: QueryRunner) => void count++,
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(t.dataSource, { logger: counting });
  try {
    await work();
  } finally {
    Object.assign(t.dataSource, { logger: original });
  }
  return count;
}

describe('queries', () => {
  let t: TestApp;
  let admin: Account;
  let entA: Account;
  let entB: Account;
  let anon: Gql;

  beforeAll(async () => {
    // Statements are counted while a request runs: the index's background poll would be counted too.
    t = await createTestApp({ ...ADMIN_ENV, INDEX_POLL_MS: '0' });
    admin = await loginAdmin(t);
    entA = await registerEnterprise(t, { region: '浙江省嘉兴市南湖区' });
    entB = await registerEnterprise(t, { region: '江西省上饶市广丰区' });
    anon = new Gql(t.app);
    const list = (await admin.gql.ok(`mutation { createDemandList(input: { name: "测试榜单2026", issuer: "嘉兴市科学技术局", year: 2026 }) { id } }`)).createDemandList;
    const researchers = await Promise.all([1, 2, 3].map(() => registerResearcher(t)));
    // 60 published demands over two enterprises, industries and regions, with 0–3 bids each.
    for (let i = 0; i < 60; i++) {
      const owner = i % 2 ? entB : entA;
      const d = await publishedDemand(owner, admin, {
        title: `关键技术需求第${String(i).padStart(2, '0')}号${i % 3 === 0 ? '碳化硅外延' : '锂电隔膜'}`,
        industry: i % 3 === 0 ? '集成电路' : '锂电',
        region: i % 2 ? '江西省上饶市广丰区' : '浙江省嘉兴市南湖区',
        budget: 100 + i,
        listId: i < 10 ? list.id : undefined,
      });
      for (const r of researchers.slice(0, i % 4)) await bid(r, d.id);
    }
    await createDemand(entA, { title: '企业A的草稿需求标题' });
  }, 180_000);
  afterAll(() => t.close());

  it('should page with a total count and cap the page size at 100', async () => {
    const first = (await anon.ok(PAGE, { page: { limit: 25, offset: 0 } })).demands;
    expect(first.totalCount).toBe(60);
    expect(first.items).toHaveLength(25);
    const last = (await anon.ok(PAGE, { page: { limit: 25, offset: 50 } })).demands;
    expect(last.items).toHaveLength(10);
    const ids = new Set([...first.items, ...last.items].map((d: { id: string }) => d.id));
    expect(ids.size).toBe(35);
    // 45 more drafts through the service (no HTTP round trips needed to fill a page).
    const service = t.app.get(DemandsService);
    const principal = { userId: entA.userId, role: Role.ENTERPRISE, organizationId: entA.organizationId!, talentId: null };
    for (let i = 0; i < 45; i++) await service.create(principal, demandInput({ title: `批量草稿需求${i}`, budget: 9_990_000 /* yuan: the service takes whole yuan */ }) as never);
    const capped = (await admin.gql.ok(PAGE, { page: { limit: 1000 } })).demands;
    expect(capped.totalCount).toBe(106);
    expect(capped.items).toHaveLength(100);
    expect((await anon.fails(PAGE, { page: { limit: 0 } })).code).toBe('BAD_USER_INPUT');
  });

  it('should filter by status, list, industry (with sub-industries), region, organization and text', async () => {
    const count = async (filter: Record<string, unknown>, gql: Gql = anon) => (await gql.ok(PAGE, { filter })).demands.totalCount;
    expect(await count({ statuses: ['PUBLISHED'] })).toBe(60);
    expect(await count({ statuses: ['DRAFT'] })).toBe(0);
    expect(await count({ statuses: ['DRAFT'] }, entA.gql)).toBe(46);
    expect(await count({ list: '测试榜单2026' })).toBe(10);
    expect(await count({ industry: 'IC' })).toBe(20);
    expect(await count({ industry: '电子核心' })).toBe(20);
    expect(await count({ industry: '锂电新能源' })).toBe(40);
    expect(await count({ region: '上饶' })).toBe(30);
    expect(await count({ organizationId: entA.organizationId })).toBe(30);
    expect(await count({ text: '碳化硅' })).toBe(20);
    expect(await count({ text: '碳化硅', region: '广丰' })).toBe(10);
    expect(await count({ text: '100%_' })).toBe(0);
    expect((await anon.fails(PAGE, { filter: { industry: '不存在的产业' } })).code).toBe('BAD_USER_INPUT');
  });

  it('should sort by budget and title in both directions', async () => {
    const budgets = (await anon.ok(PAGE, { sort: { field: 'BUDGET', direction: 'ASC' }, page: { limit: 5 } })).demands.items.map((d: any) => d.budget);
    expect(budgets).toEqual([100, 101, 102, 103, 104]);
    const desc = (await anon.ok(PAGE, { sort: { field: 'BUDGET', direction: 'DESC' }, page: { limit: 3 } })).demands.items.map((d: any) => d.budget);
    expect(desc).toEqual([159, 158, 157]);
    const titles = (await anon.ok(PAGE, { sort: { field: 'TITLE', direction: 'ASC' }, page: { limit: 60 } })).demands.items.map((d: any) => d.title);
    expect(titles).toEqual([...titles].sort());
  });

  it('should find one demand by id or by code', async () => {
    const [d] = (await anon.ok(PAGE, { page: { limit: 1 } })).demands.items;
    const byCode = (await anon.ok(`query($code: String) { demand(code: $code) { id } }`, { code: d.code })).demand;
    expect(byCode.id).toBe(d.id);
    expect((await anon.fails(`{ demand(code: "NO-SUCH") { id } }`)).code).toBe('NOT_FOUND');
  });

  it('should list talents, organizations and demand lists', async () => {
    const talents = (await anon.ok(`{ talents(filter: { region: "杭州" }, page: { limit: 2 }) { totalCount items { code name institution } } }`)).talents;
    expect(talents.totalCount).toBe(3);
    expect(talents.items).toHaveLength(2);
    const orgs = (await anon.ok(`{ organizations(filter: { type: ENTERPRISE }) { totalCount items { name } } }`)).organizations;
    expect(orgs.totalCount).toBe(2);
    const lists = (await anon.ok(`{ demandLists { totalCount items { name issuer year } } }`)).demandLists;
    expect(lists.items).toEqual([{ name: '测试榜单2026', issuer: '嘉兴市科学技术局', year: 2026 }]);
  });

  it('should load a page with organizations and bid counts in a number of statements that does not grow with the page', async () => {
    const statements = async (limit: number) => countStatements(t, () => admin.gql.ok(PAGE, { page: { limit } }));
    const small = await statements(5);
    const large = await statements(50);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
    const page = (await admin.gql.ok(PAGE, { page: { limit: 50 }, sort: { field: 'BUDGET', direction: 'ASC' } })).demands.items;
    expect(page.map((d: any) => d.bidCount).slice(0, 4)).toEqual([0, 1, 2, 3]);
    expect(new Set(page.map((d: any) => d.organization.name)).size).toBe(2);
  });
});
