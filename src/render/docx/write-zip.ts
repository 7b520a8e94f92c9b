import { crc32, deflateRawSync } from "node:zlib";
import {
  DIRECTORY_ENTRY_SIZE,
  END_OF_DIRECTORY_SIZE,
  LOCAL_HEADER_SIZE,
  METHOD_DEFLATE,
  SIG_DIRECTORY_ENTRY,
  SIG_END_OF_DIRECTORY,
  SIG_LOCAL_HEADER,
} from "../../zip/format.js";

/**
 * A zip archive of the given entries, in the given order, every one deflated and stamped
 * 1980-01-01 00:00 (the DOS epoch, as Word does): the same entries always give the same bytes.
 *
 * Why not fflate's zipSync: its deflate runs in JavaScript, about 120 ms of a cold build for the
 * three DOCX files, where Node's zlib (the C library, already what pdfkit compresses the PDFs
 * with) takes about 20 ms. The bytes depend on that zlib as the PDFs' already do; Node 20, 22 and
 * 24 give the same (test/e2e/node-versions.test.ts).
 */
export function writeZip(entries: Iterable<readonly [string, Uint8Array]>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  for (const [path, data] of entries) {
    const name = Buffer.from(path, "utf8");
    const packed = deflateRawSync(data, { level: DEFLATE_LEVEL });
    const fields: EntryFields = {
      // Bit 11: the name is UTF-8 (only needed, and only set, for a name beyond ASCII).
      flags: /^[\x20-\x7e]*$/.test(path) ? 0 : 0x0800,
      crc: crc32(data),
      packedSize: packed.length,
      size: data.length,
      name,
    };
    if (offset > MAX_ZIP32 || data.length > MAX_ZIP32 || count === MAX_ENTRIES) {
      throw new RangeError("the package is too big for a zip without zip64");
    }
    chunks.push(localHeader(fields), packed);
    central.push(centralHeader(fields, offset));
    offset += LOCAL_HEADER_SIZE + name.length + packed.length;
    count++;
  }
  const centralSize = central.reduce((sum, c) => sum + c.length, 0);
  return Buffer.concat([...chunks, ...central, endOfCentralDirectory(count, centralSize, offset)]);
}

/** zlib's default level, the one fflate used before: the same size as Word's packages, give or take. */
const DEFLATE_LEVEL = 6;
/** "Version needed to extract" 2.0: deflate. */
const VERSION_NEEDED = 20;
/** DOS date of 1980-01-01: (year − 1980) << 9 | month << 5 | day; time 00:00:00 is 0. */
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const DOS_TIME_MIDNIGHT = 0;
const MAX_ZIP32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

interface EntryFields {
  readonly flags: number;
  readonly crc: number;
  readonly packedSize: number;
  readonly size: number;
  readonly name: Buffer;
}

function localHeader(e: EntryFields): Buffer {
  const b = Buffer.alloc(LOCAL_HEADER_SIZE);
  b.writeUInt32LE(SIG_LOCAL_HEADER, 0);
  writeSharedFields(b, 4, e);
  b.writeUInt16LE(0, 28); // no extra field
  return Buffer.concat([b, e.name]);
}

function centralHeader(e: EntryFields, localOffset: number): Buffer {
  const b = Buffer.alloc(DIRECTORY_ENTRY_SIZE);
  b.writeUInt32LE(SIG_DIRECTORY_ENTRY, 0);
  b.writeUInt16LE(VERSION_NEEDED, 4); // made by: MS-DOS (0), version 2.0
  writeSharedFields(b, 6, e);
  // extra and comment lengths, disk number, internal and external attributes: all 0
  b.writeUInt32LE(localOffset, 42);
  return Buffer.concat([b, e.name]);
}

/**
 * The fields a local header and its central directory entry repeat, in the same order (APPNOTE
 * 4.3.7 and 4.3.12): version needed, flags, method, time, date, CRC-32, sizes, name length.
 */
function writeSharedFields(b: Buffer, at: number, e: EntryFields): void {
  b.writeUInt16LE(VERSION_NEEDED, at);
  b.writeUInt16LE(e.flags, at + 2);
  b.writeUInt16LE(METHOD_DEFLATE, at + 4);
  b.writeUInt16LE(DOS_TIME_MIDNIGHT, at + 6);
  b.writeUInt16LE(DOS_DATE_1980_01_01, at + 8);
  b.writeUInt32LE(e.crc, at + 10);
  b.writeUInt32LE(e.packedSize, at + 14);
  b.writeUInt32LE(e.size, at + 18);
  b.writeUInt16LE(e.name.length, at + 22);
}

function endOfCentralDirectory(count: number, centralSize: number, centralOffset: number): Buffer {
  const b = Buffer.alloc(END_OF_DIRECTORY_SIZE);
  b.writeUInt32LE(SIG_END_OF_DIRECTORY, 0);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(centralSize, 12);
  b.writeUInt32LE(centralOffset, 16);
  return b;
}
