import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { DomainError } from '../../common/errors/domain-error';
import { text, Text } from '../../common/i18n/text';
import { restoreFormula } from '../../common/spreadsheet/formula-cells';
import type { ImportLimits } from '../../config/app-config';
import { ContractColumn } from './contract';
import { fileFormat } from './file-format';
import { importTooLarge, megabytes, SheetLimits } from './import-limits';
import { ImportProblem } from './import-problems';
import { ColumnMatch, HEADER_SCAN_ROWS, headerScore, HeaderLookup, isTrailer, titleAbove } from './sheet-layout';
import { decodeChunks, detectDelimiter, detectEncoding, ENCODINGS_TRIED } from './text-decoding';
import { Line, SheetSource, xlsxSheets } from './xlsx-sheets';

/** Text bytes handed to the parser at a time. */
const CHUNK_BYTES = 64 * 1024;
/** Cells that give no budget: the row is imported without one, with a warning. */
const NO_BUDGET = /^(面议|待定|另议|协商|商议|议定|双方协商|不限|无)$/;

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
}

export interface ReadOptions {
  /** The XLSX sheet to read; by default the first visible one whose header has the contract's required columns. */
  sheet?: string;
}

const notice = (file: string, row: number, column: string, kind: string, reason: Text): ImportProblem => ({ file, row, column, kind, reason: reason.zh, reasonEn: reason.en });

/** A problem with the file as a whole: the only one reported for it. */
class FileProblem extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.reasonEn);
  }
}

/** CSV/TSV rows, decoded and parsed a chunk at a time so a big file neither sits in memory twice nor holds the event loop. */
async function* textSheet(file: string, data: Buffer): AsyncGenerator<SheetSource> {
  const encoding = detectEncoding(data);
  if (!encoding) {
    throw new FileProblem(
      notice(file, 0, '', 'UNDECODABLE_TEXT', text(`无法识别文件的文字编码（已尝试 ${ENCODINGS_TRIED.zh}）：请在 Excel 中另存为“CSV UTF-8(逗号分隔)”或 .xlsx 后再导入`, `the file's text encoding is none of ${ENCODINGS_TRIED.en}: save it as "CSV UTF-8 (Comma delimited)" or .xlsx and import that`)),
    );
  }
  const delimiter = detectDelimiter(decodeChunks(data.subarray(0, CHUNK_BYTES), encoding, CHUNK_BYTES).next().value ?? '');
  const parser = Readable.from(decodeChunks(data, encoding, CHUNK_BYTES)).pipe(
    parse({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: true }),
  );
  async function* lines(): AsyncGenerator<Line> {
    let row = 0;
    // Our CSV exports quote formula-leading cells (CSV injection); the value is what the quote hides.
    for await (const record of parser as AsyncIterable<string[]>) yield [++row, record.map(restoreFormula)];
  }
  yield { name: '', visible: true, hiddenColumns: new Set(), lines: lines() };
}

/** A sheet's header row, the rows above it, and the data rows after it (until a note or total ends the table). */
interface SheetRead {
  name: string;
  headerRow: number;
  header: string[];
  matches: (ColumnMatch | undefined)[];
  hiddenColumns: Set<number>;
  score: number;
  fits: boolean;
  above: string[][];
  records: Line[];
  trailer?: { row: number; text: string; rows: number };
}

const hasContent = (values: readonly string[]) => values.some((v) => v.trim() !== '');

/** Reads one sheet through the limits; its data rows are kept only when its header has every required column. */
async function readSheet(file: string, source: SheetSource, lookup: HeaderLookup, limits: ImportLimits): Promise<SheetRead> {
  const checker = new SheetLimits(file, limits);
  const head: Line[] = [];
  // The header so far (the row naming the most contract columns), which limit refusals name columns by.
  let best: { line: Line; score: number } | undefined;
  let read: SheetRead | undefined;
  const decide = () => {
    const [headerRow, header] = best?.line ?? [0, []];
    const matches = header.map((h) => lookup.match(h));
    const found = new Set(matches.map((m) => m?.column));
    read = {
      name: source.name,
      headerRow,
      header: header.map((h) => h.trim()),
      matches,
      hiddenColumns: source.hiddenColumns,
      score: best?.score ?? 0,
      fits: !!best && lookup.columns.every((c) => !c.required || found.has(c)),
      above: head.filter(([row]) => row < headerRow).map(([, v]) => v),
      records: [],
    };
    checker.headerRow = headerRow || 1;
    for (const line of head.filter(([row]) => row > headerRow)) take(line);
  };
  const take = ([row, values]: Line) => {
    if (!read!.fits || !hasContent(values)) return;
    if (read!.trailer) read!.trailer.rows++;
    else if (isTrailer(values)) read!.trailer = { row, text: values.find((v) => v.trim())!.trim(), rows: 1 };
    else read!.records.push([row, values]);
  };
  for await (const line of source.lines) {
    await checker.check(line[0], line[1], read?.header ?? best?.line[1] ?? []);
    if (read) take(line);
    else if (hasContent(line[1])) {
      const score = headerScore(line[1], lookup);
      if (score > (best?.score ?? 0)) best = { line, score };
      if (head.push(line) === HEADER_SCAN_ROWS) decide();
    }
  }
  if (!read) decide();
  return read!;
}

/** A JSON array of objects; its columns are the keys of all items together, its rows the items from 1. */
async function readJson(file: string, data: Buffer, lookup: HeaderLookup, limits: ImportLimits): Promise<SheetRead> {
  const parsed: unknown = JSON.parse(data.toString('utf8').replace(/^\uFEFF/, ''));
  if (!Array.isArray(parsed)) throw new Error('a JSON file must hold an array of objects');
  const items = parsed as (Record<string, unknown> | null)[];
  const checker = new SheetLimits(file, limits, true);
  const keys = new Set<string>();
  const cell = (v: unknown) => (Array.isArray(v) ? v.join('；') : v == null ? '' : String(v));
  for (const [i, item] of items.entries()) {
    const entries = Object.entries(item ?? {});
    await checker.check(i + 1, entries.map(([, v]) => cell(v)), entries.map(([k]) => k));
    for (const [k] of entries) keys.add(k);
    if (keys.size > limits.maxColumns) throw importTooLarge(file, 'maxColumns', limits, `的各项共有 ${keys.size} 个不同的键，超过列数上限 ${limits.maxColumns} 列`);
  }
  const header = [...keys];
  const matches = header.map((h) => lookup.match(h));
  const found = new Set(matches.map((m) => m?.column));
  const records = items.map((item, i): Line => [i + 1, header.map((k) => item?.[k]) as string[]]);
  return { name: '', headerRow: 0, header, matches, hiddenColumns: new Set(), score: found.size, fits: lookup.columns.every((c) => !c.required || found.has(c)), above: [], records };
}

const NO_SHEET = (name: string): SheetRead => ({ name, headerRow: 0, header: [], matches: [], hiddenColumns: new Set(), score: 0, fits: false, above: [], records: [] });

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

/** A money cell as the row reader reads it: the header's unit made explicit; 面议 and the like are no amount. */
function moneyCell(value: string, match: ColumnMatch, row: number, negotiable: number[]): string {
  if (NO_BUDGET.test(value.replace(/\s+/g, ''))) {
    negotiable.push(row);
    return '';
  }
  return match.yuan && /^[\d,.，．０-９\s]+$/.test(value) ? `${value}元` : value;
}

function cellsOf(read: SheetRead, values: unknown[], row: number, negotiable: number[]): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  read.matches.forEach((m, j) => {
    if (!m) return;
    const raw = values[j];
    const value = Array.isArray(raw) ? raw.map((v) => String(v).trim()) : raw == null ? '' : String(raw).trim();
    cells[m.column.key] = m.column.money && typeof value === 'string' ? moneyCell(value, m, row, negotiable) : value;
  });
  return cells;
}

function bodyWarnings(file: string, read: SheetRead, negotiable: number[], warnings: ImportProblem[]): void {
  if (read.trailer) {
    const { row, text: first, rows } = read.trailer;
    warnings.push(notice(file, row, '', 'TRAILER_IGNORED', text(`第 ${row} 行起的 ${rows} 行是表格下方的注释或合计（“${first}”），已忽略`, `the ${rows} row(s) from row ${row} are notes or totals below the table ("${first}"); ignored`)));
  }
  if (negotiable.length) {
    const budget = read.matches.find((m) => m?.column.money)!.column.header;
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
  return { rows, warnings, problems, ...(hasList ? {} : { title: titleAbove(read.above) }) };
}
