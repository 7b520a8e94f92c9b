import { Inflate } from "fflate";
import {
  DIRECTORY_ENTRY_SIZE,
  END_OF_DIRECTORY_SIZE,
  LOCAL_HEADER_SIZE,
  METHOD_DEFLATE,
  METHOD_STORED,
  SIG_DIRECTORY_ENTRY,
  SIG_END_OF_DIRECTORY,
  SIG_LOCAL_HEADER,
} from "../zip/format.js";
import { notZipDetail } from "./file-kind.js";
import { ImportFailure } from "./import-failure.js";
import {
  INFLATE_CHUNK_BYTES,
  MAX_TOTAL_UNCOMPRESSED_BYTES,
  MAX_XML_PART_BYTES,
  MAX_ZIP_ENTRIES,
} from "./limits.js";

/** One entry of the zip's central directory. */
interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** The zip comment after the end-of-directory record is at most 65535 bytes. */
const MAX_COMMENT_BYTES = 0xffff;
const FLAG_ENCRYPTED = 1;
/** Zip compression methods other zip tools can write (APPNOTE 4.4.5), named in the message. */
const COMPRESSION_NAMES: ReadonlyMap<number, string> = new Map([
  [9, "Deflate64"],
  [12, "BZIP2"],
  [14, "LZMA"],
  [93, "Zstandard"],
  [95, "XZ"],
  [99, "AES encryption"],
]);
/** ZIP64 marks sizes and offsets that do not fit 32 bits: never needed by a Word file. */
const ZIP64_MARK = 0xffffffff;

/**
 * A .docx package read from memory. Only the central directory is parsed up front; a part is
 * inflated when asked for, with its real output counted against MAX_XML_PART_BYTES (a declared
 * size can lie), and the directory is refused when it has too many entries or declares more
 * than MAX_TOTAL_UNCOMPRESSED_BYTES in all: the two marks of a zip bomb.
 */
export class ZipPackage {
  private readonly entries: Map<string, ZipEntry>;

  private constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
  ) {
    this.entries = new Map();
    for (const entry of entries) {
      const key = partKey(entry.name);
      if (!this.entries.has(key)) this.entries.set(key, entry);
    }
  }

  static open(bytes: Uint8Array): ZipPackage {
    return new ZipPackage(bytes, readDirectory(bytes));
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /** The part's text (UTF-8), or undefined when the package has no such part. */
  text(name: string): string | undefined {
    const entry = this.entries.get(partKey(name));
    if (entry === undefined) return undefined;
    return decodeText(this.inflate(entry));
  }

  private inflate(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localHeaderOffset;
    if (at + LOCAL_HEADER_SIZE > this.bytes.length || view.getUint32(at, true) !== SIG_LOCAL_HEADER) {
      throw new ImportFailure("import.not-docx", { detail: `broken entry ${entry.name}` }, "");
    }
    const start = at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) {
      throw new ImportFailure("import.not-docx", { detail: `truncated entry ${entry.name}` }, "");
    }
    const data = this.bytes.subarray(start, end);
    if (entry.method === METHOD_STORED) {
      if (data.length > MAX_XML_PART_BYTES) throw tooLarge(entry.name);
      return data;
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > MAX_XML_PART_BYTES) throw tooLarge(entry.name);
      chunks.push(chunk);
    });
    for (let offset = 0; offset < data.length; offset += INFLATE_CHUNK_BYTES) {
      const last = offset + INFLATE_CHUNK_BYTES >= data.length;
      try {
        inflater.push(data.subarray(offset, offset + INFLATE_CHUNK_BYTES), last);
      } catch (error) {
        if (error instanceof ImportFailure) throw error;
        throw new ImportFailure("import.not-docx", { detail: `cannot inflate ${entry.name}` }, "");
      }
    }
    return Buffer.concat(chunks, total);
  }
}

/**
 * A part's text. XML parts are UTF-8 as Word writes them, or UTF-16 with its byte-order mark as
 * XML allows and some programs (.NET's XmlWriter by default) write them.
 */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * The key a part is looked up by. Part names of a package are compared without regard to ASCII
 * case (ECMA-376 Part 2, §9.1.1.1: "WORD/DOCUMENT.XML" is word/document.xml), and zip tools on
 * Windows have written "\\" for "/" or a leading "/": all name the same part.
 */
function partKey(name: string): string {
  return name
    .replace(/\\/g, "/")
    .replace(/^\/+/, "")
    .replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function tooLarge(name: string): ImportFailure {
  return new ImportFailure(
    "import.zip-bomb",
    { detail: `${name} inflates past ${MAX_XML_PART_BYTES} bytes` },
    "",
  );
}

function notZip(detail: string): ImportFailure {
  return new ImportFailure("import.not-docx", { detail }, "");
}

function readDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < END_OF_DIRECTORY_SIZE || view.getUint32(0, true) !== SIG_LOCAL_HEADER) {
    throw notZip(notZipDetail(bytes));
  }
  let eocd = -1;
  const lowest = Math.max(0, bytes.length - END_OF_DIRECTORY_SIZE - MAX_COMMENT_BYTES);
  for (let i = bytes.length - END_OF_DIRECTORY_SIZE; i >= lowest; i -= 1) {
    if (view.getUint32(i, true) === SIG_END_OF_DIRECTORY) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip("no zip directory (truncated file?)");
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count > MAX_ZIP_ENTRIES) {
    throw new ImportFailure(
      "import.zip-bomb",
      { detail: `${count} entries (at most ${MAX_ZIP_ENTRIES})` },
      "",
    );
  }
  if (directoryOffset === ZIP64_MARK) throw notZip("ZIP64 archive");
  const entries: ZipEntry[] = [];
  let declared = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + DIRECTORY_ENTRY_SIZE > bytes.length || view.getUint32(at, true) !== SIG_DIRECTORY_ENTRY) {
      throw notZip("broken zip directory");
    }
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: new TextDecoder("utf-8").decode(
        bytes.subarray(at + DIRECTORY_ENTRY_SIZE, at + DIRECTORY_ENTRY_SIZE + nameLength),
      ),
    };
    if (entry.uncompressedSize === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) {
      throw notZip("ZIP64 entry");
    }
    if ((entry.flags & FLAG_ENCRYPTED) !== 0) throw notZip(`encrypted entry ${entry.name}`);
    if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) {
      const named = COMPRESSION_NAMES.get(entry.method);
      throw notZip(
        `entry ${entry.name} uses compression method ${entry.method}${named === undefined ? "" : ` (${named})`}, which Word never writes`,
      );
    }
    declared += entry.uncompressedSize;
    if (declared > MAX_TOTAL_UNCOMPRESSED_BYTES) {
      throw new ImportFailure(
        "import.zip-bomb",
        { detail: `entries declare more than ${MAX_TOTAL_UNCOMPRESSED_BYTES} bytes uncompressed` },
        "",
      );
    }
    entries.push(entry);
    at += DIRECTORY_ENTRY_SIZE + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
