import { ContractColumn } from './contract';

// How a bureau's sheet is laid out around the contract's table: the header row among title and
// blank rows, the 序号 column, the notes and totals below the table, the title that names the 榜单.

/** Rows with content looked at for the header (title, subtitle, notes above it, …). */
export const HEADER_SCAN_ROWS = 20;

/** Full-width and half-width forms, brackets, spaces and required-markers (*) made alike. */
export const normalizeHeader = (h: string) =>
  h
    .normalize('NFKC')
    .replace(/[【［〔]/g, '(')
    .replace(/[】］〕]/g, ')')
    .replace(/\s+/g, '')
    .replace(/^[*※]+|[*※]+$/g, '')
    .replace(/\((必填|选填|可选)\)/g, '')
    .toLowerCase();

/** Row-number columns: ignored without a warning. */
const ROW_NUMBER = new Set(['序号', '序', 'no', 'no.', '#']);
/** A money header with its unit: 拟投入资金(万元), 投入资金（元）, 预算(单位：人民币元), 预算/万元, 资金万元. */
const UNIT = /^(.+?)(?:\((?:单位[:：]?)?(?:人民币)?(万元|元)\)|\/(万元|元)|(万元|元))$/;
/** A note on the header cell: 发榜单位（全称）, 联系电话（手机）. */
const NOTE = /\([^()]*\)$/;
/** A unit stated above the table: 单位：元, （金额单位：人民币元）. */
const UNIT_ABOVE = /单位[:：](?:人民币)?(万元|元)/;

export type MoneyUnit = '万元' | '元';

export interface ColumnMatch {
  column: ContractColumn;
  /** The unit a money column's header names, if it names one. */
  unit?: MoneyUnit;
}

/** Looks a file's header cells up in the contract's headers, keys and aliases. */
export class HeaderLookup {
  private readonly names = new Map<string, ContractColumn>();

  constructor(readonly columns: readonly ContractColumn[]) {
    for (const c of columns) {
      for (const name of [c.header, c.key, ...(c.aliases ?? [])]) {
        const n = normalizeHeader(name);
        this.names.set(n, c);
        const base = c.money ? UNIT.exec(n)?.[1] : undefined;
        if (base) this.names.set(base, c);
      }
    }
  }

  match(header: string): ColumnMatch | undefined {
    const n = normalizeHeader(header);
    const unit = UNIT.exec(n);
    const byBase = unit ? this.names.get(unit[1]) : undefined;
    const column = this.names.get(n) ?? (byBase?.money ? byBase : undefined) ?? this.names.get(n.replace(NOTE, ''));
    if (!column) return undefined;
    return column.money && unit ? { column, unit: (unit[2] ?? unit[3] ?? unit[4]) as MoneyUnit } : { column };
  }

  isRowNumber = (header: string) => ROW_NUMBER.has(normalizeHeader(header));
}

/** The number of distinct contract columns a row's cells name. */
export const headerScore = (values: readonly string[], lookup: HeaderLookup) =>
  new Set(values.map((v) => lookup.match(v)?.column).filter(Boolean)).size;

/**
 * A header of two rows, a group cell merged over the row below it (联系人 over 姓名 | 电话): that row
 * completes the header when the two name more contract columns together. A cell below is read alone
 * when it names a column (电话), else after its group (联系人 + 姓名 = 联系人姓名).
 */
export function withSubHeader(header: readonly string[], below: readonly string[], lookup: HeaderLookup): string[] | undefined {
  const combined: string[] = [];
  let group = '';
  for (let i = 0; i < Math.max(header.length, below.length); i++) {
    const [h, b] = [(header[i] ?? '').trim(), (below[i] ?? '').trim()];
    if (h) group = h;
    combined.push(!b ? h : lookup.match(b) ? b : lookup.match(group + b) ? group + b : h || b);
  }
  return headerScore(combined, lookup) > headerScore(header, lookup) ? combined : undefined;
}

const filled = (values: readonly string[]) => values.map((v) => v.trim()).filter(Boolean);

/** Notes, totals and sign-offs below a table: 注：…, 备注：…, 合计, 共计 12 项, 填表人：… */
const TRAILER = /^(?:(?:注|备注|说明|附注)\s*\d*\s*[:：]|注\s*\d+\s*[.、]|(?:合计|总计|小计)\s*(?:[:：]|$)|共计?\s*\d+\s*[项个条]|(?:填表人|填报人|制表人|审核人|负责人|联系人|填报日期|制表日期)\s*[:：])/;

/** A row below the table that is no data: one of the forms above, in a row with at most three cells filled. */
export function isTrailer(values: readonly string[]): boolean {
  const cells = filled(values);
  return cells.length > 0 && cells.length <= 3 && TRAILER.test(cells[0]);
}

/** A group heading inside a table: 一、新材料领域, （二）集成电路 — one cell, numbered in Chinese. */
const SECTION = /^(?:[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十]+[)）])/;

export function isSection(values: readonly string[]): boolean {
  const cells = filled(values);
  return cells.length === 1 && SECTION.test(cells[0]);
}

/** Rows above the header that are not the title: 附件1, 填报单位：…, （单位：万元）. */
const NOT_TITLE = /^(?:附件\s*[\d一二三四五六七八九十]*\s*[:：]?$|[(（]?\s*(?:填报单位|金额单位|单位|填报日期|填报时间|日期|制表|制表人)\s*[:：])/;

/** The list's title: the first row above the header with a single text besides 填报日期：… and the like (a merged title row), as written. */
export function titleAbove(rows: readonly (readonly string[])[]): string | undefined {
  for (const values of rows) {
    const cells = [...new Set(filled(values))].filter((c) => !NOT_TITLE.test(c));
    if (cells.length === 1 && /\D/.test(cells[0])) return cells[0];
  }
  return undefined;
}

/** The money unit that a line above the table states for it (单位：元), if one does. */
export function unitAbove(rows: readonly (readonly string[])[]): MoneyUnit | undefined {
  for (const cell of rows.flat()) {
    const unit = UNIT_ABOVE.exec(normalizeHeader(cell))?.[1];
    if (unit) return unit as MoneyUnit;
  }
  return undefined;
}
