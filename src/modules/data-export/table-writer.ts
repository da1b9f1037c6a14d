import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../../common/spreadsheet/formula-cells';
import { ContractColumn } from '../data-import/contract';

export type ExportFormat = 'csv' | 'xlsx';

/**
 * Writes rows under the contract's Chinese headers: CSV in UTF-8 with a BOM and CRLF (what Excel
 * opens correctly), formula-leading cells quoted; or XLSX with one sheet, where every string is a
 * text cell (ExcelJS writes formulas only from { formula } values), so nothing there needs quoting.
 */
export async function writeTable(format: ExportFormat, columns: readonly ContractColumn[], rows: Record<string, string>[], sheetName: string): Promise<Buffer> {
  const headers = columns.map((c) => c.header);
  const grid = rows.map((r) => columns.map((c) => r[c.key] ?? ''));
  if (format === 'csv') {
    return Buffer.from('\uFEFF' + stringify([headers, ...grid].map((r) => r.map(neutraliseFormula)), { record_delimiter: '\r\n' }), 'utf8');
  }
  return writeWorkbook([{ name: sheetName, headers, rows: grid }]);
}

export interface Sheet {
  name: string;
  headers: string[];
  rows: (string | number | Date)[][];
}

/** An XLSX workbook, one sheet per table, bold frozen header row. */
export async function writeWorkbook(sheets: Sheet[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) addSheet(book, sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** One table as a sheet of `book`: bold frozen header, widths from the headers, text columns as text. */
export function addSheet(book: ExcelJS.Workbook, { name, headers, rows }: Sheet): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name.slice(0, 31));
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(60, Math.max(10, headers[i].length * 2 + 2));
    // Text cells keep codes like 000123 and dates exactly as written; numbers stay numbers.
    if (rows.every((r) => typeof r[i] !== 'number')) column.numFmt = '@';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet;
}
