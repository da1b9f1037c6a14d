import chardet from 'chardet';
import iconv from 'iconv-lite';
import { isUtf8 as isUtf8Bytes } from 'node:buffer';
import { text, Text } from '../../common/i18n/text';

/** The encodings a text file is read in; a file in none of them is refused, naming them. */
export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030' | 'big5';

export const ENCODINGS_TRIED: Text = text('UTF-8、UTF-16（带 BOM）、GB18030（含 GBK/GB2312）、Big5', 'UTF-8, UTF-16 (with BOM), GB18030 (incl. GBK/GB2312), Big5');

const BOMS: [bytes: number[], encoding: TextEncoding][] = [
  [[0xef, 0xbb, 0xbf], 'utf8'],
  [[0xff, 0xfe], 'utf16le'],
  [[0xfe, 0xff], 'utf16be'],
];

/** Bytes looked at to choose among the legacy Chinese encodings. */
const SAMPLE_BYTES = 64 * 1024;
/** Control characters no spreadsheet text holds: a decode that yields them read the wrong encoding. */
const IMPLAUSIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/;

const startsWith = (data: Buffer, bytes: number[]) => bytes.every((b, i) => data[i] === b);

/** UTF-8 throughout, a character cut by the end of a truncated file aside (Node's check: no string is built). */
const isUtf8 = (data: Buffer) => [0, 1, 2, 3].some((cut) => cut <= data.length && isUtf8Bytes(data.subarray(0, data.length - cut)));

/** A sample decodes cleanly: no replacement or control characters (the sample's last character may be cut). */
const decodesCleanly = (sample: Buffer, encoding: TextEncoding) => !IMPLAUSIBLE.test(iconv.decode(sample, encoding).slice(0, -1));

/** UTF-16 that lost its BOM: the zero high bytes of its ASCII (digits, delimiters, line ends) all on one side. */
function utf16WithoutBom(sample: Buffer): TextEncoding | undefined {
  const zeros = [0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i % 2]++;
  const [even, odd] = zeros;
  if (even + odd < sample.length / 20) return undefined;
  if (odd > 4 * even) return 'utf16le';
  return even > 4 * odd ? 'utf16be' : undefined;
}

/**
 * The encoding of a CSV/TSV file: its BOM; else UTF-16 when half its ASCII bytes are zeros; else UTF-8 when the bytes are valid UTF-8; else the legacy
 * Chinese encoding (GB18030, as Excel on Chinese Windows saves, or Big5) that chardet ranks higher and
 * that decodes without replacement characters. undefined: none fits.
 */
export function detectEncoding(data: Buffer): TextEncoding | undefined {
  const bom = BOMS.find(([bytes]) => startsWith(data, bytes));
  if (bom) return bom[1];
  const sample = data.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16WithoutBom(sample);
  if (utf16 && decodesCleanly(sample, utf16)) return utf16;
  if (isUtf8(data)) return 'utf8';
  const matches = chardet.analyse(sample);
  const confidence = (name: string) => matches.find((m) => m.name === name)?.confidence ?? 0;
  const ranked: TextEncoding[] = confidence('Big5') > confidence('GB18030') ? ['big5', 'gb18030'] : ['gb18030', 'big5'];
  return ranked.find((encoding) => decodesCleanly(sample, encoding));
}

/** The file's text a chunk at a time (a character cut by a chunk boundary is kept whole), without the BOM. */
export function* decodeChunks(data: Buffer, encoding: TextEncoding, chunkBytes: number): Generator<string> {
  const decoder = iconv.getDecoder(encoding);
  for (let i = 0; i < data.length; i += chunkBytes) yield decoder.write(data.subarray(i, i + chunkBytes));
  const rest = decoder.end();
  if (rest) yield rest;
}

const DELIMITERS = [',', '\t', ';'] as const;
const QUOTED = /"(?:[^"]|"")*"/g;

/**
 * The field delimiter of delimited text: comma, tab or semicolon, whichever the first lines hold
 * most of outside quotes (Excel's "Unicode 文本" is tab-separated, European Excel uses semicolons).
 */
export function detectDelimiter(sample: string): string {
  const lines = sample.replace(QUOTED, '').split(/\r\n|\n|\r/).slice(0, 30);
  const count = (d: string) => lines.reduce((n, line) => n + line.split(d).length - 1, 0);
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), DELIMITERS[0]);
}
