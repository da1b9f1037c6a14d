import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { DomainError } from '../../common/errors/domain-error';
import { restoreFormula } from '../../common/spreadsheet/formula-cells';
import type { ImportLimits } from '../../config/app-config';
import { ContractColumn } from './contract';
import { importTooLarge, megabytes, SheetLimits } from './import-limits';
import { ImportProblem } from './import-problems';
import { checkXlsxArchive } from './xlsx-archive';

/** CSV bytes handed to the parser at a time. */
const CHUNK_BYTES = 64 * 1024;

/** A cell as read: text, or a list when a JSON file gives an array. */
export type Cell = string | string[];

/** One data row, keyed by contract key, with the row number a spreadsheet shows (header = row 1). */
export interface Row {
  row: number;
  cells: Record<string, Cell>;
}

export interface Table {
  rows: Row[];
  warnings: string[];
  problems: ImportProblem[];
}

const normalizeHeader = (h: string) => h.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

function text(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return text(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

type Line = [row: number, values: string[]];

/** CSV rows, parsed a chunk at a time so a big file neither sits in memory twice nor holds the event loop. */
async function* csvLines(data: Buffer): AsyncGenerator<Line> {
  const chunks = function* () {
    for (let i = 0; i < data.length; i += CHUNK_BYTES) yield data.subarray(i, i + CHUNK_BYTES);
  };
  const parser = Readable.from(chunks()).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }));
  let row = 0;
  // Our CSV exports quote formula-leading cells (CSV injection); the value is what the quote hides.
  for await (const record of parser as AsyncIterable<string[]>) yield [++row, record.map(restoreFormula)];
}

interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}
const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;

async function* utf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  yield decoder.end();
}

/**
 * ExcelJS's streaming reader decodes each inflated chunk on its own, so a Chinese character cut by a
 * chunk boundary comes out garbled (a 9,000-character cell gained a character): its XML is decoded
 * here across chunks, and ExcelJS passes strings through.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseSharedStrings(entry: Readable) {
    return base._parseSharedStrings.call(this, entry.setEncoding('utf8'));
  }

  _parseWorksheet(chunks: AsyncIterable<Buffer>, sheetNo: string) {
    return base._parseWorksheet.call(this, utf8(chunks), sheetNo);
  }
}

/** The first sheet's rows, streamed: the archive was checked first, so what is inflated here is bounded. */
async function* xlsxLines(file: string, data: Buffer, limits: ImportLimits): AsyncGenerator<Line> {
  await checkXlsxArchive(file, data, limits);
  const book = new Utf8WorkbookReader(Readable.from([data]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  for await (const sheet of book) {
    for await (const r of sheet) yield [r.number, Array.from((r.values as ExcelJS.CellValue[]).slice(1), text)];
    return;
  }
}

/** Header cells and the data rows after them, each with the number a spreadsheet shows (JSON: the item's, from 1). */
interface Grid {
  header: string[];
  records: [row: number, values: unknown[]][];
}

/** Feeds CSV or XLSX rows through the limits as they are parsed; row 1 is the header. */
async function readSheet(file: string, lines: AsyncGenerator<Line>, limits: ImportLimits): Promise<Grid> {
  const checker = new SheetLimits(file, limits);
  const grid: Grid = { header: [], records: [] };
  for await (const [row, values] of lines) {
    await checker.check(row, values, grid.header);
    if (row === 1) grid.header = values.map((h) => h.trim());
    else grid.records.push([row, values]);
  }
  return grid;
}

/** A JSON array of objects; its columns are the keys of all items together. */
async function readJson(file: string, data: Buffer, limits: ImportLimits): Promise<Grid> {
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
  return { header, records: items.map((item, i) => [i + 1, header.map((k) => item?.[k])]) };
}

function readGrid(file: string, data: Buffer, limits: ImportLimits): Promise<Grid> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return readSheet(file, csvLines(data), limits);
  if (ext === '.xlsx') return readSheet(file, xlsxLines(file, data, limits), limits);
  if (ext === '.json') return readJson(file, data, limits);
  throw new Error(`unsupported file type "${ext || file}": use .csv, .xlsx or .json`);
}

/**
 * Reads a CSV (UTF-8, with or without BOM), XLSX (first sheet) or JSON (array of objects) file into
 * rows keyed by the contract's keys. Headers may be the Chinese column names or the English keys.
 * A file over the import limits is refused (IMPORT_TOO_LARGE) as soon as the limit is passed.
 */
export async function readTable(file: string, data: Buffer, columns: readonly ContractColumn[], limits: ImportLimits): Promise<Table> {
  if (data.length > limits.maxFileBytes) {
    throw importTooLarge(file, 'maxFileBytes', limits, `大小 ${megabytes(data.length)}，超过 ${megabytes(limits.maxFileBytes)} 上限`);
  }
  const byHeader = new Map<string, ContractColumn>();
  for (const c of columns) {
    byHeader.set(normalizeHeader(c.header), c);
    byHeader.set(normalizeHeader(c.key), c);
  }
  const problems: ImportProblem[] = [];
  const warnings: string[] = [];
  let grid: Grid;
  try {
    grid = await readGrid(file, data, limits);
  } catch (e) {
    if (e instanceof DomainError) throw e;
    return { rows: [], warnings, problems: [{ file, row: 0, column: '', reason: `cannot read the file: ${(e as Error).message}` }] };
  }
  const { header } = grid;
  const mapped = header.map((h) => byHeader.get(normalizeHeader(h)));
  header.forEach((h, i) => {
    if (h && !mapped[i]) warnings.push(`${file}: unknown column "${h}" ignored`);
  });
  for (const c of columns) {
    if (c.required && !mapped.includes(c)) problems.push({ file, row: 1, column: c.header, reason: 'required column is missing' });
  }
  const rows: Row[] = [];
  for (const [row, values] of grid.records) {
    const cells: Record<string, Cell> = {};
    mapped.forEach((column, j) => {
      if (!column) return;
      const raw = values[j];
      cells[column.key] = Array.isArray(raw) ? raw.map((v) => String(v).trim()) : raw == null ? '' : String(raw).trim();
    });
    const empty = Object.values(cells).every((v) => (Array.isArray(v) ? v.length === 0 : v === ''));
    if (!empty) rows.push({ row, cells });
  }
  return { rows, warnings, problems };
}
