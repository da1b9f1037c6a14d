import { parseWanYuan } from '../../common/scalars/wan-yuan.scalar';
import { parseLocalDate } from '../../common/scalars/local-date.scalar';
import { Text, text, toText } from '../../common/i18n/text';
import { ContractColumn, fromLabel, LIST_SEPARATORS } from './contract';
import { ImportProblem } from './import-problems';
import { Cell, Row, Table } from './table-reader';

/** The contract's columns under the headers the file gives them: a problem names the column as the person fixing the file sees it. */
export const asWritten = (columns: ReadonlyMap<string, ContractColumn>, table: Table): Map<string, ContractColumn> =>
  new Map([...columns].map(([key, c]) => [key, { ...c, header: table.headers?.[key] || c.header }]));

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/;

/** A date as written in sheets: 2022-3-1, 2022/3/1, 2022.3.1, 2022年3月1日 (a time after it ignored), or an Excel serial day number. */
export function parseSheetDate(value: string): string {
  const serial = /^\d{5}(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!Number.isNaN(serial)) return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(value);
  if (!m) throw new Error(`"${value}" is not a date (YYYY-MM-DD)`);
  return parseLocalDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);
}

/**
 * Typed access to one row's cells. Each reader returns a value or undefined and records a
 * problem (file, row, column header, reason) instead of throwing, so a file reports all its problems.
 */
export class RowReader {
  constructor(
    private readonly file: string,
    readonly row: Row,
    private readonly columns: Map<string, ContractColumn>,
    private readonly problems: ImportProblem[],
  ) {}

  /** The row's code (需求编号, 人才编号): well-formed and not repeating an earlier row of the file. */
  code(firstRowOfCode: Map<string, number>): string {
    const code = this.text('code', 40);
    if (!code) return '';
    if (!CODE.test(code)) this.problem('code', text(`编号“${code}”应为 2–40 位字母、数字、- 或 _`, `"${code}" must be 2–40 letters, digits, - or _`), 'INVALID_CODE');
    const first = firstRowOfCode.get(code);
    if (first !== undefined) this.problem('code', text(`编号 ${code} 与第${first}行重复`, `${code} repeats row ${first}`), 'DUPLICATE_CODE');
    else firstRowOfCode.set(code, this.row.row);
    return code;
  }

  /** Records a problem in the cell of `key`; a plain string (no English yet) serves both languages. */
  problem(key: string, reason: string | Text, kind = 'INVALID_VALUE'): void {
    const { zh, en } = toText(reason);
    this.problems.push({ file: this.file, row: this.row.row, column: this.columns.get(key)?.header ?? key, kind, reason: zh, reasonEn: en });
  }

  private raw(key: string): Cell {
    return this.row.cells[key] ?? '';
  }

  text(key: string, max = 10_000): string | null {
    const raw = this.raw(key);
    const value = (Array.isArray(raw) ? raw.join('；') : raw).trim();
    if (!value) {
      if (this.columns.get(key)?.required) this.required(key);
      return null;
    }
    if (value.length > max) this.problem(key, text(`共 ${value.length} 个字符，最多 ${max} 个`, `is ${value.length} characters; at most ${max}`), 'TOO_LONG');
    return value;
  }

  list(key: string): string[] {
    const raw = this.raw(key);
    const items = (Array.isArray(raw) ? raw : raw.split(LIST_SEPARATORS)).map((s) => s.trim()).filter(Boolean);
    if (!items.length && this.columns.get(key)?.required) this.required(key);
    return [...new Set(items)];
  }

  private required(key: string): void {
    this.problem(key, text('必填，不能为空', 'is required'), 'REQUIRED');
  }

  date(key: string): string | null {
    const value = this.text(key);
    if (!value) return null;
    try {
      return parseSheetDate(value);
    } catch (e) {
      this.problem(key, text(`“${value}”不是有效日期（应为 YYYY-MM-DD、YYYY/M/D 或 Excel 日期）`, (e as Error).message), 'INVALID_DATE');
      return null;
    }
  }

  /**
   * An amount → whole yuan, as bureaus write it: 200 and 200万(元) are 万元, 2,000,000元 is yuan,
   * 1.2亿元; full-width digits and ¥ allowed. (The table reader made a 元 header's unit explicit.)
   */
  money(key: string): number | null {
    const value = this.text(key);
    if (!value) return null;
    const amount = /^[¥]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元?|元|亿元?)?$/.exec(value.normalize('NFKC').replace(/\s+/g, ''));
    try {
      if (!amount) return parseWanYuan(value.replace(/万元?$/, ''));
      const [, whole, fraction = '', unit = '万'] = amount;
      const number = `${whole.replace(/,/g, '')}${fraction}`;
      if (unit === '元') return Math.round(Number(number));
      if (unit.startsWith('亿')) return Math.round(Number(number) * 100_000_000);
      return parseWanYuan(number);
    } catch (e) {
      const why = value.trim().startsWith('-') ? '金额不能为负数' : '应为金额（如 200、200万元、2,000,000元），不能为负数，最多 4 位小数';
      this.problem(key, text(`“${value}”${why}`, `"${value}": ${(e as Error).message}`), 'INVALID_MONEY');
      return null;
    }
  }

  label<T extends Record<string, string>>(key: string, labels: T, fallback: T[keyof T]): T[keyof T] {
    const value = this.text(key);
    if (!value) return fallback;
    const found = fromLabel(labels, value);
    if (!found) this.problem(key, text(`“${value}”不是可选值（${Object.keys(labels).join('、')}）之一`, `"${value}" is not one of ${Object.keys(labels).join(', ')}`), 'UNKNOWN_LABEL');
    return found ?? fallback;
  }

  yesNo(key: string): boolean {
    const value = this.text(key)?.toLowerCase();
    if (!value) return false;
    if (['是', 'y', 'yes', 'true', '1'].includes(value)) return true;
    if (['否', 'n', 'no', 'false', '0'].includes(value)) return false;
    this.problem(key, text(`“${value}”应为“是”或“否”`, `"${value}" must be 是 or 否`), 'INVALID_YES_NO');
    return false;
  }
}
