import request from 'supertest';
import { writeTable } from '../../src/modules/data-export/table-writer';
import { TALENT_COLUMNS } from '../../src/modules/data-import/contract';
import { syntheticTalents } from '../bench/synthetic-talents';
import { tableCounts, useAdminApp } from '../setup/fixtures';
import { repeated, workbookEntries, zipArchive } from '../setup/zip-files';

const IMPORT_TALENTS = `mutation($file: ImportFileInput!) { importTalents(file: $file) { created } }`;
const file = (name: string, data: Buffer) => ({ file: { name, contentBase64: data.toString('base64') } });
const HEADER = TALENT_COLUMNS.map((c) => c.header).join(',');
const csv = (lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n'));
const talentLine = (i: number) => `T-${String(i).padStart(6, '0')},张${i},教授,其他,浙江大学,高校,浙江省杭州市西湖区,新材料,聚酰亚胺薄膜,,,,是`;

describe('import limits: files refused before they are parsed, the server answering meanwhile', () => {
  const ctx = useAdminApp();

  /** Imports a file that must be refused: the error, how long it took, and that nothing was written. */
  async function refused(name: string, data: Buffer) {
    const before = await tableCounts(ctx.t);
    const started = Date.now();
    const err = await ctx.admin.gql.fails(IMPORT_TALENTS, file(name, data));
    const ms = Date.now() - started;
    expect(await tableCounts(ctx.t)).toEqual(before);
    return { ...err, ms };
  }

  it('should refuse a decompression bomb from its directory at once, inflating nothing', async () => {
    // 300 MB of sheet XML deflated to a few hundred KB, sizes declared honestly.
    const bomb = await zipArchive(workbookEntries(repeated(300)));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const err = await refused('bomb.xlsx', bomb);
    expect(err.code).toBe('IMPORT_TOO_LARGE');
    expect(err.message).toBe('文件 bomb.xlsx 解压后超过 100 MB 上限（IMPORT_MAX_UNZIPPED_BYTES），未导入任何数据');
    expect(err.extensions).toMatchObject({ limit: 100 * 1024 * 1024, setting: 'IMPORT_MAX_UNZIPPED_BYTES' });
    expect(err.ms).toBeLessThan(2000);
  });

  it('should refuse an entry compressed like a bomb, and one that inflates past the size it declares', async () => {
    const dense = await refused('dense.xlsx', await zipArchive(workbookEntries(repeated(50))));
    expect(dense.code).toBe('IMPORT_TOO_LARGE');
    expect(dense.message).toMatch(/^文件 dense\.xlsx 的条目 xl\/worksheets\/sheet1\.xml 压缩比 \d+:1，超过 200:1 上限（疑为压缩炸弹）/);
    // The directory says 1 KB; the entry inflates to 300 MB: stopped at the first chunk past 1 KB.
    const forged = await refused('forged.xlsx', await zipArchive(workbookEntries(repeated(300), 1024)));
    expect(forged.code).toBe('IMPORT_TOO_LARGE');
    expect(forged.message).toContain('的条目 xl/worksheets/sheet1.xml 解压后超过其声明的 1024 字节（疑为压缩炸弹）');
    expect(forged.ms).toBeLessThan(2000);
  });

  it('should count the inflated bytes of all entries together', async () => {
    // 110 entries of 1 MB, each small enough that its ratio is not checked.
    const media = Array.from({ length: 110 }, (_, i) => ({ name: `xl/media/image${i}.bin`, chunks: repeated(1) }));
    const err = await refused('media.xlsx', await zipArchive([...workbookEntries(repeated(1)), ...media]));
    expect(err.code).toBe('IMPORT_TOO_LARGE');
    expect(err.message).toContain('解压后超过 100 MB 上限（IMPORT_MAX_UNZIPPED_BYTES）');
  });

  it('should refuse a CSV at its first row over the row limit', async () => {
    const lines = Array.from({ length: 50_001 }, (_, i) => talentLine(i + 1));
    const err = await refused('rows.csv', csv(lines));
    expect(err.code).toBe('IMPORT_TOO_LARGE');
    expect(err.message).toBe('文件 rows.csv 第 50002 行超过行数上限 50000 行（不含表头）（IMPORT_MAX_ROWS），未导入任何数据');
    expect(err.extensions).toMatchObject({ limit: 50_000, setting: 'IMPORT_MAX_ROWS' });
  });

  it('should refuse too many columns and too long a cell, in CSV, XLSX and JSON, naming the limit', async () => {
    const wide = `${talentLine(1)}${',x'.repeat(100)}`;
    expect((await refused('wide.csv', csv([wide]))).message).toBe('文件 wide.csv 第 2 行有 113 列，超过列数上限 100 列（IMPORT_MAX_COLUMNS），未导入任何数据');
    const long = { ...syntheticTalents(1)[0], bio: '长'.repeat(10_001) };
    const xlsx = await writeTable('xlsx', TALENT_COLUMNS, [long], '人才');
    const cell = await refused('long.xlsx', xlsx);
    expect(cell.code).toBe('IMPORT_TOO_LARGE');
    expect(cell.message).toBe('文件 long.xlsx 第 2 行“个人简介”有 10001 个字符，超过单元格长度上限 10000 个字符（IMPORT_MAX_CELL_CHARS），未导入任何数据');
    const keys = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, 'v']));
    const json = await refused('keys.json', Buffer.from(JSON.stringify([keys])));
    expect(json.message).toContain('第 1 项有 101 列，超过列数上限 100 列（IMPORT_MAX_COLUMNS）');
  });

  it('should refuse a file over the size limit before reading it', async () => {
    const big = Buffer.alloc(29 * 1024 * 1024, 'a');
    const err = await refused('big.csv', big);
    expect(err.code).toBe('IMPORT_TOO_LARGE');
    expect(err.message).toBe('文件 big.csv 大小 29 MB，超过 28 MB 上限（IMPORT_MAX_FILE_BYTES），未导入任何数据');
  });

  it('should keep answering while a large file is read and validated', async () => {
    // 20,000 valid rows, then one without a name: read and validated in full, then refused.
    const rows = syntheticTalents(20_000);
    rows.push({ ...rows[0], code: 'T-LAST', name: '' });
    for (const format of ['csv', 'xlsx'] as const) {
      const data = await writeTable(format, TALENT_COLUMNS, rows, '人才');
      let done = false;
      const importing = ctx.admin.gql.raw(IMPORT_TALENTS, file(`roster.${format}`, data)).finally(() => (done = true));
      let answered = 0;
      while (!done) {
        expect((await request(ctx.t.app.getHttpServer()).get('/health/live')).status).toBe(200);
        answered += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const res = await importing;
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions.problems).toEqual([expect.objectContaining({ row: 20_002 })]);
      // Health checks kept being answered while the file was read (before, the whole read held the
      // event loop for seconds); how fast is a benchmark's concern, not this test's.
      expect(answered).toBeGreaterThan(10);
    }
  }, 180_000);
});
