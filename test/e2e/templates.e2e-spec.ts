import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { COLUMNS, ImportKind } from '../../src/modules/data-import/contract';
import { IndustriesService } from '../../src/modules/industries/industries.service';
import { runCliOn } from '../setup/cli';
import { futureDate, useAdminApp } from '../setup/fixtures';

const IMPORT = {
  demands: `mutation($file: ImportFileInput!) { importDemands(file: $file) { created updated unchanged warnings } }`,
  talents: `mutation($file: ImportFileInput!) { importTalents(file: $file) { created updated unchanged warnings } }`,
};
const file = (name: string, data: Buffer) => ({ file: { name, contentBase64: data.toString('base64') } });
type Validation = { type: string; formulae: string[]; errorStyle?: string };
/** ExcelJS reads worksheet.dataValidations (one entry per cell) though its typings omit it. */
const validations = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model;
// ExcelJS's typings predate Node's generic Buffer.
async function load(data: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as never);
  return book;
}

describe('import templates: downloaded, filled in by hand, imported without edits', () => {
  const app = useAdminApp();

  async function download(kind: ImportKind): Promise<ExcelJS.Workbook> {
    const res = await request(app.t.app.getHttpServer()).get(`/templates/${kind}.xlsx`).buffer(true).parse((r, cb) => {
      const parts: Buffer[] = [];
      r.on('data', (c: Buffer) => parts.push(c));
      r.on('end', () => cb(null, Buffer.concat(parts)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`filename="${kind}.xlsx"`);
    expect(res.headers['x-content-type-options']).toBe('nosniff'); // the app's security headers apply
    return load(res.body as Buffer);
  }

  /** The values a drop-down of the first sheet offers in row 2, read from the range its formula names. */
  function dropDown(book: ExcelJS.Workbook, header: string): string[] {
    const sheet = book.worksheets[0];
    const col = (sheet.getRow(1).values as string[]).indexOf(header);
    const rule = validations(sheet)[`${sheet.getColumn(col).letter}2`];
    expect(rule?.type).toBe('list');
    const m = /^'?([^'!]+)'?!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(rule.formulae[0])!;
    expect(m).not.toBeNull(); // a range on a sheet, not an inline list (limited to 255 characters)
    const source = book.getWorksheet(m[1])!;
    const values: string[] = [];
    for (let row = Number(m[3]); row <= Number(m[4]); row++) values.push(String(source.getCell(`${m[2]}${row}`).value));
    return values;
  }

  /** Rows typed into the first sheet from row 2, as a user does in Excel: dates as date cells, money as numbers. */
  async function fill(book: ExcelJS.Workbook, rows: Record<string, string | number | Date>[]): Promise<Buffer> {
    const sheet = book.worksheets[0];
    const headers = sheet.getRow(1).values as string[];
    for (const r of rows) sheet.addRow(headers.slice(1).map((h) => r[h] ?? null));
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('should serve the demand template: contract headers, notes, one sample, drop-downs from the live taxonomy, formats', async () => {
    const book = await download('demands');
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([['需求', 'visible'], ['填写说明', 'visible'], ['示例', 'visible'], ['选项', 'hidden']]);
    const data = book.worksheets[0];
    expect((data.getRow(1).values as string[]).slice(1)).toEqual(COLUMNS.demands.map((c) => c.header));
    expect(data.actualRowCount).toBe(1); // nothing but the header: every row below is the user's
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.getCell('A1').note).toContain('必填');
    const live = [...new Set(app.t.app.get(IndustriesService).list().map((i) => i.name))];
    expect(dropDown(book, '产业领域')).toEqual(live);
    expect(live.join(',').length).toBeGreaterThan(255);
    expect(dropDown(book, '需求类型')).toEqual(['技术攻关', '成果转化', '联合研发', '人才引进']);
    expect(data.getColumn(13).numFmt).toBe('yyyy-mm-dd'); // 揭榜截止日期
    expect(data.getColumn(12).numFmt).toBe('0.00'); // 拟投入资金(万元)
    expect(data.getColumn(1).numFmt).toBe('@'); // codes stay text
    expect(validations(data).M2).toMatchObject({ type: 'date' });
    expect(validations(data).L2).toMatchObject({ type: 'decimal' });

    const notes = book.getWorksheet('填写说明')!;
    const noted = new Map<string, string[]>();
    notes.eachRow((row) => noted.set(String(row.getCell(1).value), (row.values as string[]).slice(2).map(String)));
    for (const c of COLUMNS.demands) expect(noted.get(c.header)?.[0]).toBe(c.required ? '必填' : '选填');
    expect(noted.get('需求类型')?.[2]).toBe('技术攻关、成果转化、联合研发、人才引进');
    expect(book.getWorksheet('示例')!.actualRowCount).toBe(2);
  });

  it('should follow the taxonomy: an industry an admin adds is in the next template’s drop-down', async () => {
    await app.admin.gql.ok(`mutation { addIndustry(input: { name: "模板测试新产业", parent: "新材料", aliases: [] }) { id } }`);
    expect(dropDown(await download('demands'), '产业领域')).toContain('模板测试新产业');
  });

  it('should import a filled demand template, with the drop-downs’ values, dates and numbers, all rows created', async () => {
    const book = await download('demands');
    const [industry, other] = dropDown(book, '产业领域').filter((n) => ['新材料', '集成电路'].includes(n));
    const types = dropDown(book, '需求类型');
    const deadline = futureDate(120);
    const row = (i: number) => ({
      需求编号: `TPL-2026-00${i}`,
      需求名称: `模板填写的需求${i}`,
      发榜单位: '嘉兴模板测试有限公司',
      所在地区: '浙江省嘉兴市南湖区',
      产业领域: i % 2 ? industry : other,
      需求类型: types[i % types.length],
      需求描述: '按模板逐行填写的技术需求描述。',
      关键词: '模板；下拉',
      '拟投入资金(万元)': 100 * i + 0.5,
      揭榜截止日期: new Date(`${deadline}T00:00:00Z`),
    });
    const filled = await fill(book, [row(1), row(2), row(3)]);
    const report = (await app.admin.gql.ok(IMPORT.demands, file('需求模板.xlsx', filled))).importDemands;
    expect(report).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    const demand = (await app.admin.gql.ok(`{ demand(code: "TPL-2026-002") { title industry type budget deadline } }`)).demand;
    expect(demand).toEqual({ title: '模板填写的需求2', industry: other, type: 'JOINT_RD', budget: 200.5, deadline });
  });

  it('should import a filled talent template, and its sample row is valid data too', async () => {
    const book = await download('talents');
    expect((book.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(COLUMNS.talents.map((c) => c.header));
    const levels = dropDown(book, '人才层次');
    expect(levels).toEqual(['院士', '国家级', '省级', '市级', '其他']);
    expect(dropDown(book, '单位类型')).toEqual(['高校', '科研院所', '企业', '新型研发机构']);
    expect(dropDown(book, '接受远程合作')).toEqual(['是', '否']);
    expect(dropDown(book, '产业领域')).toContain('新材料');
    const row = (i: number) => ({
      人才编号: `TPL-T-00${i}`,
      姓名: `模板人才${i}`,
      人才层次: levels[i],
      工作单位: '嘉兴模板大学',
      单位类型: '高校',
      所在地区: '浙江省嘉兴市',
      产业领域: '新材料；集成电路', // a list: the drop-down suggests, it does not refuse
      研究方向: '复合材料；界面改性',
      接受远程合作: i % 2 ? '是' : '否',
    });
    const filled = await fill(book, [row(1), row(2), row(3)]);
    expect((await app.admin.gql.ok(IMPORT.talents, file('人才模板.xlsx', filled))).importTalents).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    const talent = (await app.admin.gql.ok(`{ talent(code: "TPL-T-001") { level institutionType remoteOk industries } }`)).talent;
    expect(talent).toEqual({ level: 'NATIONAL', institutionType: 'UNIVERSITY', remoteOk: true, industries: ['新材料', '集成电路'] });

    // A user who copies the sample row into the data sheet gets a valid row, not a problem.
    const sample = book.getWorksheet('示例')!.getRow(2).values as unknown[];
    const again = await download('talents');
    again.worksheets[0].addRow(sample.slice(1));
    const copied = Buffer.from(await again.xlsx.writeBuffer());
    expect((await app.admin.gql.ok(IMPORT.talents, file('copied.xlsx', copied))).importTalents).toMatchObject({ created: 1 });
  });

  it('should import templates filled and saved by another program (openpyxl)', async () => {
    const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/templates', name));
    const demands = (await app.admin.gql.ok(IMPORT.demands, file('demands-filled-openpyxl.xlsx', fixture('demands-filled-openpyxl.xlsx')))).importDemands;
    expect(demands).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    const demand = (await app.admin.gql.ok(`{ demand(code: "OPX-2026-002") { budget deadline list { name } } }`)).demand;
    expect(demand).toEqual({ budget: 161, deadline: '2030-06-30', list: { name: 'openpyxl填写测试榜单' } });
    const talents = (await app.admin.gql.ok(IMPORT.talents, file('talents-filled-openpyxl.xlsx', fixture('talents-filled-openpyxl.xlsx')))).importTalents;
    expect(talents).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect((await app.admin.gql.ok(`{ talent(code: "OPX-T-003") { level institutionType remoteOk } }`)).talent).toEqual({ level: 'CITY', institutionType: 'INSTITUTE', remoteOk: true });
  });

  it('should refuse an unknown template name with BAD_USER_INPUT', async () => {
    const res = await request(app.t.app.getHttpServer()).get('/templates/secrets.xlsx');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('should write the same template from the CLI (npm run template)', async () => {
    const out = join(app.t.config.databasePath, '..', 'demands-template.xlsx');
    const result = await runCliOn(app.t, 'template', ['demands', out]);
    expect(result.code).toBe(0);
    const book = await load(readFileSync(out));
    expect((book.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(COLUMNS.demands.map((c) => c.header));
    expect(dropDown(book, '产业领域')).toContain('新材料');
    expect((await runCliOn(app.t, 'template', ['experts', out])).code).toBe(2);
  }, 120_000);
});
