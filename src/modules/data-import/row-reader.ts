import { parseWanYuan } from '../../common/scalars/wan-yuan.scalar';
import { parseLocalDate } from '../../common/scalars/local-date.scalar';
import { ContractColumn, fromLabel, LIST_SEPARATORS } from './contract';
import { ImportProblem } from './import-problems';
import { Cell, Row } from './table-reader';

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
    if (!CODE.test(code)) this.problem('code', `"${code}" must be 2–40 letters, digits, - or _`);
    if (firstRowOfCode.has(code)) this.problem('code', `${code} repeats row ${firstRowOfCode.get(code)}`);
    else firstRowOfCode.set(code, this.row.row);
    return code;
  }

  problem(key: string, reason: string): void {
    this.problems.push({ file: this.file, row: this.row.row, column: this.columns.get(key)?.header ?? key, reason });
  }

  private raw(key: string): Cell {
    return this.row.cells[key] ?? '';
  }

  text(key: string, max = 10_000): string | null {
    const raw = this.raw(key);
    const value = (Array.isArray(raw) ? raw.join('；') : raw).trim();
    if (!value) {
      if (this.columns.get(key)?.required) this.problem(key, 'is required');
      return null;
    }
    if (value.length > max) this.problem(key, `is ${value.length} characters; at most ${max}`);
    return value;
  }

  list(key: string): string[] {
    const raw = this.raw(key);
    const items = (Array.isArray(raw) ? raw : raw.split(LIST_SEPARATORS)).map((s) => s.trim()).filter(Boolean);
    if (!items.length && this.columns.get(key)?.required) this.problem(key, 'is required');
    return [...new Set(items)];
  }

  date(key: string): string | null {
    const value = this.text(key);
    if (!value) return null;
    try {
      return parseSheetDate(value);
    } catch (e) {
      this.problem(key, (e as Error).message);
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
      this.problem(key, `"${value}": ${(e as Error).message}`);
      return null;
    }
  }

  label<T extends Record<string, string>>(key: string, labels: T, fallback: T[keyof T]): T[keyof T] {
    const value = this.text(key);
    if (!value) return fallback;
    const found = fromLabel(labels, value);
    if (!found) this.problem(key, `"${value}" is not one of ${Object.keys(labels).join(', ')}`);
    return found ?? fallback;
  }

  yesNo(key: string): boolean {
    const value = this.text(key)?.toLowerCase();
    if (!value) return false;
    if (['是', 'y', 'yes', 'true', '1'].includes(value)) return true;
    if (['否', 'n', 'no', 'false', '0'].includes(value)) return false;
    this.problem(key, `"${value}" must be 是 or 否`);
    return false;
  }
}
