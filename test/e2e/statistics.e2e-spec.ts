import ExcelJS from 'exceljs';
import request from 'supertest';
import { addDays } from '../../src/common/time/china-dates';
import { Account, bid, createUser, moveBid, moveDemand, publishedDemand, registerEnterprise, registerResearcher, useAdminApp } from '../setup/fixtures';

const STATS = `query($f: StatisticsFilter) { statistics(filter: $f) {
  published bids taken takeRate untaken inProgress accepted medianDaysToTake p90DaysToTake bidsPerDemand
  funnel { published withBids shortlisted taken inProgress accepted }
  monthly { month published taken } byIndustry { key published taken takeRate } byRegion { key published taken takeRate }
  byList { key published taken takeRate } topInstitutions { institution awards } matching { rankedAwards inTop5 inTop10 top10Share } } }`;
const DAY = 86_400_000;
const LIST = '统计测试榜单（手算）';

describe('statistics on a hand-made programme', () => {
  const app = useAdminApp();
  let ent: Account;
  let start: string;

  it('should give the figures computed by hand: counts, medians, funnel, trend, breakdowns and winners’ ranks', async () => {
    const { t, admin } = app;
    start = t.clock.today();
    const listId = (await admin.gql.ok(`mutation($n: String!) { createDemandList(input: { name: $n, region: "浙江省嘉兴市", year: 2026 }) { id } }`, { n: LIST })).createDemandList.id;
    ent = await registerEnterprise(t);
    const other = await registerEnterprise(t, { region: '浙江省衢州市柯城区' });
    const profile = { fields: ['聚酰亚胺薄膜', '化学亚胺化'], keywords: ['聚酰亚胺', '薄膜', '双向拉伸'] };
    const zju = await registerResearcher(t, { organizationName: '浙江大学' });
    const sjtu = await registerResearcher(t, { organizationName: '上海交通大学', region: '上海市闵行区' });
    for (const r of [zju, sjtu]) await r.gql.ok(`mutation($id: ID!, $i: UpdateTalentInput!) { updateTalent(id: $id, input: $i) { id } }`, { id: r.talentId, i: profile });

    // Six demands published today: A–E in the list (C by another enterprise, in Quzhou), F outside it.
    const inList = { listId, deadline: addDays(start, 60) };
    const A = await publishedDemand(ent, admin, inList);
    const B = await publishedDemand(ent, admin, inList);
    const C = await publishedDemand(other, admin, { ...inList, region: '浙江省衢州市柯城区' });
    await publishedDemand(ent, admin, { listId, deadline: addDays(start, 5) }); // D
    const E = await publishedDemand(ent, admin, inList);
    const F = await publishedDemand(ent, admin, { deadline: addDays(start, 60), industry: '氟硅新材料' });
    const bA = await bid(zju, A.id);
    const bB = await bid(sjtu, B.id);
    await bid(zju, C.id);
    const bE1 = await bid(zju, E.id);
    await bid(sjtu, E.id);
    const bF = await bid(zju, F.id);
    await ent.gql.ok(moveBid('shortlistBid'), { id: bB.id });
    await ent.gql.ok(moveBid('shortlistBid'), { id: bE1.id });

    // Awards on days 4, 7 and 10; A goes on to acceptance, F to work; D closes unbid (流榜) on day 10.
    t.clock.advance(4 * DAY);
    await ent.gql.ok(moveBid('awardBid'), { id: bA.id });
    t.clock.advance(3 * DAY);
    await ent.gql.ok(moveBid('awardBid'), { id: bF.id });
    t.clock.advance(3 * DAY);
    await ent.gql.ok(moveBid('awardBid'), { id: bB.id });
    await ent.gql.ok(moveDemand('startDemand'), { id: A.id });
    await admin.gql.ok(moveDemand('acceptDemand', 'documentRef'), { id: A.id, documentRef: '验收-统计-1' });
    await ent.gql.ok(moveDemand('startDemand'), { id: F.id });
    expect((await admin.gql.ok(`mutation { runDeadlineJob { closed } }`)).runDeadlineJob.closed).toBe(1);

    const month = (day: string) => day.slice(0, 7);
    const monthly = new Map<string, { published: number; taken: number }>();
    const bump = (day: string, key: 'published' | 'taken') => {
      const m = monthly.get(month(day)) ?? { published: 0, taken: 0 };
      m[key]++;
      monthly.set(month(day), m);
    };
    for (let i = 0; i < 6; i++) bump(start, 'published');
    for (const d of [4, 7, 10]) bump(addDays(start, d), 'taken');

    const { statistics: s } = await admin.gql.ok(STATS, {});
    expect(s).toMatchObject({
      published: 6,
      bids: 6,
      taken: 3, // A accepted, F in progress, B taken
      takeRate: 0.5,
      untaken: 1,
      inProgress: 1,
      accepted: 1,
      medianDaysToTake: 7, // of 4, 7, 10
      p90DaysToTake: 10, // nearest rank: the 3rd of 3
      bidsPerDemand: 1,
      funnel: { published: 6, withBids: 5, shortlisted: 4, taken: 3, inProgress: 2, accepted: 1 },
      monthly: [...monthly].sort().map(([m, c]) => ({ month: m, ...c })),
      topInstitutions: [
        { institution: '浙江大学', awards: 2 },
        { institution: '上海交通大学', awards: 1 },
      ],
      // Only four talents exist: every winner whose profile shares the demand's words is in the top 10.
      matching: { rankedAwards: 3, inTop10: 3, top10Share: 1 },
    });
    expect(s.byRegion).toEqual([
      { key: '嘉兴市', published: 5, taken: 3, takeRate: 0.6 },
      { key: '衢州市', published: 1, taken: 0, takeRate: 0 },
    ]);
    expect(s.byList).toEqual([
      { key: LIST, published: 5, taken: 2, takeRate: 0.4 },
      { key: '（无榜单）', published: 1, taken: 1, takeRate: 1 },
    ]);
    expect(s.byIndustry).toEqual([
      { key: '新材料', published: 5, taken: 2, takeRate: 0.4 },
      { key: '氟硅新材料', published: 1, taken: 1, takeRate: 1 },
    ]);

    // Filters, scopes and errors.
    const filtered = async (who: Account, f: Record<string, unknown>) => (await who.gql.ok(STATS, { f })).statistics;
    expect(await filtered(admin, { list: LIST })).toMatchObject({ published: 5, taken: 2 });
    expect(await filtered(admin, { region: '衢州' })).toMatchObject({ published: 1, taken: 0 });
    expect(await filtered(admin, { industry: '先进石化化工新材料' })).toMatchObject({ published: 1 }); // 氟硅新材料 is inside it
    expect(await filtered(admin, { to: addDays(start, -1) })).toMatchObject({ published: 0, takeRate: 0, medianDaysToTake: null });
    expect(await filtered(admin, { from: start, to: start })).toMatchObject({ published: 6 });
    expect(await filtered(ent, {})).toMatchObject({ published: 5, taken: 3 });
    expect(await filtered(sjtu, {})).toMatchObject({ published: 2, taken: 1 }); // B and E, bid on
    expect((await admin.gql.fails(STATS, { f: { list: '没有这个榜单' } })).message).toBe('filter.list：没有名为“没有这个榜单”的榜单');
    expect((await admin.gql.fails(STATS, { f: { from: start, to: addDays(start, -3) } })).code).toBe('BAD_USER_INPUT');
    const expert = await createUser(admin, t, 'EXPERT');
    expect((await expert.gql.fails(STATS, {})).code).toBe('FORBIDDEN');
  });

  it('should list 一企一台账 rows and export both tables to XLSX', async () => {
    const { t, admin } = app;
    const rows = (await ent.gql.ok(`query($o: ID!) { ledger(organizationId: $o) { demand { code } status colour industrialisation lastChange { action } } }`, { o: ent.organizationId })).ledger;
    expect(rows).toHaveLength(5);
    const byStatus = Object.fromEntries(rows.map((r: { status: string; colour: string; industrialisation: string | null; lastChange: { action: string } }) => [r.status, r]));
    expect(byStatus.ACCEPTED).toMatchObject({ colour: 'GREEN', industrialisation: 'RED', lastChange: { action: 'accept' } });
    expect(byStatus.UNTAKEN.lastChange.action).toBe('close');
    expect(byStatus.TAKEN).toMatchObject({ colour: 'GREEN', lastChange: { action: 'take' } });

    const download = async (path: string, token: string) => request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    const token = (admin.gql as unknown as { token: string }).token;
    const res = await download(`/statistics.xlsx?list=${encodeURIComponent(LIST)}`, token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['总览', '漏斗', '月度趋势', '按产业', '按地区', '按榜单', '揭榜单位排名', '匹配命中']);
    const overview = book.getWorksheet('总览')!;
    expect(overview.getRow(2).values).toEqual([undefined, '发布需求数', 5]);
    expect(overview.getRow(3).values).toEqual([undefined, '揭榜申请数', 5]);
    const ledger = await download(`/ledger/${ent.organizationId}.xlsx`, (ent.gql as unknown as { token: string }).token);
    const ledgerBook = new ExcelJS.Workbook();
    await ledgerBook.xlsx.load(ledger.body as never);
    const sheet = ledgerBook.getWorksheet('一企一台账')!;
    expect(sheet.rowCount).toBe(1 + 5);
    // Status, health, 红黄蓝 and the last change in Chinese words, not codes.
    const sheetRows = Array.from({ length: 5 }, (_, i) => (sheet.getRow(i + 2).values as string[]).slice(3, 7));
    const accepted = sheetRows.find((r) => r[0] === '已验收')!;
    expect(accepted.slice(0, 3)).toEqual(['已验收', '绿（按期）', '红（未开工）']);
    expect(accepted[3]).toMatch(/^通过验收/);
    expect(sheetRows.find((r) => r[0] === '流榜')![3]).toMatch(/^截止流榜/);
    expect(sheetRows.find((r) => r[0] === '已揭榜')![3]).toMatch(/^揭榜成功/);
    const refused = await download(`/ledger/${ent.organizationId}.xlsx`, (await registerEnterprise(t)).gql['token' as never]);
    expect(refused.status).toBe(403);
    expect((await download('/statistics.xlsx?from=2026-02-30', token)).status).toBe(400);

    // One chart's sheet only (the dashboard's 导出 per chart), under the same filter.
    const one = await download(`/statistics.xlsx?list=${encodeURIComponent(LIST)}&sheet=funnel`, token);
    expect(one.status).toBe(200);
    expect(one.headers['content-disposition']).toContain('statistics-funnel.xlsx');
    const funnelBook = new ExcelJS.Workbook();
    await funnelBook.xlsx.load(one.body as never);
    expect(funnelBook.worksheets.map((w) => w.name)).toEqual(['漏斗']);
    expect(funnelBook.getWorksheet('漏斗')!.getRow(2).values).toEqual([undefined, '发布', 5]);
    const matching = new ExcelJS.Workbook();
    await matching.xlsx.load((await download('/statistics.xlsx?sheet=matching', token)).body as never);
    expect(matching.worksheets.map((w) => [w.name, w.getRow(1).values])).toEqual([['匹配命中', [undefined, '指标', '数值']]]);
    const unknown = await download('/statistics.xlsx?sheet=pie', token);
    expect(unknown.status).toBe(400);
    const error = JSON.parse((unknown.body as Buffer).toString('utf8')).errors[0];
    expect(error.message).toMatch(/^sheet：没有名为“pie”的统计表/);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sheet' });
  });

  it('should give one demand’s dated ledger entries when ledgerEntries names the demand', async () => {
    const { admin } = app;
    const ENTRIES = `query($o: ID!, $d: ID) { ledgerEntries(organizationId: $o, demandId: $d, page: { limit: 100 }) { demandId action at } }`;
    const all = (await ent.gql.ok(ENTRIES, { o: ent.organizationId })).ledgerEntries as { demandId: string | null; action: string }[];
    const rows = (await admin.gql.ok(`query($o: ID!) { ledger(organizationId: $o) { demand { id } status } }`, { o: ent.organizationId })).ledger;
    const accepted = rows.find((r: { status: string }) => r.status === 'ACCEPTED').demand.id;
    const one = (await admin.gql.ok(ENTRIES, { o: ent.organizationId, d: accepted })).ledgerEntries as { demandId: string; action: string }[];
    expect(one.length).toBeGreaterThan(3);
    expect(one.every((e) => e.demandId === accepted)).toBe(true);
    expect(one).toEqual(all.filter((e) => e.demandId === accepted));
    expect(one.map((e) => e.action)).toEqual(expect.arrayContaining(['approve', 'award', 'take', 'accept']));
    // Another enterprise's demand under this one's id: nothing of it.
    expect((await admin.gql.ok(ENTRIES, { o: (await registerEnterprise(app.t)).organizationId, d: accepted })).ledgerEntries).toEqual([]);
  });
});
