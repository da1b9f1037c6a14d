import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { text } from '../../common/i18n/text';
import { restoreFormula } from '../../common/spreadsheet/formula-cells';
import type { ImportLimits } from '../../config/app-config';
import { FileProblem, notice } from './file-problems';
import { importTooLarge, SheetLimits } from './import-limits';
import { ColumnMatch, HEADER_SCAN_ROWS, headerScore, HeaderLookup, isSection, isTrailer, withSubHeader } from './sheet-layout';
import { decodeChunks, detectDelimiter, detectEncoding, ENCODINGS_TRIED } from './text-decoding';
import { Line, SheetSource } from './xlsx-sheets';

/** Text bytes handed to the parser at a time. */
const CHUNK_BYTES = 64 * 1024;

/** CSV/TSV rows, decoded and parsed a chunk at a time so a big file neither sits in memory twice nor holds the event loop. */
export async function* textSheet(file: string, data: Buffer): AsyncGenerator<SheetSource> {
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
export interface SheetRead {
  name: string;
  headerRow: number;
  header: string[];
  matches: (ColumnMatch | undefined)[];
  hiddenColumns: Set<number>;
  score: number;
  fits: boolean;
  above: string[][];
  records: Line[];
  /** Group headings skipped inside the table. */
  sections: { row: number; text: string }[];
  trailer?: { row: number; text: string; rows: number };
}

const hasContent = (values: readonly string[]) => values.some((v) => v.trim() !== '');
const firstText = (values: readonly string[]) => values.find((v) => v.trim())!.trim();

/** Reads one sheet through the limits; its data rows are kept only when its header has every required column. */
export async function readSheet(file: string, source: SheetSource, lookup: HeaderLookup, limits: ImportLimits): Promise<SheetRead> {
  const checker = new SheetLimits(file, limits);
  const head: Line[] = [];
  // The header so far (the row naming the most contract columns), which limit refusals name columns by.
  let best: { line: Line; score: number } | undefined;
  let read: SheetRead | undefined;
  const decide = () => {
    const [headerRow, first] = best?.line ?? [0, []];
    const next = head.find(([row]) => row === headerRow + 1);
    const combined = next && withSubHeader(first, next[1], lookup);
    const header = combined ?? first;
    const dataFrom = combined ? headerRow + 2 : headerRow + 1;
    const matches = header.map((h) => lookup.match(h));
    const found = new Set(matches.map((m) => m?.column));
    read = {
      name: source.name,
      headerRow,
      header: header.map((h) => h.trim()),
      matches,
      hiddenColumns: source.hiddenColumns,
      score: headerScore(header, lookup),
      fits: !!best && lookup.columns.every((c) => !c.required || found.has(c)),
      above: head.filter(([row]) => row < headerRow).map(([, v]) => v),
      records: [],
      sections: [],
    };
    checker.headerRow = Math.max(1, dataFrom - 1);
    for (const line of head.filter(([row]) => row >= dataFrom)) take(line);
  };
  const take = ([row, values]: Line) => {
    if (!read!.fits || !hasContent(values)) return;
    if (read!.trailer) read!.trailer.rows++;
    else if (isTrailer(values)) read!.trailer = { row, text: firstText(values), rows: 1 };
    else if (isSection(values)) read!.sections.push({ row, text: firstText(values) });
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
export async function readJson(file: string, data: Buffer, lookup: HeaderLookup, limits: ImportLimits): Promise<SheetRead> {
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
  return { name: '', headerRow: 0, header, matches, hiddenColumns: new Set(), score: found.size, fits: lookup.columns.every((c) => !c.required || found.has(c)), above: [], records, sections: [] };
}

export const NO_SHEET = (name: string): SheetRead => ({ name, headerRow: 0, header: [], matches: [], hiddenColumns: new Set(), score: 0, fits: false, above: [], records: [], sections: [] });
