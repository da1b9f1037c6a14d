import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../setup/cli';
import { ADMIN_ENV, CREATE_DEMAND, demandInput, loginAdmin, registerEnterprise, rowCount, tableCounts, useAdminApp } from '../setup/fixtures';
import request from 'supertest';
import { createTestApp, Gql } from '../setup/test-app';

// The taxonomy the bureau owns: ADMIN mutations, each with its ledger entry; a restart that keeps
// an admin's changes; merges that move demands and talents; the taxonomy file import; and
// unknown industries in a demand list refused once per name, then created, then mapped.

jest.setTimeout(180_000);

const FIXTURES = join(__dirname, '../fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path));
const file = (name: string, data: Buffer) => ({ name, contentBase64: data.toString('base64') });

const INDUSTRY = `id code name level aliases retiredAt parent { name } mergedInto { name } history { action from to note actor { id } }`;
const INDUSTRIES = `query($all: Boolean) { industries(includeRetired: $all) { ${INDUSTRY} } }`;
const ADD = `mutation($input: AddIndustryInput!) { addIndustry(input: $input) { ${INDUSTRY} } }`;
const ADD_ALIASES = `mutation($id: ID!, $aliases: [String!]!) { addIndustryAliases(id: $id, aliases: $aliases) { ${INDUSTRY} } }`;
const REMOVE_ALIASES = `mutation($id: ID!, $aliases: [String!]!) { removeIndustryAliases(id: $id, aliases: $aliases) { ${INDUSTRY} } }`;
const RENAME = `mutation($id: ID!, $name: String!) { renameIndustry(id: $id, name: $name) { ${INDUSTRY} } }`;
const MOVE = `mutation($id: ID!, $parent: String) { moveIndustry(id: $id, parent: $parent) { ${INDUSTRY} } }`;
const MERGE = `mutation($id: ID!, $into: ID!) { mergeIndustry(id: $id, intoId: $into) { ${INDUSTRY} } }`;
const RETIRE = `mutation($id: ID!) { retireIndustry(id: $id) { ${INDUSTRY} } }`;
const IMPORT_TAXONOMY = `mutation($file: ImportFileInput!) { importTaxonomy(file: $file) { kind created updated unchanged warnings } }`;
const IMPORT_DEMANDS = `mutation($file: ImportFileInput!, $new: NewIndustriesInput, $map: [IndustryMapEntry!]) {
  importDemands(file: $file, newIndustries: $new, industryMap: $map) { created updated unchanged warnings } }`;
const IMPORT_TALENTS = `mutation($file: ImportFileInput!, $new: NewIndustriesInput, $map: [IndustryMapEntry!]) {
  importTalents(file: $file, newIndustries: $new, industryMap: $map) { created warnings } }`;
const DEMAND = `query($code: String) { demand(code: $code) { id industry } }`;
const TALENT_INDUSTRIES = `query($q: String!, $industry: String) { search(kind: TALENT, query: $q, filter: { industry: $industry }) { items { talent { code industries } } } }`;
const DEMAND_SEARCH = `query($q: String!, $industry: String) { search(kind: DEMAND, query: $q, filter: { industry: $industry }) { items { demand { code industry } } } }`;

const demandCsv = (rows: [code: string, industry: string, title: string][]) =>
  Buffer.from(
    [
      '需求编号,需求名称,发榜单位,所在地区,产业领域,需求描述',
      ...rows.map(([code, industry, title]) => `${code},${title},嘉兴产业目录测试有限公司,浙江省嘉兴市南湖区,${industry},需开发${title}的关键工艺，满足客户的批量化应用要求。`),
    ].join('\n'),
  );
const talentCsv = (rows: [code: string, industries: string, fields: string][]) =>
  Buffer.from(['人才编号,姓名,工作单位,所在地区,产业领域,研究方向', ...rows.map(([code, industries, fields]) => `${code},测试人才,浙江大学,浙江省杭州市,"${industries}",${fields}`)].join('\n'));

describe('a taxonomy the bureau owns', () => {
  const ctx = useAdminApp();
  const byName = async (name: string, all = false) => ((await ctx.admin.gql.ok(INDUSTRIES, { all })).industries as any[]).find((i) => i.name === name);

  it('should add an industry with a parent, aliases and a generated code, recorded in the ledger, and offer it for new demands', async () => {
    const { addIndustry } = await ctx.admin.gql.ok(ADD, { input: { name: '量子科技', parent: '新一代信息技术', aliases: ['量子信息技术', '量子'] } });
    expect(addIndustry).toMatchObject({ name: '量子科技', level: 2, aliases: ['量子信息技术', '量子'], parent: { name: '新一代信息技术' }, retiredAt: null });
    expect(addIndustry.code).toMatch(/^U-[0-9A-F]{8}$/);
    expect(addIndustry.history).toEqual([{ action: 'add', from: null, to: 'ACTIVE', note: '新增产业；上级：新一代信息技术；别名：量子信息技术、量子', actor: { id: ctx.admin.userId } }]);
    const ent = await registerEnterprise(ctx.t);
    const { createDemand } = await ent.gql.ok(CREATE_DEMAND, { input: demandInput({ industry: '量子' }) });
    expect(createDemand.industry).toBe('量子科技');
  });

  it('should refuse names and aliases another industry holds, and cycles in the tree, naming the field in Chinese', async () => {
    const quantum = await byName('量子科技');
    const clash = await ctx.admin.gql.fails(ADD_ALIASES, { id: quantum.id, aliases: ['芯片'] });
    expect(clash).toMatchObject({ code: 'CONFLICT', message: 'aliases：“芯片”已是产业“集成电路”的别名', extensions: { field: 'aliases' } });
    const name = await ctx.admin.gql.fails(ADD, { input: { name: '新材料产业' } });
    expect(name).toMatchObject({ code: 'CONFLICT', message: 'name：“新材料产业”已是产业“新材料”的别名' });
    const top = await byName('新一代信息技术');
    const cycle = await ctx.admin.gql.fails(MOVE, { id: top.id, parent: '量子科技' });
    expect(cycle).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'parent' } });
    expect(cycle.message).toContain('会形成循环');
    expect((await ctx.admin.gql.fails(ADD, { input: { name: '  ' } })).code).toBe('BAD_USER_INPUT');
    expect((await ctx.admin.gql.fails(ADD, { input: { name: '甲；乙' } })).message).toContain('分隔符');
    expect((await byName('新一代信息技术')).parent).toBeNull();
  });

  it('should add and remove aliases, rename (the old name kept as an alias) and move, each a ledger entry', async () => {
    const quantum = await byName('量子科技');
    await ctx.admin.gql.ok(ADD_ALIASES, { id: quantum.id, aliases: ['量子计算', '量子'] });
    await ctx.admin.gql.ok(REMOVE_ALIASES, { id: quantum.id, aliases: ['量子信息技术'] });
    const { renameIndustry } = await ctx.admin.gql.ok(RENAME, { id: quantum.id, name: '量子信息' });
    const { moveIndustry } = await ctx.admin.gql.ok(MOVE, { id: quantum.id, parent: '电子核心' });
    expect(renameIndustry.aliases).toEqual(['量子', '量子计算', '量子科技']);
    expect(moveIndustry).toMatchObject({ name: '量子信息', level: 3, parent: { name: '电子核心' } });
    expect(moveIndustry.history.map((h: any) => [h.action, h.note])).toEqual([
      ['add', '新增产业；上级：新一代信息技术；别名：量子信息技术、量子'],
      ['alias', '新增别名：量子计算'],
      ['unalias', '删除别名：量子信息技术'],
      ['rename', '改名：量子科技 → 量子信息（原名保留为别名）'],
      ['move', '上级：新一代信息技术 → 电子核心'],
    ]);
    expect((await ctx.admin.gql.fails(REMOVE_ALIASES, { id: quantum.id, aliases: ['不存在的别名'] })).code).toBe('BAD_USER_INPUT');
  });

  it('should move demands, talents and names when one industry is merged into another, and search and matching see it', async () => {
    await ctx.admin.gql.ok(ADD, { input: { name: '量子通信', parent: '下一代信息网络' } });
    await ctx.admin.gql.ok(IMPORT_TALENTS, { file: file('qt.csv', talentCsv([['T-QM-001', '量子通信；新材料', '量子密钥分发；单光子探测']])) });
    await ctx.admin.gql.ok(IMPORT_DEMANDS, { file: file('qd.csv', demandCsv([['QM-001', '量子通信', '城域量子密钥分发网络建设']])) });
    const from = await byName('量子通信');
    const into = await byName('量子信息');
    const { mergeIndustry } = await ctx.admin.gql.ok(MERGE, { id: from.id, into: into.id });
    expect(mergeIndustry.aliases).toEqual(expect.arrayContaining(['量子通信']));
    expect(mergeIndustry.history.at(-1)).toMatchObject({ action: 'absorb', note: '“量子通信”并入本产业：1 项需求、1 位人才随之转入；新增别名：量子通信' });
    expect((await ctx.admin.gql.ok(DEMAND, { code: 'QM-001' })).demand.industry).toBe('量子信息');
    const talents = (await ctx.admin.gql.ok(TALENT_INDUSTRIES, { q: '量子密钥分发', industry: '量子信息' })).search.items;
    expect(talents).toEqual([{ talent: { code: 'T-QM-001', industries: ['量子信息', '新材料'] } }]);
    const demands = (await ctx.admin.gql.ok(DEMAND_SEARCH, { q: '量子密钥分发', industry: '电子核心' })).search.items;
    expect(demands).toEqual([{ demand: { code: 'QM-001', industry: '量子信息' } }]);
    const merged = await byName('量子通信', true);
    expect(merged).toMatchObject({ aliases: [], mergedInto: { name: '量子信息' }, history: [{ action: 'add' }, { action: 'merge', from: 'ACTIVE', to: 'MERGED' }] });
    expect(merged.retiredAt).not.toBeNull();
    expect(await byName('量子通信')).toBeUndefined();
    expect((await ctx.admin.gql.fails(ADD_ALIASES, { id: merged.id, aliases: ['量子网络'] })).code).toBe('CONFLICT');
  });

  it('should retire an industry: no longer offered, its demands kept, new rows refused', async () => {
    await ctx.admin.gql.ok(ADD, { input: { name: '待停用产业', parent: '新材料' } });
    await ctx.admin.gql.ok(IMPORT_DEMANDS, { file: file('r.csv', demandCsv([['RT-001', '待停用产业', '旧产业下的历史需求']])) });
    const retiring = await byName('待停用产业');
    const { retireIndustry } = await ctx.admin.gql.ok(RETIRE, { id: retiring.id });
    expect(retireIndustry.history.at(-1)).toMatchObject({ action: 'retire', from: 'ACTIVE', to: 'RETIRED' });
    expect(await byName('待停用产业')).toBeUndefined();
    expect((await byName('待停用产业', true)).retiredAt).not.toBeNull();
    expect((await ctx.admin.gql.ok(DEMAND, { code: 'RT-001' })).demand.industry).toBe('待停用产业');
    const created = await ctx.admin.gql.fails(CREATE_DEMAND, { input: demandInput({ industry: '待停用产业', organizationId: (await registerEnterprise(ctx.t)).organizationId }) });
    expect(created).toMatchObject({ code: 'BAD_USER_INPUT', message: 'industry：产业“待停用产业”已停用，请选择其他产业' });
    const imported = await ctx.admin.gql.fails(IMPORT_DEMANDS, { file: file('r2.csv', demandCsv([['RT-002', '待停用产业', '新的需求']])) });
    expect(imported.extensions.problems).toMatchObject([{ row: 2, column: '产业领域', kind: 'RETIRED_INDUSTRY' }]);
    expect((await ctx.admin.gql.fails(RETIRE, { id: (await byName('新材料')).id })).message).toContain('还有未停用的下级');
  });

  it('should keep an admin’s rename, merge and retirement when the app restarts on the same database', async () => {
    // Changes to industries the data file provides: the file must not put them back.
    const talc = await byName('黑滑石');
    await ctx.admin.gql.ok(RENAME, { id: talc.id, name: '滑石新材料' });
    await ctx.admin.gql.ok(REMOVE_ALIASES, { id: talc.id, aliases: ['滑石', '黑滑石'] });
    await ctx.admin.gql.ok(MOVE, { id: talc.id, parent: '先进无机非金属材料' });
    // A database from before this release: it lacks a chain and an alias the data file has now.
    const ds = ctx.t.dataSource;
    await ds.query(`DELETE FROM industry WHERE code = 'C-FLEXELEC'`);
    const [optics] = await ds.query(`SELECT aliases, seeded_aliases AS seeded FROM industry WHERE code = 'C-OPTICS'`);
    const without = (json: string) => JSON.stringify((JSON.parse(json) as string[]).filter((a) => a !== '光学光电'));
    const [a, b] = ctx.t.config.databaseUrl ? ['$1', '$2'] : ['?', '?'];
    await ds.query(`UPDATE industry SET aliases = ${a}, seeded_aliases = ${b} WHERE code = 'C-OPTICS'`, [without(optics.aliases), without(optics.seeded)]);
    const env: Record<string, string> = ctx.t.config.databaseUrl ? { DATABASE_URL: ctx.t.config.databaseUrl, DATABASE_SCHEMA: ctx.t.config.databaseSchema! } : { DATABASE_PATH: ctx.t.config.databasePath };
    const again = await createTestApp({ ...ADMIN_ENV, ...env });
    try {
      const admin = await loginAdmin(again);
      const all = (await admin.gql.ok(INDUSTRIES, { all: true })).industries as any[];
      expect(all.find((i) => i.name === '量子信息')).toMatchObject({ parent: { name: '电子核心' }, aliases: ['量子', '量子计算', '量子科技', '量子通信'] });
      expect(all.find((i) => i.name === '量子科技')).toBeUndefined();
      expect(all.find((i) => i.name === '量子通信')).toMatchObject({ mergedInto: { name: '量子信息' } });
      expect(all.find((i) => i.name === '待停用产业').retiredAt).not.toBeNull();
      expect(all.find((i) => i.code === 'C-TALC')).toMatchObject({ name: '滑石新材料', aliases: [], parent: { name: '先进无机非金属材料' } });
      expect(all.find((i) => i.name === '黑滑石')).toBeUndefined();
      expect(all.find((i) => i.code === 'C-FLEXELEC')).toMatchObject({ name: '柔性电子', parent: { name: '电子核心' } });
      expect(all.find((i) => i.code === 'C-OPTICS').aliases).toContain('光学光电');
      expect(all.filter((i) => i.code === '3')).toHaveLength(1);
    } finally {
      await again.close();
    }
  });

  it('should import a taxonomy file (CSV and XLSX): new industries under parents from the same file, aliases added, a ledger entry each', async () => {
    const { importTaxonomy } = await ctx.admin.gql.ok(IMPORT_TAXONOMY, { file: file('taxonomy.csv', fixture('taxonomy/taxonomy.csv')) });
    expect(importTaxonomy).toMatchObject({ kind: 'taxonomy', created: 1, updated: 3, unchanged: 0 });
    expect(await byName('量子传感器')).toMatchObject({ parent: { name: '量子信息' }, aliases: ['量子传感', '量子精密测量'], history: [{ action: 'add', note: '导入 taxonomy.csv 第2行；上级：量子信息；别名：量子传感、量子精密测量' }] });
    expect(await byName('量子信息')).toMatchObject({ parent: { name: '新一代信息技术' }, aliases: expect.arrayContaining(['量子技术']) });
    expect((await byName('新材料')).aliases).toContain('先进材料');
    const again = await ctx.admin.gql.ok(IMPORT_TAXONOMY, { file: file('taxonomy.csv', fixture('taxonomy/taxonomy.csv')) });
    expect(again.importTaxonomy).toMatchObject({ created: 0, updated: 0, unchanged: 4 });

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('产业目录');
    sheet.addRows([['名称', '上级产业', '别称'], ['低空经济', '航空装备', '无人机；通用航空'], ['空天信息', '卫星及应用', '']]);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    expect((await ctx.admin.gql.ok(IMPORT_TAXONOMY, { file: file('目录.xlsx', xlsx) })).importTaxonomy).toMatchObject({ created: 2 });
    expect(await byName('低空经济')).toMatchObject({ parent: { name: '航空装备' }, aliases: ['无人机', '通用航空'] });
  });

  it('should refuse a taxonomy file with clashes and unknown parents, naming row and column, and write nothing', async () => {
    const before = await tableCounts(ctx.t);
    const industries = await rowCount(ctx.t, 'industry');
    const bad = Buffer.from('名称,上级,别名\n新产业甲,不存在的上级,\n新产业乙,新材料,芯片\n');
    const err = await ctx.admin.gql.fails(IMPORT_TAXONOMY, { file: file('bad.csv', bad) });
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.problems).toMatchObject([
      { row: 2, column: '上级', kind: 'UNKNOWN_PARENT_INDUSTRY' },
      { row: 3, column: '别名', kind: 'INDUSTRY_NAME_CLASH', reason: '“芯片”已是产业“集成电路”的别名' },
    ]);
    expect(await byName('新产业乙')).toBeUndefined();
    expect({ ...(await tableCounts(ctx.t)), industry: await rowCount(ctx.t, 'industry') }).toEqual({ ...before, industry: industries });
  });
});

describe('unknown industries in a demand list', () => {
  const ctx = useAdminApp();
  const list = fixture('taxonomy/demands-unknown.csv');
  const industries = async () => ((await ctx.admin.gql.ok(INDUSTRIES, { all: true })).industries as any[]).length;

  it('should refuse the file with one problem per unknown name listing its rows and suggestions, writing nothing', async () => {
    const before = { ...(await tableCounts(ctx.t)), industries: await industries() };
    const err = await ctx.admin.gql.fails(IMPORT_DEMANDS, { file: file('demands-unknown.csv', list) });
    expect(err.code).toBe('BAD_USER_INPUT');
    const problems = err.extensions.problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'demands-unknown.csv', row: 2, column: '产业领域', kind: 'UNKNOWN_INDUSTRY', value: '空天信息' });
    expect(problems[0].reason).toMatch(/^未知产业“空天信息”（第2、3、5行），是否为：.+？可用 --new-industries create 新建，或 --map "空天信息=.+" 对应到已有产业/);
    const en = await request(ctx.t.app.getHttpServer())
      .post('/graphql')
      .set('Authorization', `Bearer ${ctx.admin.gql.token}`)
      .set('Accept-Language', 'en')
      .send({ query: IMPORT_DEMANDS, variables: { file: file('demands-unknown.csv', list) } });
    expect(en.body.errors[0].extensions.problems[0].reason).toMatch(/^unknown industry "空天信息" \(rows 2, 3, 5\); did you mean /);
    expect(problems[1]).toMatchObject({ row: 4, kind: 'UNKNOWN_INDUSTRY' });
    expect(problems[1].reason).toContain('未知产业“低空经济”（第4行）');
    expect({ ...(await tableCounts(ctx.t)), industries: await industries() }).toEqual(before);
  });

  it('should create them with newIndustries CREATE under the given parent, a warning and a ledger entry each', async () => {
    const count = await industries();
    const { importDemands } = await ctx.admin.gql.ok(IMPORT_DEMANDS, { file: file('demands-unknown.csv', list), new: { mode: 'CREATE', parent: '高端装备制造' } });
    expect(importDemands).toMatchObject({ created: 5 });
    expect(importDemands.warnings).toEqual(
      expect.arrayContaining(['demands-unknown.csv：新建产业“空天信息”（上级：高端装备制造），用于第2、3、5行', 'demands-unknown.csv：新建产业“低空经济”（上级：高端装备制造），用于第4行']),
    );
    expect(await industries()).toBe(count + 2);
    const created = ((await ctx.admin.gql.ok(INDUSTRIES, {})).industries as any[]).find((i) => i.name === '空天信息');
    expect(created).toMatchObject({ level: 2, parent: { name: '高端装备制造' }, history: [{ action: 'add', to: 'ACTIVE', note: '导入 demands-unknown.csv 时新建（第2、3、5行）；上级：高端装备制造' }] });
    expect((await ctx.admin.gql.ok(DEMAND, { code: 'UNK-004' })).demand.industry).toBe('空天信息');
  });

  it('should map names to existing industries with industryMap, and refuse a map to an unknown industry', async () => {
    const csv = demandCsv([
      ['MAP-001', '商业航天', '可回收火箭发动机热防护'],
      ['MAP-002', '商业航天', '低成本卫星总装工艺'],
    ]);
    const before = await tableCounts(ctx.t);
    const wrong = await ctx.admin.gql.fails(IMPORT_DEMANDS, { file: file('map.csv', csv), map: [{ from: '商业航天', to: '不存在的产业' }] });
    expect(wrong.extensions.problems[0]).toMatchObject({ row: 0, column: '产业领域', kind: 'UNKNOWN_INDUSTRY' });
    expect(wrong.extensions.problems[0].reason).toContain('对应关系“商业航天=不存在的产业”的目标产业“不存在的产业”不存在');
    expect(await tableCounts(ctx.t)).toEqual(before);
    const { importDemands } = await ctx.admin.gql.ok(IMPORT_DEMANDS, { file: file('map.csv', csv), map: [{ from: '商业航天', to: '空天信息' }] });
    expect(importDemands).toMatchObject({ created: 2, warnings: ['map.csv：产业“商业航天”按对应关系记为“空天信息”（第2、3行）'] });
    expect((await ctx.admin.gql.ok(DEMAND, { code: 'MAP-002' })).demand.industry).toBe('空天信息');
  });

  it('should refuse to create an industry from a cell that cannot be a name, naming its row', async () => {
    const csv = Buffer.from(`需求编号,需求名称,发榜单位,所在地区,产业领域,需求描述\nBAD-IND-1,两个产业的需求,嘉兴测试有限公司,浙江省嘉兴市,"深海装备,极地装备",需开发一种深海与极地通用的耐压密封结构。\n`);
    const err = await ctx.admin.gql.fails(IMPORT_DEMANDS, { file: file('bad-industry.csv', csv), new: { mode: 'CREATE' } });
    expect(err.extensions.problems).toMatchObject([{ row: 2, column: '产业领域', kind: 'INVALID_INDUSTRY_NAME' }]);
    expect(err.extensions.problems[0].reason).toContain('分隔符');
  });

  it('should keep a talent’s unknown industry as written with one warning per name, or create it on request', async () => {
    const roster = talentCsv([
      ['T-UNK-001', '海洋牧场；新材料', '深远海养殖装备'],
      ['T-UNK-002', '海洋牧场', '海洋渔业资源'],
    ]);
    const kept = (await ctx.admin.gql.ok(IMPORT_TALENTS, { file: file('roster.csv', roster) })).importTalents;
    expect(kept.warnings).toHaveLength(1);
    expect(kept.warnings[0]).toMatch(/^roster\.csv：产业“海洋牧场”不在产业目录中，按原文保存（第2、3行）；是否为：/);
    const created = (await ctx.admin.gql.ok(IMPORT_TALENTS, { file: file('roster.csv', roster), new: { mode: 'CREATE' } })).importTalents;
    expect(created.warnings).toEqual(['roster.csv：新建产业“海洋牧场”（顶层），用于第2、3行']);
    expect(((await ctx.admin.gql.ok(INDUSTRIES, {})).industries as any[]).find((i) => i.name === '海洋牧场')).toMatchObject({ level: 1, parent: null });
  });
});

describe('npm run import: taxonomy files and the industry options', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiebang-taxonomy-cli-'));
  const db = join(dir, 'cli.sqlite');
  const path = (name: string) => join(FIXTURES, 'taxonomy', name);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should refuse unknown industries with one line per name, then import with --map and --new-industries, and import a taxonomy file', async () => {
    const refused = await runCli('import', ['demands', path('demands-unknown.csv')], db);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('未知产业“空天信息”（第2、3、5行）');
    expect(refused.stderr.match(/未知产业/g)).toHaveLength(2);
    const imported = await runCli('import', ['demands', path('demands-unknown.csv'), '--map', '空天信息=卫星及应用', '--new-industries', 'create:航空装备'], db);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('新建产业“低空经济”（上级：航空装备），用于第4行');
    expect(imported.stdout).toContain('demands-unknown.csv：新增 5 条');
    // A server already running on the database follows the CLI's taxonomy change within INDEX_POLL_MS.
    const t = await createTestApp({ ...ADMIN_ENV, DATABASE_URL: '', DATABASE_PATH: db, INDEX_POLL_MS: '200' });
    try {
      const admin = await loginAdmin(t);
      const taxonomy = await runCli('import', ['taxonomy', path('taxonomy.csv')], db);
      expect(taxonomy.stdout).toContain('taxonomy.csv：新增 2 条，更新 2 条，未变 0 条');
      const anonymous = new Gql(t.app);
      const names = async () => ((await anonymous.ok(INDUSTRIES, {})).industries as any[]).map((i) => i.name);
      for (let i = 0; i < 50 && !(await names()).includes('量子传感器'); i++) await new Promise((r) => setTimeout(r, 100));
      expect((await admin.gql.ok(DEMAND, { code: 'UNK-002' })).demand.industry).toBe('卫星及应用');
      const all = (await admin.gql.ok(INDUSTRIES, {})).industries as any[];
      expect(all.find((i) => i.name === '低空经济')).toMatchObject({ parent: { name: '航空装备' }, history: [{ action: 'add', actor: null }] });
      expect(all.find((i) => i.name === '量子传感器')).toMatchObject({ parent: { name: '量子信息' } });
    } finally {
      await t.close();
    }
  });
});
