import type { ImportLimits } from '../../config/app-config';
import yauzl, { Entry, ZipFile } from 'yauzl';
import { importRefused, importTooLarge, megabytes } from './import-limits';
import { text } from '../../common/i18n/text';
import { yieldToEventLoop } from '../../common/time/yield-to-event-loop';

/** An XLSX has a dozen entries; thousands only make a reader spend time on the directory. */
const MAX_ENTRIES = 1000;
/** Deflate reaches about 1000:1 on repeated bytes; real sheets stay under 100:1, bombs go to the maximum. */
const MAX_RATIO = 200;
/** Small entries may compress as well as they like: they cannot inflate to much. */
const RATIO_FREE_BYTES = 1024 * 1024;
/** Sizes of a data descriptor after an entry's data: with or without its signature, 32- or 64-bit sizes. */
const DESCRIPTOR_BYTES = [12, 16, 20, 24];

async function entries(zip: ZipFile): Promise<Entry[]> {
  const out: Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: Entry) => {
      out.push(e);
      zip.readEntry();
    });
    zip.once('end', resolve);
    zip.once('error', reject);
    zip.readEntry();
  });
  return out;
}

/**
 * The entries must follow one another from the file's first byte to its central directory: ExcelJS
 * reads the local headers in file order, not the directory checked here, so data the directory
 * does not list would be inflated unchecked.
 */
async function checkContiguous(zip: ZipFile, list: Entry[], directoryOffset: number): Promise<void> {
  let expected = 0;
  let descriptor = false;
  const follows = (at: number) => at === expected || (descriptor && DESCRIPTOR_BYTES.includes(at - expected));
  for (const e of [...list].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader)) {
    if (!follows(e.relativeOffsetOfLocalHeader)) throw new Error('the archive holds data its directory does not list');
    expected = (await zip.readLocalFileHeaderPromise(e, { minimal: true })).fileDataStart + e.compressedSize;
    descriptor = (e.generalPurposeBitFlag & 0x8) !== 0;
  }
  if (!follows(directoryOffset)) throw new Error('the archive holds data its directory does not list');
}

/**
 * Inflates one entry and returns its byte count, stopping as soon as it passes `budget` or the size
 * the directory declared (a forged size is how a bomb slips past the declared-size check).
 */
async function inflatedBytes(zip: ZipFile, entry: Entry, budget: number, forged: () => Error, kept?: Buffer[]): Promise<number> {
  const stream = await zip.openReadStreamPromise(entry);
  let n = 0;
  for await (const chunk of stream) {
    n += (chunk as Buffer).length;
    kept?.push(chunk as Buffer);
    if (n > entry.uncompressedSize) throw forged();
    if (n > budget) break;
  }
  if (n < entry.uncompressedSize && n <= budget) throw new Error(`${entry.fileName} is shorter than its directory says`);
  return n;
}

/**
 * Checks an XLSX file (a zip archive) before it is parsed: entry count, the uncompressed sizes the
 * directory declares, each entry's compression ratio, then the bytes actually inflated, stopping at
 * the limit. Throws IMPORT_TOO_LARGE over a limit; any other error means the file is not a readable archive.
 * Returns the text of the entries named in `keep` (small ones, such as xl/workbook.xml) that the archive has.
 */
export async function checkXlsxArchive(file: string, data: Buffer, limits: ImportLimits, keep: readonly string[] = []): Promise<Map<string, string>> {
  const kept = new Map<string, Buffer[]>();
  // Sizes are checked below, as the bytes come, so that a forged size is refused as a bomb.
  const zip = await yauzl.fromBufferPromise(data, { lazyEntries: true, validateEntrySizes: false });
  try {
    if (zip.entryCount > MAX_ENTRIES) {
      throw importRefused(file, text(`的压缩包内有 ${zip.entryCount} 个条目，超过 ${MAX_ENTRIES} 个上限`, `holds ${zip.entryCount} archive entries, over the limit of ${MAX_ENTRIES}`), MAX_ENTRIES);
    }
    // Before the first readEntry, yauzl's cursor is the central directory's offset (its typings call it a boolean).
    const directoryOffset = zip.readEntryCursor as unknown as number;
    const list = await entries(zip);
    await checkContiguous(zip, list, directoryOffset);
    const max = limits.maxUnzippedBytes;
    const tooBig = () => importTooLarge(file, 'maxUnzippedBytes', limits, text(`解压后超过 ${megabytes(max)} 上限`, `is over the limit of ${megabytes(max)} once unzipped`));
    let declared = 0;
    for (const e of list) {
      declared += e.uncompressedSize;
      if (declared > max) throw tooBig();
      const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
      if (e.uncompressedSize > RATIO_FREE_BYTES && ratio > MAX_RATIO) {
        const what = text(
          `的条目 ${e.fileName} 压缩比 ${Math.round(ratio)}:1，超过 ${MAX_RATIO}:1 上限（疑为压缩炸弹）`,
          `has entry ${e.fileName} compressed ${Math.round(ratio)}:1, over the limit of ${MAX_RATIO}:1 (a zip bomb?)`,
        );
        throw importRefused(file, what, MAX_RATIO);
      }
    }
    let inflated = 0;
    for (const e of list) {
      const forged = () =>
        importRefused(
          file,
          text(`的条目 ${e.fileName} 解压后超过其声明的 ${e.uncompressedSize} 字节（疑为压缩炸弹）`, `has entry ${e.fileName} inflating past its declared ${e.uncompressedSize} bytes (a zip bomb?)`),
          e.uncompressedSize,
        );
      if (keep.includes(e.fileName)) kept.set(e.fileName, []);
      inflated += await inflatedBytes(zip, e, max - inflated, forged, kept.get(e.fileName));
      if (inflated > max) throw tooBig();
      await yieldToEventLoop();
    }
  } finally {
    zip.close();
  }
  return new Map([...kept].map(([name, chunks]) => [name, Buffer.concat(chunks).toString('utf8')]));
}
