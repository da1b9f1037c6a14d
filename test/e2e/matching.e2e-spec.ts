import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_ENV, Account, loginAdmin, moveDemand, publishedDemand, registerEnterprise, registerResearcher } from '../setup/fixtures';
import { createTestApp, Gql, TestApp } from '../setup/test-app';

const DEV = join(__dirname, '../fixtures/eval-dev');
const file = (name: string) => ({ file: { name, contentBase64: readFileSync(join(DEV, name)).toString('base64') } });
const MATCH = `query($id: ID!, $first: Int, $filter: MatchFilterInput) { matchTalents(demandId: $id, first: $first, filter: $filter) {
  score strength reasons conceptPairs { demand candidate } matchedTerms talent { id code region remoteOk } breakdown { text industry region level trackRecord load } } }`;
const RECOMMEND = `query($id: ID!) { recommendDemands(talentId: $id) { score reasons demand { id title status } } }`;

describe('matching', () => {
  let t: TestApp;
  let admin: Account;
  let devDemandId: string;
  const labels = readFileSync(join(DEV, 'labels.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await loginAdmin(t);
    for (const name of ['talents.csv', 'talents_nearmiss.csv']) await admin.gql.ok(`mutation($file: ImportFileInput!) { importTalents(file: $file) { created } }`, file(name));
    await admin.gql.ok(`mutation($file: ImportFileInput!) { importDemands(file: $file) { created } }`, file('demands.csv'));
    devDemandId = (await admin.gql.ok(`{ demand(code: "DEV-D-010") { id } }`)).demand.id;
  }, 120_000);
  afterAll(() => t.close());

  it('should rank talents with calibrated 0–1 scores, strengths, a breakdown and reasons a person can read', async () => {
    const matches = (await admin.gql.ok(MATCH, { id: devDemandId, first: 10 })).matchTalents;
    expect(matches).toHaveLength(10);
    for (const m of matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(m.strength).toBe(m.score >= 0.65 ? 'STRONG' : m.score >= 0.15 ? 'MODERATE' : 'WEAK');
      expect(m.conceptPairs.length).toBeLessThanOrEqual(3);
      expect(Object.values(m.breakdown).every((v) => typeof v === 'number' && v >= 0 && v <= 1)).toBe(true);
      expect(m.reasons).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(matches[0].breakdown.text).toBe(1);
    // The labelled ideal talents of this demand are found in the first ten.
    const ideal = labels.filter(([d, , g]) => d === 'DEV-D-010' && g === '3').map(([, code]) => code);
    expect(matches.map((m: { talent: { code: string } }) => m.talent.code)).toEqual(expect.arrayContaining(ideal));
    const top = matches.find((m: { talent: { code: string } }) => ideal.includes(m.talent.code));
    expect(top.reasons).toMatch(/^匹配度[强中弱]：.+ ↔ .+/);
    expect(top.conceptPairs.length).toBeGreaterThan(0);
    expect(top.matchedTerms.length).toBeGreaterThan(0);
  });

  it('should apply filters and cap the number of results', async () => {
    const remote = (await admin.gql.ok(MATCH, { id: devDemandId, first: 50, filter: { remoteOk: true, region: '上海' } })).matchTalents;
    expect(remote.length).toBeGreaterThan(0);
    expect(remote.every((m: { talent: { remoteOk: boolean; region: string } }) => m.talent.remoteOk && m.talent.region.includes('上海'))).toBe(true);
    expect((await admin.gql.ok(MATCH, { id: devDemandId, first: 500 })).matchTalents.length).toBeLessThanOrEqual(50);
    expect((await admin.gql.fails(MATCH, { id: devDemandId, first: 0 })).code).toBe('BAD_USER_INPUT');
  });

  it('should show matches only to the demand’s enterprise, experts and admins', async () => {
    const researcher = await registerResearcher(t);
    const stranger = await registerEnterprise(t);
    expect((await researcher.gql.fails(MATCH, { id: devDemandId })).code).toBe('FORBIDDEN');
    expect((await stranger.gql.fails(MATCH, { id: devDemandId })).code).toBe('FORBIDDEN');
    expect((await new Gql(t.app).fails(MATCH, { id: devDemandId })).code).toBe('UNAUTHENTICATED');
    expect((await stranger.gql.fails(RECOMMEND, { id: researcher.talentId })).code).toBe('FORBIDDEN');
  });

  it('should keep the index true: an edited profile and a newly published demand are found by the next request', async () => {
    const ent = await registerEnterprise(t);
    const researcher = await registerResearcher(t);
    await researcher.gql.ok(`mutation($id: ID!, $input: UpdateTalentInput!) { updateTalent(id: $id, input: $input) { id } }`, {
      id: researcher.talentId,
      input: { fields: ['钙钛矿叠层组件封装水氧阻隔', '原子层沉积阻隔膜'], keywords: ['水汽透过率', 'ALD'], remoteOk: true },
    });
    const demand = await publishedDemand(ent, admin, {
      title: '钙钛矿叠层组件水氧阻隔封装开发',
      description: '钙钛矿叠层组件在湿热环境下衰减快，需要开发原子层沉积阻隔膜与边缘封装工艺。',
      keywords: ['钙钛矿', '阻隔膜', '水汽透过率'],
      industry: '光伏',
    });
    const matches = (await ent.gql.ok(MATCH, { id: demand.id, first: 5 })).matchTalents;
    expect(matches[0].talent.id).toBe(researcher.talentId);
    const recommended = (await researcher.gql.ok(RECOMMEND, { id: researcher.talentId })).recommendDemands;
    expect(recommended[0].demand.id).toBe(demand.id);
    await ent.gql.ok(moveDemand('withdrawDemand'), { id: demand.id });
    const after = (await researcher.gql.ok(RECOMMEND, { id: researcher.talentId })).recommendDemands;
    expect(after.map((r: { demand: { id: string } }) => r.demand.id)).not.toContain(demand.id);
  });

  it('should find similar demands and warn of a likely duplicate in another list, on create and on import', async () => {
    const ent = await registerEnterprise(t);
    const lists = [];
    for (const name of ['相似度测试榜单甲', '相似度测试榜单乙']) {
      lists.push((await admin.gql.ok(`mutation($name: String!) { createDemandList(input: { name: $name }) { id } }`, { name })).createDemandList.id);
    }
    const text = {
      title: '氢燃料电池双极板导电耐蚀涂层开发',
      description: '金属双极板在燃料电池酸性环境中腐蚀，接触电阻升高，需要开发导电耐蚀涂层并实现批量喷涂。',
      keywords: ['双极板', '耐蚀涂层', '接触电阻'],
      industry: '氢能',
    };
    const original = await publishedDemand(ent, admin, { ...text, listId: lists[0] });
    const copy = (await ent.gql.ok(`mutation($input: CreateDemandInput!) { createDemand(input: $input) { id possibleDuplicates { similarity likelyDuplicate demand { id } } } }`, {
      input: { ...text, region: '浙江省嘉兴市', listId: lists[1], deadline: '2027-12-31' },
    })).createDemand;
    expect(copy.possibleDuplicates.map((s: { demand: { id: string } }) => s.demand.id)).toContain(original.id);
    const similar = (await admin.gql.ok(`query($id: ID!) { similarDemands(demandId: $id) { similarity likelyDuplicate demand { id } } }`, { id: copy.id })).similarDemands;
    expect(similar[0]).toMatchObject({ demand: { id: original.id }, likelyDuplicate: true });
    expect(similar[0].similarity).toBeGreaterThanOrEqual(0.8);
    expect(similar.slice(1).every((s: { likelyDuplicate: boolean }) => !s.likelyDuplicate)).toBe(true);

    const row = ['DUP-001', '相似度测试榜单乙', text.title, '嘉兴双极板有限公司', '', '浙江省嘉兴市', '氢能', '技术攻关', text.description, '', text.keywords.join('；'), '100', '', '', '', '已发布', '', ''];
    const csv = ['需求编号,榜单,需求名称,发榜单位,统一社会信用代码,所在地区,产业领域,需求类型,需求描述,技术指标,关键词,拟投入资金(万元),揭榜截止日期,揭榜条件,发布日期,状态,揭榜方,揭榜日期', row.join(',')].join('\r\n');
    const report = (await admin.gql.ok(`mutation($file: ImportFileInput!) { importDemands(file: $file) { created warnings warningKinds } }`, {
      file: { name: 'dup.csv', contentBase64: Buffer.from(csv).toString('base64') },
    })).importDemands;
    expect(report.created).toBe(1);
    expect(report.warnings.join('\n')).toMatch(/dup\.csv 第2行：DUP-001 与其他榜单中的 \S+ 疑似重复（相似度 /);
    expect(report.warningKinds).toEqual(['POSSIBLE_DUPLICATE']);
  });

  it('should search demands and talents with facets and highlighted snippets, within what the caller may read', async () => {
    const SEARCH = `query($q: String!, $kind: SearchKind!, $filter: SearchFilterInput) { search(query: $q, kind: $kind, filter: $filter, page: { limit: 5 }) {
      totalCount items { id snippet demand { id status } talent { id code } } facets { field values { value count } } } }`;
    const talents = (await new Gql(t.app).ok(SEARCH, { q: 'SiC', kind: 'TALENT' })).search;
    expect(talents.totalCount).toBeGreaterThan(0);
    expect(talents.items.length).toBeLessThanOrEqual(5);
    expect(talents.items[0].snippet).toMatch(/【[^】]+】/);
    const levels = talents.facets.find((f: { field: string }) => f.field === 'level').values;
    expect(levels.reduce((s: number, v: { count: number }) => s + v.count, 0)).toBe(talents.totalCount);
    // The synonym: 碳化硅 finds the same experts as SiC.
    const chinese = (await new Gql(t.app).ok(SEARCH, { q: '碳化硅', kind: 'TALENT' })).search;
    expect(chinese.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([talents.items[0].id]));

    const ent = await registerEnterprise(t);
    const secret = await publishedDemand(ent, admin, { title: '隐秘指标需求测试', indicators: '调谐率≥40%，材料牌号 ZQX9', indicatorsConfidential: true });
    const draft = (await ent.gql.ok(`mutation($input: CreateDemandInput!) { createDemand(input: $input) { id } }`, {
      input: { title: '草稿需求钛酸锶钡', description: '草稿阶段的需求描述，尚未提交审核。', industry: '新材料', region: '浙江省嘉兴市' },
    })).createDemand;
    const find = async (gql: Gql, q: string) => (await gql.ok(SEARCH, { q, kind: 'DEMAND' })).search.items.map((i: { id: string }) => i.id);
    // Confidential indicators are searched by admins and by the demand's own enterprise; drafts only by their enterprise and admins.
    expect(await find(new Gql(t.app), 'ZQX9')).toEqual([]);
    expect(await find((await registerEnterprise(t)).gql, 'ZQX9')).toEqual([]);
    expect(await find(ent.gql, 'ZQX9')).toEqual([secret.id]);
    expect(await find(admin.gql, 'ZQX9')).toEqual([secret.id]);
    // Nor do confidential indicators bring a demand to a researcher whose profile names them.
    const researcher = await registerResearcher(t);
    await researcher.gql.ok(`mutation($id: ID!, $input: UpdateTalentInput!) { updateTalent(id: $id, input: $input) { id } }`, {
      id: researcher.talentId,
      input: { fields: ['调谐率', 'ZQX9 材料牌号'], keywords: ['ZQX9'] },
    });
    const recommended = (await researcher.gql.ok(RECOMMEND, { id: researcher.talentId })).recommendDemands;
    expect(recommended.map((r: { demand: { id: string } }) => r.demand.id)).not.toContain(secret.id);
    expect(await find(new Gql(t.app), '钛酸锶钡')).toEqual([]);
    expect(await find(ent.gql, '钛酸锶钡')).toEqual([draft.id]);
    expect(await find(admin.gql, '钛酸锶钡')).toEqual([draft.id]);
    const statuses = (await admin.gql.ok(SEARCH, { q: '', kind: 'DEMAND', filter: { statuses: ['DRAFT'] } })).search;
    expect(statuses.facets.find((f: { field: string }) => f.field === 'status').values).toEqual([{ value: 'DRAFT', count: statuses.totalCount }]);
    expect((await admin.gql.fails(SEARCH, { q: '长'.repeat(501), kind: 'DEMAND' })).code).toBe('BAD_USER_INPUT');
  });

  it('should let an admin rebuild the index, and nobody else', async () => {
    const stats = (await admin.gql.ok(`mutation { rebuildSearchIndex { talents demands ms } }`)).rebuildSearchIndex;
    const [talents] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM talent`);
    expect(stats.talents).toBe(Number(talents.n));
    const researcher = await registerResearcher(t);
    expect((await researcher.gql.fails(`mutation { rebuildSearchIndex { talents } }`)).code).toBe('FORBIDDEN');
  });

  it('should keep the index true after an edit, an import and an award', async () => {
    const SEARCH = `query($q: String!, $kind: SearchKind!) { search(query: $q, kind: $kind) { items { id demand { status } talent { code } } } }`;
    const ids = async (q: string, kind = 'DEMAND') => (await admin.gql.ok(SEARCH, { q, kind })).search.items.map((i: { id: string }) => i.id);
    const ent = await registerEnterprise(t);
    const draft = (await ent.gql.ok(`mutation($input: CreateDemandInput!) { createDemand(input: $input) { id } }`, {
      input: { title: '旧标题 OLDTITLE7 需求', description: '用于验证索引随编辑更新的需求描述。', industry: '新材料', region: '浙江省嘉兴市' },
    })).createDemand;
    await ent.gql.ok(`mutation($id: ID!) { updateDemand(id: $id, input: { title: "钨铜复合热沉材料" }) { id } }`, { id: draft.id });
    expect((await ids('钨铜复合热沉'))[0]).toBe(draft.id);
    expect(await ids('OLDTITLE7')).toEqual([]);

    const roster = ['人才编号,姓名,工作单位,所在地区,研究方向', 'T-FRESH-1,新导入,浙江大学,浙江省杭州市,铌酸锂薄膜光波导'].join('\n');
    await admin.gql.ok(`mutation($file: ImportFileInput!) { importTalents(file: $file) { created } }`, {
      file: { name: 'fresh.csv', contentBase64: Buffer.from(roster).toString('base64') },
    });
    const found = (await admin.gql.ok(SEARCH, { q: '铌酸锂薄膜', kind: 'TALENT' })).search.items;
    expect(found.map((i: { talent: { code: string } }) => i.talent.code)).toContain('T-FRESH-1');

    const published = await publishedDemand(ent, admin, { title: '镓酸镧单晶生长工艺', industry: '新材料' });
    const researcher = await registerResearcher(t);
    const bidId = (await researcher.gql.ok(`mutation($input: SubmitBidInput!) { submitBid(input: $input) { id } }`, {
      input: { demandId: published.id, proposal: '采用提拉法生长镓酸镧单晶。', quote: 100, durationMonths: 12, teamMembers: [] },
    })).submitBid.id;
    await ent.gql.ok(`mutation($id: ID!) { awardBid(id: $id) { id } }`, { id: bidId });
    const after = (await admin.gql.ok(SEARCH, { q: '镓酸镧单晶', kind: 'DEMAND' })).search.items;
    expect(after[0]).toEqual({ id: published.id, demand: { status: 'TAKEN' }, talent: null });
  });
});
