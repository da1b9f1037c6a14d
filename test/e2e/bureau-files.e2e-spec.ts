import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { Gql } from '../setup/test-app';
import { runCli } from '../setup/cli';
import { tableCounts, useAdminApp } from '../setup/fixtures';

// Files as bureaus have them (test/fixtures/bureau/README.md says how each was made), imported
// over HTTP through importDemands/importTalents, and once through the import command.

const FIXTURES = join(__dirname, '../fixtures/bureau');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const IMPORT_DEMANDS = `mutation($file: ImportFileInput!, $list: String, $sheet: String) { importDemands(file: $file, list: $list, sheet: $sheet) { created updated unchanged warnings } }`;
const IMPORT_TALENTS = `mutation($file: ImportFileInput!) { importTalents(file: $file) { created updated unchanged warnings } }`;
const vars = (name: string, data: Buffer, extra: Record<string, string> = {}) => ({ file: { name, contentBase64: data.toString('base64') }, ...extra });
const DEMAND = `query($code: String) { demand(code: $code) { code title budget deadline industry region description contactName contactPhone list { name } organization { name } } }`;
const TALENT = `query($code: String) { talent(code: $code) { name title level institution institutionType region industries fields remoteOk bio } }`;

describe('import of the files bureaus really have', () => {
  const ctx = useAdminApp();
  const demand = async (code: string) => (await ctx.admin.gql.ok(DEMAND, { code })).demand;

  /** A file that must be refused with exactly one problem of `kind`, writing nothing. */
  async function refusedWithOne(name: string, data: Buffer, kind: string, extra: Record<string, string> = {}) {
    const before = await tableCounts(ctx.t);
    const err = await ctx.admin.gql.fails(IMPORT_DEMANDS, vars(name, data, extra));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.problems).toEqual([expect.objectContaining({ file: name, kind, reason: expect.any(String) })]);
    expect(await tableCounts(ctx.t)).toEqual(before);
    return err.extensions.problems[0];
  }

  it('should import a GB18030 CSV saved by Excel on Chinese Windows, its title naming the list', async () => {
    const bytes = fixture('demands-gbk.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const report = (await ctx.admin.gql.ok(IMPORT_DEMANDS, vars('demands-gbk.csv', bytes))).importDemands;
    expect(report).toMatchObject({ created: 3, updated: 0 });
    expect(report.warnings).toEqual([
      expect.stringContaining('第 6 行起的 1 行是表格下方的注释或合计（“合计”），已忽略'),
      expect.stringContaining('第5行「投入资金(万元)」：第 5 行“投入资金(万元)”为面议或待定，按未填预算导入'),
    ]);
    expect(await demand('NH-2026-001')).toMatchObject({
      title: '高导热氮化铝陶瓷基板流延成型',
      organization: { name: '嘉兴南湖示范陶瓷有限公司' },
      industry: '新材料',
      budget: 200,
      deadline: '2026-09-30',
      contactPhone: '0573-82000001',
      list: { name: '南湖区2026年企业技术需求汇总表' },
    });
    expect((await demand('NH-2026-002')).budget).toBe(1200);
    expect((await demand('NH-2026-003')).budget).toBeNull();
  });

  it('should name the rows of a GB18030 CSV in its problems as the spreadsheet shows them', async () => {
    const text = iconv.decode(fixture('demands-gbk.csv'), 'gb18030').replace('车规级IGBT模块银烧结工艺,嘉兴南湖示范功率半导体有限公司,浙江省嘉兴市南湖区,集成电路', '车规级IGBT模块银烧结工艺,嘉兴南湖示范功率半导体有限公司,浙江省嘉兴市南湖区,新材枓');
    const before = await tableCounts(ctx.t);
    const err = await ctx.admin.gql.fails(IMPORT_DEMANDS, vars('demands-gbk-v2.csv', iconv.encode(text, 'gb18030')));
    expect(err.extensions.problems.map((p: any) => `${p.row}|${p.column}`)).toEqual(['4|行业领域']); // the column as the file names it
    expect(await tableCounts(ctx.t)).toEqual(before);
  });

  it('should import a UTF-16 tab-separated "Unicode 文本" roster with alternative headers and a line break in a cell', async () => {
    const report = (await ctx.admin.gql.ok(IMPORT_TALENTS, vars('talents-unicode.txt', fixture('talents-unicode.txt')))).importTalents;
    expect(report).toMatchObject({ created: 3, warnings: [] });
    expect((await ctx.admin.gql.ok(TALENT, { code: 'T-NH-001' })).talent).toMatchObject({
      name: '林书远',
      level: 'PROVINCIAL',
      institution: '浙江大学',
      institutionType: 'UNIVERSITY',
      industries: ['新材料'],
      fields: ['陶瓷基板', '流延成型'],
      remoteOk: true,
      bio: '长期从事电子陶瓷研究。\n主持国家重点研发计划课题2项。',
    });
    expect((await ctx.admin.gql.ok(TALENT, { code: 'T-NH-002' })).talent).toMatchObject({ level: 'NATIONAL', institutionType: 'INSTITUTE', remoteOk: false });
    // The same text in UTF-16 BE with its BOM, as a .tsv, and in UTF-16 LE that lost its BOM.
    const text = iconv.decode(fixture('talents-unicode.txt'), 'utf16le');
    const again = [iconv.encode(text, 'utf16be', { addBOM: true }), iconv.encode(text, 'utf16le')];
    for (const data of again) expect((await ctx.admin.gql.ok(IMPORT_TALENTS, vars('talents.tsv', data))).importTalents).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('should find the table of a bureau workbook: merged title, blank row, 序号, alternative headers, 元, 面议, notes below, hidden column and sheet', async () => {
    const report = (await ctx.admin.gql.ok(IMPORT_DEMANDS, vars('demands-bureau.xlsx', fixture('demands-bureau.xlsx')))).importDemands;
    expect(report.created).toBe(4);
    expect(report.warnings).toEqual([
      expect.stringContaining('第 9 行起的 2 行是表格下方的注释或合计（“注：以上需求由各县（市、区）科技局汇总报送。”），已忽略'),
      expect.stringContaining('第5行「拟投入资金（元）」：第 5 行“拟投入资金（元）”为面议或待定'),
    ]);
    const list = { name: '嘉兴市2026年第一批企业关键技术需求榜单' };
    expect(await demand('JX-2026-001')).toMatchObject({ budget: 200, deadline: '2026-09-30', industry: '新材料', contactName: '沈经理', contactPhone: '0573-83000001', list });
    expect(await demand('JX-2026-002')).toMatchObject({ budget: null, deadline: '2026-10-15', list });
    expect((await demand('JX-2026-003')).budget).toBe(150);
    expect((await demand('JX-2026-004')).budget).toBe(300);
    // The hidden sheet 旧表 fits the contract too, but is not what a person sees.
    expect((await ctx.admin.gql.fails(DEMAND, { code: 'JX-OLD-001' })).code).toBe('NOT_FOUND');
    // The contact is the demand's confidential one.
    expect((await new Gql(ctx.t.app).ok(DEMAND, { code: 'JX-2026-001' })).demand).toMatchObject({ contactName: null, contactPhone: null });
  });

  it('should read the sheet named by the sheet argument, and refuse an unknown sheet name listing the sheets', async () => {
    const data = fixture('demands-bureau.xlsx');
    const second = (await ctx.admin.gql.ok(IMPORT_DEMANDS, vars('demands-bureau.xlsx', data, { sheet: '第二批' }))).importDemands;
    expect(second).toMatchObject({ created: 1, warnings: [] });
    expect(await demand('JX-2026-101')).toMatchObject({ budget: 120, industry: '人工智能', list: { name: '嘉兴市2026年第二批企业关键技术需求榜单' } });
    const named = (await ctx.admin.gql.ok(IMPORT_DEMANDS, vars('demands-bureau.xlsx', data, { sheet: '第二批', list: '海宁市专项榜单' }))).importDemands;
    expect(named).toMatchObject({ updated: 1 });
    expect((await demand('JX-2026-101')).list).toEqual({ name: '海宁市专项榜单' });
    const problem = await refusedWithOne('demands-bureau.xlsx', data, 'SHEET_NOT_FOUND', { sheet: '第三批' });
    expect(problem.reason).toBe('工作簿中没有名为“第三批”的工作表；现有工作表：“填报说明”、“旧表”、“需求汇总表”、“第二批”');
  });

  it('should read a workbook written by openpyxl, whose sheet names come after its sheets in the archive', async () => {
    const data = fixture('demands-openpyxl.xlsx');
    const report = (await ctx.admin.gql.ok(IMPORT_DEMANDS, vars('demands-openpyxl.xlsx', data, { sheet: '需求' }))).importDemands;
    expect(report).toMatchObject({ created: 2, warnings: [expect.stringContaining('第 6 行起的 1 行是表格下方的注释或合计（“注：资金单位为万元。”）')] });
    const list = { name: '上饶市广丰区2026年企业技术需求榜单' };
    expect(await demand('GF-2026-001')).toMatchObject({ budget: 50, deadline: '2026-09-30', contactName: '张三', organization: { name: '广丰示范滑石有限公司' }, list });
    expect(await demand('GF-2026-002')).toMatchObject({ budget: 12.3, deadline: '2026-10-01', list });
    expect((await ctx.admin.gql.ok(IMPORT_DEMANDS, vars('demands-openpyxl.xlsx', data))).importDemands).toMatchObject({ created: 0, unchanged: 2 });
    const problem = await refusedWithOne('demands-openpyxl.xlsx', data, 'SHEET_NOT_FOUND', { sheet: 'Sheet1' });
    expect(problem.reason).toContain('现有工作表：“说明”、“需求”、“备用”');
  });

  it('should map header variants with full-width or half-width punctuation and notes, read the unit stated above the table and detect semicolons', async () => {
    const csv = [
      '（金额单位：元）',
      '  需求编号 ;项目名称;需求单位（全称）;所属地区;产业领域;需求描述;拟投入资金;截止日期;联系人;联系电话（手机）',
      'SC-001;硅光芯片耦合封装;嘉兴示范光电有限公司;浙江省嘉兴市海宁市;集成电路;耦合损耗需低于1dB。;"2,500,000";2026年12月31日;赵工;13600000001',
      'SC-002;钙钛矿叠层电池封装;嘉兴示范光伏有限公司;浙江省嘉兴市海盐县;光伏新能源;湿热老化后效率衰减大。;80万;2026-11-30;;',
      'SC-003;氢燃料电池双极板涂层;嘉兴示范氢能装备有限公司;浙江省嘉兴市嘉善县;氢能;金属双极板耐蚀性不足。;１，２００，０００元;2026-11-30;;',
    ].join('\n');
    const report = (await ctx.admin.gql.ok(IMPORT_DEMANDS, vars('semicolons.csv', Buffer.from(csv), { list: '分号测试榜单' }))).importDemands;
    expect(report).toMatchObject({ created: 3, warnings: [] });
    expect(await demand('SC-001')).toMatchObject({ budget: 250, deadline: '2026-12-31', organization: { name: '嘉兴示范光电有限公司' }, contactName: '赵工', list: { name: '分号测试榜单' } });
    expect((await demand('SC-002')).budget).toBe(80);
    expect((await demand('SC-003')).budget).toBe(120);
  });

  it('should skip 附件 and group-heading rows, join a two-row header, read computed amounts and date-times, and number problems as the sheet does', async () => {
    const sheet = async (industry: string) => {
      const book = new ExcelJS.Workbook();
      const ws = book.addWorksheet('Sheet1');
      ws.addRows([
        ['附件1'],
        ['海盐县2026年度技术需求清单'],
        ['序号', '需求编号', '需求名称', '发榜单位', '所在地区', '产业领域', '需求描述', '拟投入资金（元）', '揭榜截止日期', '联系人'],
        ['', '', '', '', '', '', '', '', '', '姓名', '电话'],
        ['一、新材料领域'],
        [1, 'HY-001', '高强度碳纤维原丝', '海盐示范纤维有限公司', '浙江省嘉兴市海盐县', industry, '原丝强度不足。', '¥2,000,000.00', '2026/9/30 0:00', '周工', '13500000001'],
        ['二、集成电路领域'],
        [2, 'HY-002', '功率芯片封装', '海盐示范芯片有限公司', '浙江省嘉兴市海盐县', '集成电路', '封装散热不足。', 0.1 * 3 * 1_000_000, '2026-10-31'],
      ]);
      for (const column of 'ABCDEFGHI') ws.mergeCells(`${column}3:${column}4`);
      ws.mergeCells('J3:K3');
      return Buffer.from(await book.xlsx.writeBuffer());
    };
    const report = (await ctx.admin.gql.ok(IMPORT_DEMANDS, vars('haiyan.xlsx', await sheet('新材料')))).importDemands;
    expect(report).toMatchObject({ created: 2, warnings: [expect.stringContaining('第 5、7 行是表格中的分组标题（“一、新材料领域”等），已跳过')] });
    expect(await demand('HY-001')).toMatchObject({ budget: 200, deadline: '2026-09-30', contactName: '周工', contactPhone: '13500000001', list: { name: '海盐县2026年度技术需求清单' } });
    expect((await demand('HY-002')).budget).toBe(30);
    const before = await tableCounts(ctx.t);
    const err = await ctx.admin.gql.fails(IMPORT_DEMANDS, vars('haiyan-v2.xlsx', await sheet('新材枓')));
    expect(err.extensions.problems.map((p: any) => `${p.row}|${p.column}`)).toEqual(['6|产业领域']);
    expect(await tableCounts(ctx.t)).toEqual(before);
  });

  it('should name a problem’s column by the header the file gives it', async () => {
    const csv = '编号,项目名称,企业名称,地区,所属领域,需求内容,截止时间\nHDR-001,高导热基板,嘉兴某材料公司,浙江省嘉兴市,新材料,需突破低温烧结工艺。,下个月底\n';
    const err = await ctx.admin.gql.fails(IMPORT_DEMANDS, vars('headers.csv', Buffer.from(csv)));
    expect(err.extensions.problems).toEqual([expect.objectContaining({ row: 2, column: '截止时间', kind: 'INVALID_DATE' })]);
    expect(err.message).toContain('headers.csv 第2行「截止时间」：“下个月底”不是有效日期');
    const industry = await ctx.admin.gql.fails(IMPORT_DEMANDS, vars('headers.csv', Buffer.from(csv.replace('新材料', '新材枓').replace('下个月底', ''))));
    expect(industry.extensions.problems).toEqual([expect.objectContaining({ row: 2, column: '所属领域', kind: 'UNKNOWN_INDUSTRY' })]);
  });

  it('should refuse, with one problem each and nothing written, files that are not what they seem', async () => {
    const xls = await refusedWithOne('demands.xls', fixture('demands.xls'), 'XLS_NOT_SUPPORTED');
    expect(xls.reason).toContain('Excel 97-2003');
    expect(xls.reason).toContain('另存为');
    expect(xls.reason).toContain('Excel 工作簿(*.xlsx)');
    const en = await request(ctx.t.app.getHttpServer())
      .post('/graphql')
      .set('Authorization', `Bearer ${ctx.admin.gql.token}`)
      .set('Accept-Language', 'en')
      .send({ query: IMPORT_DEMANDS, variables: vars('demands.xls', fixture('demands.xls')) });
    expect(en.body.errors[0].extensions.problems[0].reason).toContain('Save As');
    // The same bytes under another name are still an .xls, never garbage rows.
    await refusedWithOne('demands.xlsx', fixture('demands.xls'), 'XLS_NOT_SUPPORTED');
    await refusedWithOne('demands.csv', fixture('demands.xls'), 'XLS_NOT_SUPPORTED');
    await refusedWithOne('demands-webpage.xls', fixture('demands-webpage.xls'), 'WEB_PAGE_NOT_SUPPORTED');
    expect((await refusedWithOne('workbook.csv', fixture('demands-bureau.xlsx'), 'FORMAT_MISMATCH')).reason).toContain('请将扩展名改为 .xlsx');
    await refusedWithOne('text.xlsx', fixture('demands-gbk.csv'), 'FORMAT_MISMATCH');
    await refusedWithOne('text.xls', fixture('demands-gbk.csv'), 'FORMAT_MISMATCH');
  });

  it('should refuse text in no encoding it knows with one problem naming the encodings tried', async () => {
    let seed = 11;
    const noise = Buffer.from(Array.from({ length: 2000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256));
    const problem = await refusedWithOne('noise.csv', noise, 'UNDECODABLE_TEXT');
    expect(problem.reason).toContain('无法识别文件的文字编码');
    expect(problem.reason).toContain('UTF-8、UTF-16（带 BOM）、GB18030（含 GBK/GB2312）、Big5');
  });

  it('should say so when no row of the first ones is a header, not list every column as missing', async () => {
    const problem = await refusedWithOne('notes.csv', Buffer.from('这是一份说明\n没有表格\n'), 'HEADER_NOT_FOUND');
    expect(problem.reason).toContain('前 20 行中没有表头');
  });

  it('should take the sheet through the import command with --sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiebang-cli-'));
    try {
      const db = join(dir, 'cli.sqlite');
      const ok = await runCli('import', ['demands', join(FIXTURES, 'demands-bureau.xlsx'), '--sheet', '第二批'], db);
      expect(ok.stdout).toContain('demands-bureau.xlsx：新增 1 条，更新 0 条，未变 0 条');
      expect(ok.code).toBe(0);
      const unknown = await runCli('import', ['demands', join(FIXTURES, 'demands-bureau.xlsx'), '--sheet', '第三批'], db);
      expect(unknown.code).not.toBe(0);
      expect(unknown.stderr).toContain('工作簿中没有名为“第三批”的工作表');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
