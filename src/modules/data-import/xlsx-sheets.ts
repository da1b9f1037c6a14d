import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import yauzl, { Entry } from 'yauzl';
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

/** The streaming reader's part parsers (not in its typings), called here one part at a time. */
interface BookParsers {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: string): Generator<{ eventType: string; value: unknown }>;
}
const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as BookParsers;

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
      if (event.eventType === 'worksheet') Object.assign(event.value as object, { hiddenColumns: hidden });
      yield event;
    }
  }
}

interface StreamedSheet extends AsyncIterable<ExcelJS.Row> {
  hiddenColumns: Set<number>;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number(e[1].toLowerCase() === 'x' ? `0${e.slice(1)}` : e.slice(1))) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[e.toLowerCase()],
  );

interface WorkbookSheet {
  /** Its part in the archive, e.g. xl/worksheets/sheet2.xml. */
  part: string;
  name: string;
  visible: boolean;
}

/** The sheets in tab order, from xl/workbook.xml and its relationships. */
function workbookSheets(workbook: string, rels: string): WorkbookSheet[] {
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const target = attribute(tag, 'Target') ?? '';
    if (/\/worksheet$/.test(attribute(tag, 'Type') ?? '')) targets.set(attribute(tag, 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].flatMap(([tag]) => {
    const part = targets.get(attribute(tag, 'r:id') ?? '');
    return part ? [{ part, name: unescapeXml(attribute(tag, 'name') ?? ''), visible: (attribute(tag, 'state') ?? 'visible') === 'visible' }] : [];
  });
}

interface Parts {
  open(name: string): Promise<Readable | undefined>;
  close(): void;
}

/** The archive's entries by name, each inflated when opened. */
async function archiveParts(data: Buffer): Promise<Parts> {
  const zip = await yauzl.fromBufferPromise(data, { lazyEntries: true });
  const entries = new Map<string, Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: Entry) => {
      entries.set(e.fileName, e);
      zip.readEntry();
    });
    zip.once('end', resolve);
    zip.once('error', reject);
    zip.readEntry();
  });
  return {
    open: async (name) => {
      const entry = entries.get(name);
      return entry ? zip.openReadStreamPromise(entry) : undefined;
    },
    close: () => zip.close(),
  };
}

/**
 * The workbook's sheets in tab order, streamed. ExcelJS's own streaming reader takes the parts in
 * archive order and, with the sheets before the workbook part (as ExcelJS and openpyxl write them),
 * sometimes lost a sheet: here the parts are opened by name (the archive was checked first, so what
 * is inflated is bounded) and handed to its parsers in the order they need.
 */
export async function* xlsxSheets(file: string, data: Buffer, limits: ImportLimits): AsyncGenerator<SheetSource> {
  const kept = await checkXlsxArchive(file, data, limits, [WORKBOOK, WORKBOOK_RELS]);
  const sheets = workbookSheets(kept.get(WORKBOOK) ?? '', kept.get(WORKBOOK_RELS) ?? '');
  if (!sheets.length) throw new Error('the archive has no worksheet: it is not an Excel workbook');
  const parts = await archiveParts(data);
  const book = new Utf8WorkbookReader(Readable.from([]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' }) as unknown as BookParsers;
  try {
    await book._parseRels((await parts.open(WORKBOOK_RELS))!);
    await book._parseWorkbook((await parts.open(WORKBOOK))!);
    const styles = await parts.open('xl/styles.xml');
    if (styles) await book._parseStyles(styles);
    const strings = await parts.open('xl/sharedStrings.xml');
    if (strings) for await (const _ of book._parseSharedStrings(strings));
    for (const [i, { part, name, visible }] of sheets.entries()) {
      const xml = await parts.open(part);
      if (!xml) throw new Error(`the sheet ${name} is missing from the archive`);
      for (const { eventType, value } of book._parseWorksheet(xml, String(i + 1))) {
        if (eventType !== 'worksheet') continue;
        const sheet = value as StreamedSheet;
        async function* lines(): AsyncGenerator<Line> {
          for await (const r of sheet) yield [r.number, Array.from((r.values as ExcelJS.CellValue[]).slice(1), text)];
        }
        yield { name, visible, hiddenColumns: sheet.hiddenColumns, lines: lines() };
      }
    }
  } finally {
    parts.close();
  }
}
