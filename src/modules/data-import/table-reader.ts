import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { restoreFormula } from '../../common/spreadsheet/formula-cells';
import { extname } from 'node:path';
import { ContractColumn } from './contract';
import { ImportProblem } from './import-problems';

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

async function readGrid(file: string, data: Buffer): Promise<unknown[][] | Record<string, unknown>[]> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') {
    // Our CSV exports quote formula-leading cells (CSV injection); the value is what the quote hides.
    return (parse(data, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][]).map((r) => r.map(restoreFormula));
  }
  if (ext === '.xlsx') {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const grid: string[][] = [];
    sheet?.eachRow({ includeEmpty: true }, (r, n) => {
      const values = r.values as ExcelJS.CellValue[];
      grid[n - 1] = values.slice(1).map(text);
    });
    return Array.from(grid, (r) => r ?? []);
  }
  if (ext === '.json') {
    const parsed: unknown = JSON.parse(data.toString('utf8').replace(/^\uFEFF/, ''));
    if (!Array.isArray(parsed)) throw new Error('a JSON file must hold an array of objects');
    return parsed as Record<string, unknown>[];
  }
  throw new Error(`unsupported file type "${ext || file}": use .csv, .xlsx or .json`);
}

/**
 * Reads a CSV (UTF-8, with or without BOM), XLSX (first sheet) or JSON (array of objects) file into
 * rows keyed by the contract's keys. Headers may be the Chinese column names or the English keys.
 */
export async function readTable(file: string, data: Buffer, columns: readonly ContractColumn[]): Promise<Table> {
  const byHeader = new Map<string, ContractColumn>();
  for (const c of columns) {
    byHeader.set(normalizeHeader(c.header), c);
    byHeader.set(normalizeHeader(c.key), c);
  }
  const problems: ImportProblem[] = [];
  const warnings: string[] = [];
  let grid: unknown[][] | Record<string, unknown>[];
  try {
    grid = await readGrid(file, data);
  } catch (e) {
    return { rows: [], warnings, problems: [{ file, row: 0, column: '', reason: `cannot read the file: ${(e as Error).message}` }] };
  }
  const isJson = grid.length > 0 && !Array.isArray(grid[0]);
  const headerCells: string[] = isJson
    ? [...new Set((grid as Record<string, unknown>[]).flatMap((o) => Object.keys(o ?? {})))]
    : ((grid[0] as unknown[] | undefined) ?? []).map((h) => String(h ?? '').trim());
  const mapped = headerCells.map((h) => byHeader.get(normalizeHeader(h)));
  headerCells.forEach((h, i) => {
    if (h && !mapped[i]) warnings.push(`${file}: unknown column "${h}" ignored`);
  });
  for (const c of columns) {
    if (c.required && !mapped.includes(c)) problems.push({ file, row: 1, column: c.header, reason: 'required column is missing' });
  }
  const records = isJson ? (grid as Record<string, unknown>[]) : (grid as unknown[][]).slice(1);
  const rows: Row[] = [];
  records.forEach((record, i) => {
    const cells: Record<string, Cell> = {};
    headerCells.forEach((h, j) => {
      const column = mapped[j];
      if (!column) return;
      const raw = isJson ? (record as Record<string, unknown>)[h] : (record as unknown[])[j];
      cells[column.key] = Array.isArray(raw) ? raw.map((v) => String(v).trim()) : raw == null ? '' : String(raw).trim();
    });
    const empty = Object.values(cells).every((v) => (Array.isArray(v) ? v.length === 0 : v === ''));
    // JSON items are numbered from 1; spreadsheet rows from 2 (row 1 is the header).
    if (!empty) rows.push({ row: isJson ? i + 1 : i + 2, cells });
  });
  return { rows, warnings, problems };
}
