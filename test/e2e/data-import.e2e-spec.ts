import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { writeTable } from '../../src/modules/data-export/table-writer';
import { TALENT_COLUMNS } from '../../src/modules/data-import/contract';
import { ADMIN_ENV, Account, loginAdmin, registerEnterprise, tableCounts } from '../setup/fixtures';
import { createTestApp, TestApp } from '../setup/test-app';

const FIXTURES = join(__dirname, '../fixtures/import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

const IMPORT_DEMANDS = `mutation($file: ImportFileInput!, $list: String) { importDemands(file: $file, list: $list) { file created updated unchanged warnings } }`;
const IMPORT_TALENTS = `mutation($file: ImportFileInput!) { importTalents(file: $file) { file created updated unchanged warnings } }`;
const file = (name: string, data: Buffer) => ({ file: { name, contentBase64: data.toString('base64') } });
const DEMAND = `query($code: String) { demand(code: $code) { code status budget industry maxWinners awardedCount publishedAt takenAt
  list { name } organization { name creditCode } bids { status talent { code } } history { action from to at } } }`;

async function download(t: TestApp, token: string | undefined, path: string) {
  const req = request(t.app.getHttpServer()).get(path).buffer(true).parse((res, cb) => {
    const parts: Buffer[] = [];
    res.on('data', (c: Buffer) => parts.push(c));
    res.on('end', () => cb(null, Buffer.concat(parts)));
  });
  if (token) req.set('Authorization', `Bearer ${token}`);
  return req;
}

describe('import and export of demand lists and talent rosters', () => {
  let t: TestApp;
  let admin: Account;

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());

  it('should import a talent roster and a demand list with their history', async () => {
    const talents = (await admin.gql.ok(IMPORT_TALENTS, file('talents.csv', fixture('talents.csv')))).importTalents;
    expect(talents).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    const demands = (await admin.gql.ok(IMPORT_DEMANDS, file('demands.csv', fixture('demands.csv')))).importDemands;
    expect(demands).toMatchObject({ created: 4, updated: 0, unchanged: 0, warnings: [] });

    const taken = (await admin.gql.ok(DEMAND, { code: 'TJX-001' })).demand;
    expect(taken).toMatchObject({
      status: 'TAKEN',
      budget: 300,
      industry: '集成电路',
      awardedCount: 1,
      list: { name: '测试导入榜单2022' },
      organization: { name: '嘉兴测试半导体有限公司' },
      bids: [{ status: 'AWARDED', talent: { code: 'T-900001' } }],
    });
    expect(taken.publishedAt).toBe('2022-02-28T16:00:00.000Z'); // 2022-03-01 in China
    expect(taken.history.map((h: any) => [h.action, h.from, h.to])).toEqual([
      ['import', null, 'PUBLISHED'],
      ['take', 'PUBLISHED', 'TAKEN'],
    ]);
    const accepted = (await admin.gql.ok(DEMAND, { code: 'TJX-002' })).demand;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.budget).toBe(150.5);
    expect(accepted.history.map((h: any) => h.action)).toEqual(['import', 'take', 'start', 'accept']);
    expect((await admin.gql.ok(DEMAND, { code: 'TJX-003' })).demand.status).toBe('UNTAKEN');
    expect((await admin.gql.ok(DEMAND, { code: 'TJX-004' })).demand).toMatchObject({ status: 'PUBLISHED', industry: '光伏新能源' });
  });

  it('should change nothing when the same file is imported again', async () => {
    const before = await tableCounts(t);
    const again = (await admin.gql.ok(IMPORT_DEMANDS, file('demands.csv', fixture('demands.csv')))).importDemands;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    const talents = (await admin.gql.ok(IMPORT_TALENTS, file('talents.csv', fixture('talents.csv')))).importTalents;
    expect(talents).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await tableCounts(t)).toEqual(before);
  });

  it('should read the same list from CSV without BOM, JSON with English keys, and XLSX', async () => {
    for (const name of ['demands-nobom.csv', 'demands.json']) {
      expect((await admin.gql.ok(IMPORT_DEMANDS, file(name, fixture(name)))).importDemands).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    }
    const xlsx = await download(t, admin.gql.token, '/export/demands.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await admin.gql.ok(IMPORT_DEMANDS, file('demands.xlsx', xlsx.body))).importDemands).toMatchObject({ created: 0, unchanged: 4 });
    const roster = await writeTable('xlsx', TALENT_COLUMNS, [{ code: 'T-900010', name: '赵敏', institution: '南京大学', region: '江苏省南京市', fields: '量子点发光；钙钛矿' }], '人才');
    expect((await admin.gql.ok(IMPORT_TALENTS, file('roster.xlsx', roster))).importTalents).toMatchObject({ created: 1 });
  });

  it('should report every problem of a broken file at once, by row and column, and write nothing', async () => {
    const before = await tableCounts(t);
    const err = await admin.gql.fails(IMPORT_DEMANDS, file('demands-broken.csv', fixture('demands-broken.csv')));
    expect(err.code).toBe('BAD_USER_INPUT');
    const found = err.extensions.problems.map((p: any) => `${p.row}|${p.column}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '2|需求名称',
        '2|统一社会信用代码',
        '2|产业领域',
        '2|拟投入资金(万元)',
        '2|揭榜截止日期',
        '2|揭榜方',
        '3|需求编号',
        '3|需求类型',
        '3|拟投入资金(万元)',
        '3|揭榜方',
        '4|需求编号',
        '4|发榜单位',
        '4|所在地区',
        '4|需求描述',
      ]),
    );
    for (const p of err.extensions.problems) expect(p.file).toBe('demands-broken.csv');
    expect(err.message).toContain('demands-broken.csv 第2行「产业领域」：未知产业“新材枓”（第2行），是否为：新材料');
    expect(await tableCounts(t)).toEqual(before);
  });

  it('should update a changed row and record it in the ledger', async () => {
    const changed = fixture('demands.csv').toString('utf8').replace('碳化硅外延片缺陷密度控制', '碳化硅外延片缺陷密度控制（修订）');
    const report = (await admin.gql.ok(IMPORT_DEMANDS, file('demands-v2.csv', Buffer.from(changed)))).importDemands;
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    const history = (await admin.gql.ok(`{ demand(code: "TJX-001") { title history { action note } } }`)).demand;
    expect(history.title).toBe('碳化硅外延片缺陷密度控制（修订）');
    expect(history.history.at(-1)).toEqual({ action: 'import', note: 'demands-v2.csv 第 2 行：修改了需求名称' });
  });

  it('should let only admins import and export', async () => {
    const ent = await registerEnterprise(t);
    expect((await ent.gql.fails(IMPORT_TALENTS, file('talents.csv', fixture('talents.csv')))).code).toBe('FORBIDDEN');
    const anon = await download(t, undefined, '/export/demands.csv');
    expect(anon.status).toBe(401);
    expect(JSON.parse(anon.body.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await download(t, ent.gql.token, '/export/demands.csv')).status).toBe(403);
    expect((await download(t, admin.gql.token, '/export/secrets.csv')).status).toBe(400);
  });

  it('should round-trip: export, import into an empty database, export again, byte for byte', async () => {
    const demands = (await download(t, admin.gql.token, '/export/demands.csv')).body as Buffer;
    const talents = (await download(t, admin.gql.token, '/export/talents.csv')).body as Buffer;
    expect(demands.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const fresh = await createTestApp(ADMIN_ENV);
    try {
      const freshAdmin = await loginAdmin(fresh);
      await freshAdmin.gql.ok(IMPORT_TALENTS, file('talents.csv', talents));
      expect((await freshAdmin.gql.ok(IMPORT_DEMANDS, file('demands.csv', demands))).importDemands.created).toBe(4);
      expect((await download(fresh, freshAdmin.gql.token, '/export/demands.csv')).body).toEqual(demands);
      expect((await download(fresh, freshAdmin.gql.token, '/export/talents.csv')).body).toEqual(talents);
      const filtered = (await download(fresh, freshAdmin.gql.token, `/export/demands.csv?status=${encodeURIComponent('流榜')}`)).body.toString();
      expect(filtered.trim().split('\r\n')).toHaveLength(2);
    } finally {
      await fresh.close();
    }
  });
});
