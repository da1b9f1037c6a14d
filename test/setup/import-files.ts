import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { COLUMNS, ImportKind } from '../../src/modules/data-import/contract';
import { creditCode, futureDate } from './fixtures';

// Generated import files for the fuzz suite: the data contract's columns (so new columns are
// covered) filled with plausible or hostile cells, written as CSV, XLSX or JSON in several
// encodings, sometimes cut short.

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'gb18030';

export interface ImportFileSpec {
  kind: ImportKind;
  format: 'csv' | 'xlsx' | 'json';
  encoding: Encoding;
  headers: string[];
  rows: string[][];
  /** Keep this fraction of the bytes (1: the whole file). */
  keep: number;
  /** The file name's extension disagrees with its content. */
  misnamed: boolean;
}

/** Values the contract accepts, by column key (other columns get plain text). */
const PLAUSIBLE: Record<string, string[]> = {
  code: ['FZ-2026-001', 'FZ-2026-002', 'TFZ-001'],
  industry: ['新材料', '集成电路', '氢能'],
  industries: ['新材料；氢能', '集成电路'],
  region: ['浙江省嘉兴市南湖区', '江西省上饶市广丰区'],
  budget: ['500', '12.3456'],
  deadline: [futureDate(90)],
  level: ['院士', '国家级', '其他'],
  institutionType: ['高校', '科研院所'],
  remoteOk: ['是', '否'],
  creditCode: [creditCode()],
  type: ['技术攻关', '成果转化'],
};
const OPTIONAL_EMPTY = new Set(['list', 'creditCode', 'indicators', 'keywords', 'requirements', 'publishedAt', 'status', 'winner', 'takenAt', 'title', 'achievements', 'bio']);

const HOSTILE_CELLS = [
  '', '=HYPERLINK("http://x","y")', '+1', '@SUM(A1)', "' OR 1=1 --", '\u0000', '\uFFFD', '👩‍🔬', '"', 'a,b\nc', 'x'.repeat(6000),
  '新材枓', '-1', '一百万', '2026-02-30', '明天', '不存在的状态', '已揭榜', '神仙', 'maybe', '123', '91330402MA2JD7R9X0',
];

const plausible = (key: string) =>
  fc.constantFrom(...(PLAUSIBLE[key] ?? ['聚酰亚胺薄膜连续化制备工艺需要突破的关键技术', '浙江大学']), ...(OPTIONAL_EMPTY.has(key) ? [''] : []));

/** A cell: plausible in a clean row, otherwise sometimes hostile. */
const cell = (key: string, clean: boolean) =>
  clean
    ? plausible(key)
    : fc.oneof({ weight: 5, arbitrary: plausible(key) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_CELLS) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) });

export const importFileArb: fc.Arbitrary<ImportFileSpec> = fc
  .record({
    kind: fc.constantFrom<ImportKind>('demands', 'talents'),
    format: fc.constantFrom<ImportFileSpec['format']>('csv', 'xlsx', 'json'),
    encoding: fc.constantFrom<Encoding>('utf8', 'utf8-bom', 'utf16le-bom', 'gb18030'),
    keep: fc.oneof({ weight: 3, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }),
    misnamed: fc.nat({ max: 4 }).map((n) => n === 0),
    dropColumns: fc.nat({ max: 3 }),
    extraHeader: fc.option(fc.constantFrom('备注', '需求名称', '', '=cmd')),
  })
  .chain((base) => {
    const columns = COLUMNS[base.kind].slice(0, COLUMNS[base.kind].length - base.dropColumns);
    const headers = [...columns.map((c) => c.header), ...(base.extraHeader === null ? [] : [base.extraHeader])];
    const keys = [...columns.map((c) => c.key), 'extra'];
    const row = (clean: boolean) => fc.tuple(...headers.map((_, i) => cell(keys[i], clean)));
    return fc.array(fc.boolean().chain(row), { maxLength: 6 }).map((rows) => ({ ...base, headers, rows: rows as string[][] }));
  });

/** The file's name and bytes. */
export async function writeImportFile(spec: ImportFileSpec): Promise<{ name: string; bytes: Buffer }> {
  let bytes: Buffer;
  if (spec.format === 'xlsx') {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sheet1');
    sheet.addRow(spec.headers);
    for (const r of spec.rows) sheet.addRow(r);
    bytes = Buffer.from(await book.xlsx.writeBuffer());
  } else {
    const text =
      spec.format === 'json'
        ? JSON.stringify(spec.rows.map((r) => Object.fromEntries(spec.headers.map((h, i) => [h, r[i]]))))
        : [spec.headers, ...spec.rows].map((r) => r.map(csvCell).join(',')).join('\r\n');
    bytes = encode(text, spec.encoding);
  }
  bytes = bytes.subarray(0, Math.floor(bytes.length * spec.keep));
  const ext = spec.misnamed ? ({ csv: 'xlsx', xlsx: 'csv', json: 'csv' } as const)[spec.format] : spec.format;
  return { name: `fuzz-${spec.kind}.${ext}`, bytes };
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'utf16le-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf16le');
    case 'gb18030':
      return gb18030(text);
  }
}

let gbTable: Map<string, Buffer> | undefined;

/** GB18030 as Excel on a Chinese Windows saves CSV: Node decodes it but cannot encode, so invert the decoder's two-byte table. */
function gb18030(text: string): Buffer {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const pair = Buffer.from([lead, trail]);
        const ch = decoder.decode(pair);
        if (ch.length === 1 && ch !== '\uFFFD' && !gbTable.has(ch)) gbTable.set(ch, pair);
      }
    }
  }
  return Buffer.concat([...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? Buffer.from(ch) : (gbTable!.get(ch) ?? Buffer.from('?')))));
}
