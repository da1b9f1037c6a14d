import { createDeflateRaw, crc32 } from 'node:zlib';

// Hand-built zip archives for the import-limit tests: what a bomb maker controls (entry sizes as
// declared in the headers, how much each entry really inflates to) is set here exactly.

export interface ZipEntrySpec {
  name: string;
  /** The entry's bytes, a chunk at a time, so a huge entry never sits in memory. */
  chunks: () => Iterable<Buffer>;
  /** The uncompressed size written in the headers; the real one when unset. */
  declaredSize?: number;
}

async function deflate(chunks: Iterable<Buffer>): Promise<{ data: Buffer; size: number; crc: number }> {
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => deflater.once('end', resolve));
  let size = 0;
  let crc = 0;
  for (const chunk of chunks) {
    size += chunk.length;
    crc = crc32(chunk, crc);
    if (!deflater.write(chunk)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await ended;
  return { data: Buffer.concat(out), size, crc };
}

/** A zip archive of deflated entries, without data descriptors. */
export async function zipArchive(entries: ZipEntrySpec[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { data, size, crc } = await deflate(entry.chunks());
    const name = Buffer.from(entry.name);
    const sizes = (b: Buffer, at: number) => {
      b.writeUInt32LE(crc, at);
      b.writeUInt32LE(data.length, at + 4);
      b.writeUInt32LE(entry.declaredSize ?? size, at + 8);
      b.writeUInt16LE(name.length, at + 12);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    sizes(local, 14);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    sizes(central, 16);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    directory.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}

/** `count` chunks of `bytes` bytes each of one repeated character. */
export const repeated = (count: number, bytes = 1024 * 1024, char = ' ') =>
  function* () {
    const chunk = Buffer.alloc(bytes, char);
    for (let i = 0; i < count; i++) yield chunk;
  };

const once = (text: string) => () => [Buffer.from(text)];

/** The entries around the first sheet of an XLSX file, so a bomb looks like a workbook. */
export const workbookEntries = (sheet: ZipEntrySpec['chunks'], declaredSize?: number): ZipEntrySpec[] => [
  { name: '[Content_Types].xml', chunks: once('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
  { name: 'xl/workbook.xml', chunks: once('<?xml version="1.0" encoding="UTF-8"?><workbook><sheets><sheet name="人才" sheetId="1" r:id="rId1"/></sheets></workbook>') },
  { name: 'xl/worksheets/sheet1.xml', chunks: sheet, declaredSize },
];
