import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { ImportLimits } from '../../config/app-config';
import { checkXlsxArchive } from './xlsx-archive';

/** A row as read: the number a spreadsheet shows, and its cells as text. */
export type Line = [row: number, values: string[]];

/** One sheet of a file (a text file is one sheet with no name). Its lines must be read to the end before the next sheet. */
export interface SheetSource {
  name: string;
  visible: boolean;
  /** 0-based columns the sheet hides. */
  hiddenColumns: Set<number>;
  lines: AsyncGenerator<Line>;
}

function text(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  // Excel stores 12.3 as 12.300000000000001 when it was computed: 15 significant digits are what it shows.
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return text(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: string): Generator<{ eventType: string; value: unknown }>;
}
const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;

async function* utf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  yield decoder.end();
}

/** The sheet XML before its data that is searched for <col hidden="1"> (ExcelJS's streaming reader drops the attribute). */
const COLS_SCAN_CHARS = 1024 * 1024;
/** Columns a sheet can have (XFD). */
const MAX_COLUMN = 16_384;

/** Passes the sheet XML through, noting the columns its <cols> section hides. */
async function* noteHiddenColumns(xml: AsyncIterable<string>, hidden: Set<number>): AsyncGenerator<string> {
  let head: string | null = '';
  for await (const chunk of xml) {
    if (head !== null) {
      head += chunk;
      const end = head.indexOf('<sheetData');
      if (end >= 0 || head.length >= COLS_SCAN_CHARS) {
        for (const [tag] of head.slice(0, end >= 0 ? end : COLS_SCAN_CHARS).matchAll(/<col\b[^>]*>/g)) {
          if (!/\bhidden="(1|true)"/.test(tag)) continue;
          const min = Number(/\bmin="(\d+)"/.exec(tag)?.[1]);
          const max = Math.min(Number(/\bmax="(\d+)"/.exec(tag)?.[1]), MAX_COLUMN);
          for (let c = min; c <= max; c++) hidden.add(c - 1);
        }
        head = null;
      }
    }
    yield chunk;
  }
}

/**
 * ExcelJS's streaming reader decodes each inflated chunk on its own, so a Chinese character cut by a
 * chunk boundary comes out garbled (a 9,000-character cell gained a character): its XML is decoded
 * here across chunks, and ExcelJS passes strings through. The hidden columns of each sheet are noted.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseSharedStrings(entry: Readable) {
    return base._parseSharedStrings.call(this, entry.setEncoding('utf8'));
  }

  *_parseWorksheet(chunks: AsyncIterable<Buffer>, sheetNo: string) {
    const hidden = new Set<number>();
    for (const event of base._parseWorksheet.call(this, noteHiddenColumns(utf8(chunks), hidden), sheetNo)) {
      if (event.eventType === 'worksheet') Object.assign(event.value as object, { hiddenColumns: hidden, sheetNo });
      yield event;
    }
  }
}

interface StreamedSheet extends AsyncIterable<ExcelJS.Row> {
  sheetNo: string;
  hiddenColumns: Set<number>;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number(e[1].toLowerCase() === 'x' ? `0${e.slice(1)}` : e.slice(1))) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[e.toLowerCase()],
  );

/**
 * Each sheet's name and state by the number of its part (xl/worksheets/sheet2.xml → "2"), from the
 * workbook itself: ExcelJS knows them only when workbook.xml comes before the sheets in the archive,
 * which openpyxl, for one, does not do.
 */
function sheetNames(parts: Map<string, string>): Map<string, { name: string; visible: boolean }> {
  const targets = new Map<string, string>();
  for (const [tag] of (parts.get(WORKBOOK_RELS) ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const part = /worksheets\/sheet(\d+)\.xml$/.exec(attribute(tag, 'Target') ?? '')?.[1];
    if (part) targets.set(attribute(tag, 'Id') ?? '', part);
  }
  const sheets = new Map<string, { name: string; visible: boolean }>();
  for (const [tag] of (parts.get(WORKBOOK) ?? '').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const part = targets.get(attribute(tag, 'r:id') ?? '');
    if (part) sheets.set(part, { name: unescapeXml(attribute(tag, 'name') ?? ''), visible: (attribute(tag, 'state') ?? 'visible') === 'visible' });
  }
  return sheets;
}

/** The workbook's sheets in order, streamed: the archive was checked first, so what is inflated here is bounded. */
export async function* xlsxSheets(file: string, data: Buffer, limits: ImportLimits): AsyncGenerator<SheetSource> {
  const names = sheetNames(await checkXlsxArchive(file, data, limits, [WORKBOOK, WORKBOOK_RELS]));
  const book = new Utf8WorkbookReader(Readable.from([data]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  for await (const sheet of book as AsyncIterable<StreamedSheet>) {
    async function* lines(): AsyncGenerator<Line> {
      for await (const r of sheet) yield [r.number, Array.from((r.values as ExcelJS.CellValue[]).slice(1), text)];
    }
    const { name, visible } = names.get(sheet.sheetNo) ?? { name: `Sheet${sheet.sheetNo}`, visible: true };
    yield { name, visible, hiddenColumns: sheet.hiddenColumns, lines: lines() };
  }
}
