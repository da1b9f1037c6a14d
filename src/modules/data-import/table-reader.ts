import { DomainError } from '../../common/errors/domain-error';
import { text, Text } from '../../common/i18n/text';
import type { ImportLimits } from '../../config/app-config';
import { ContractColumn } from './contract';
import { fileFormat } from './file-format';
import { FileProblem, notice } from './file-problems';
import { importTooLarge, megabytes } from './import-limits';
import { ImportProblem } from './import-problems';
import { HEADER_SCAN_ROWS, HeaderLookup, MoneyUnit, titleAbove, unitAbove } from './sheet-layout';
import { NO_SHEET, readJson, readSheet, SheetRead, textSheet } from './sheet-reader';
import { xlsxSheets } from './xlsx-sheets';

/** Cells that give no budget: the row is imported without one, with a warning. */
const NO_BUDGET = /^(面议|待定|另议|协商|商议|议定|双方协商|不限|无|[-—–/／]+)$/;

/** A cell as read: text, or a list when a JSON file gives an array. */
export type Cell = string | string[];

/** One data row, keyed by contract key, with the row number a spreadsheet shows. */
export interface Row {
  row: number;
  cells: Record<string, Cell>;
}

export interface Table {
  rows: Row[];
  warnings: ImportProblem[];
  problems: ImportProblem[];
  /** The title row above the header (e.g. 嘉兴市2026年第一批企业关键技术需求榜单), when the file has no 榜单 column. */
  title?: string;
  /** Contract key → the header as the file writes it (所属领域 for 产业领域), for problems that name the column. */
  headers?: Record<string, string>;
}

export interface ReadOptions {
  /** The XLSX sheet to read; by default the first visible one whose header has the contract's required columns. */
  sheet?: string;
}

/** The sheet to import: the one named, else the first visible one that fits the contract, else the closest (for the report). */
async function chooseSheet(file: string, data: Buffer, lookup: HeaderLookup, limits: ImportLimits, options: ReadOptions): Promise<SheetRead> {
  const format = fileFormat(file, data);
  if (typeof format !== 'string') throw new FileProblem(format);
  if (format === 'json') return readJson(file, data, lookup, limits);
  const names: string[] = [];
  let best: SheetRead | undefined;
  for await (const source of format === 'xlsx' ? xlsxSheets(file, data, limits) : textSheet(file, data)) {
    names.push(source.name);
    const read = await readSheet(file, source, lookup, limits);
    if (format === 'text') return read;
    const wanted = options.sheet === undefined ? source.visible : source.name.trim() === options.sheet.trim();
    if (wanted && (read.fits || options.sheet !== undefined)) return read;
    if (wanted && (!best || read.score > best.score)) best = read;
  }
  if (options.sheet !== undefined) {
    throw new FileProblem(
      notice(file, 0, '', 'SHEET_NOT_FOUND', text(`工作簿中没有名为“${options.sheet}”的工作表；现有工作表：${names.map((n) => `“${n}”`).join('、')}`, `the workbook has no sheet named "${options.sheet}"; its sheets: ${names.map((n) => `"${n}"`).join(', ')}`)),
    );
  }
  return best ?? NO_SHEET('');
}

/** Where a sheet's header problem is: the sheet named when the workbook has it. */
const inSheet = (read: SheetRead): Text => (read.name ? text(`工作表“${read.name}”`, `sheet "${read.name}"`) : text('', ''));

/** The header's problems (no header found, required columns missing) and warnings (columns ignored). */
function checkHeader(file: string, read: SheetRead, lookup: HeaderLookup, problems: ImportProblem[], warnings: ImportProblem[]): void {
  const where = inSheet(read);
  if (!read.score) {
    const named = lookup.columns.filter((c) => c.required).map((c) => c.header);
    problems.push(
      notice(file, 0, '', 'HEADER_NOT_FOUND', text(`${where.zh}前 ${HEADER_SCAN_ROWS} 行中没有表头：找不到“${named.join('”“')}”等列`, `${where.en ? `${where.en}: ` : ''}no header in the first ${HEADER_SCAN_ROWS} rows: none of the columns ${named.join(', ')}`)),
    );
    return;
  }
  const seen = new Set<ContractColumn>();
  read.matches.forEach((m, i) => {
    const h = read.header[i];
    if (!h || lookup.isRowNumber(h)) return;
    if (!m) {
      if (!read.hiddenColumns.has(i)) warnings.push(notice(file, read.headerRow, h, 'UNKNOWN_COLUMN', text(`未知列“${h}”，已忽略`, `unknown column "${h}" ignored`)));
    } else if (seen.has(m.column)) {
      warnings.push(notice(file, read.headerRow, h, 'DUPLICATE_COLUMN', text(`列“${h}”与前面的列同为“${m.column.header}”，已忽略`, `column "${h}" is ${m.column.header} again; ignored`)));
      read.matches[i] = undefined;
    } else seen.add(m.column);
  });
  for (const c of lookup.columns.filter((x) => x.required && !seen.has(x))) {
    problems.push(notice(file, read.headerRow || 1, c.header, 'MISSING_COLUMN', text(`${where.zh}缺少必填列“${c.header}”`, `${where.en ? `${where.en}: ` : ''}required column ${c.header} is missing`)));
  }
}

/** A money cell as the row reader reads it: the unit of the header (or of the line above the table) made explicit; 面议 and the like are no amount. */
function moneyCell(value: string, unit: MoneyUnit | undefined, row: number, negotiable: number[]): string {
  if (NO_BUDGET.test(value.replace(/\s+/g, ''))) {
    negotiable.push(row);
    return '';
  }
  return unit === '元' && !/[万元亿]/.test(value) ? `${value}元` : value;
}

function cellsOf(read: SheetRead, values: unknown[], row: number, negotiable: number[]): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  const stated = unitAbove(read.above);
  read.matches.forEach((m, j) => {
    if (!m) return;
    const raw = values[j];
    const value = Array.isArray(raw) ? raw.map((v) => String(v).trim()) : raw == null ? '' : String(raw).trim();
    cells[m.column.key] = m.column.money && typeof value === 'string' ? moneyCell(value, m.unit ?? stated, row, negotiable) : value;
  });
  return cells;
}

function bodyWarnings(file: string, read: SheetRead, negotiable: number[], warnings: ImportProblem[]): void {
  if (read.trailer) {
    const { row, text: first, rows } = read.trailer;
    warnings.push(notice(file, row, '', 'TRAILER_IGNORED', text(`第 ${row} 行起的 ${rows} 行是表格下方的注释或合计（“${first}”），已忽略`, `the ${rows} row(s) from row ${row} are notes or totals below the table ("${first}"); ignored`)));
  }
  if (read.sections.length) {
    const rows = read.sections.map((x) => x.row);
    const first = read.sections[0].text;
    warnings.push(notice(file, rows[0], '', 'SECTION_ROWS_SKIPPED', text(`第 ${rows.join('、')} 行是表格中的分组标题（“${first}”等），已跳过`, `row(s) ${rows.join(', ')} are group headings inside the table ("${first}"…); skipped`)));
  }
  if (negotiable.length) {
    const at = read.matches.findIndex((m) => m?.column.money);
    const budget = read.header[at] || read.matches[at]!.column.header;
    warnings.push(
      notice(file, negotiable[0], budget, 'BUDGET_NOT_GIVEN', text(`第 ${negotiable.join('、')} 行“${budget}”为面议或待定，按未填预算导入`, `row(s) ${negotiable.join(', ')}: ${budget} is negotiable or to be decided; imported without a budget`)),
    );
  }
}

/**
 * Reads a CSV/TSV/TXT (UTF-8, UTF-16 or GB18030; comma, tab or semicolon), XLSX or JSON (array of
 * objects) file into rows keyed by the contract's keys. The header is the row among the first ones
 * that names the most contract columns (headers, keys or aliases); title rows above it and notes
 * below the table are skipped. A file over the import limits is refused (IMPORT_TOO_LARGE) as soon
 * as the limit is passed; a file that is not what its name says is refused with one problem.
 */
export async function readTable(file: string, data: Buffer, columns: readonly ContractColumn[], limits: ImportLimits, options: ReadOptions = {}): Promise<Table> {
  if (data.length > limits.maxFileBytes) {
    throw importTooLarge(file, 'maxFileBytes', limits, `大小 ${megabytes(data.length)}，超过 ${megabytes(limits.maxFileBytes)} 上限`);
  }
  const lookup = new HeaderLookup(columns);
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  let read: SheetRead;
  try {
    read = await chooseSheet(file, data, lookup, limits, options);
  } catch (e) {
    if (e instanceof DomainError) throw e;
    const problem = e instanceof FileProblem ? e.problem : notice(file, 0, '', 'UNREADABLE_FILE', text(`无法读取文件（文件可能已损坏或不完整）：${(e as Error).message}`, `cannot read the file: ${(e as Error).message}`));
    return { rows: [], warnings, problems: [problem] };
  }
  checkHeader(file, read, lookup, problems, warnings);
  if (problems.length) return { rows: [], warnings, problems };
  const negotiable: number[] = [];
  const rows: Row[] = [];
  for (const [row, values] of read.records) {
    const cells = cellsOf(read, values, row, negotiable);
    const empty = Object.values(cells).every((v) => (Array.isArray(v) ? v.length === 0 : v === ''));
    if (!empty) rows.push({ row, cells });
  }
  bodyWarnings(file, read, negotiable, warnings);
  const hasList = read.matches.some((m) => m?.column.key === 'list');
  const headers = Object.fromEntries(read.matches.flatMap((m, i) => (m && read.header[i] ? [[m.column.key, read.header[i]]] : [])));
  return { rows, warnings, problems, headers, ...(hasList ? {} : { title: titleAbove(read.above) }) };
}
