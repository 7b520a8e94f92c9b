import type { MessageParam } from "../errors.js";
import type { MessageCode } from "../i18n/catalog.js";

export type DecodedText =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly code: MessageCode;
      readonly params: Readonly<Record<string, MessageParam>>;
      /** 1-based position of the first byte that cannot be read, when there is one. */
      readonly line?: number;
      readonly col?: number;
    };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Bytes a Thai Windows editor writes in TIS-620 / windows-874: the Thai block 0xA1–0xFB (minus
 * the unassigned 0xDB–0xDE) and windows-874's punctuation (…, curly quotes, dashes, euro, nbsp).
 */
function isTis620HighByte(b: number): boolean {
  return (
    (b >= 0xa1 && b <= 0xda) ||
    (b >= 0xdf && b <= 0xfb) ||
    b === 0x80 ||
    b === 0x85 ||
    b === 0xa0 ||
    (b >= 0x91 && b <= 0x97)
  );
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i] ?? 0;
    const extra =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return 0;
}

function positionOf(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Characters before the byte on its line: UTF-8 continuation bytes do not start a character.
  let col = 1;
  for (let i = lineStart; i < offset; i++) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) col++;
  return { line, col };
}

/**
 * Reads a data file's bytes as UTF-8 text. A UTF-8 byte-order mark is dropped (Windows Notepad
 * writes one); CRLF line ends are left to the YAML parser, which accepts them. Anything else
 * than UTF-8 is refused with a message saying which encoding it looks like and how to convert.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(UTF8_BOM.length) : bytes;
  // UTF-16 without a byte-order mark: the YAML keys, spaces and line ends are ASCII, one NUL byte
  // each. A stray NUL in a UTF-8 file (or in binary garbage) is rare and is reported where it is.
  const nulBytes = body.reduce((n, b) => (b === 0 ? n + 1 : n), 0);
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    nulBytes * 8 > body.length
  ) {
    return { ok: false, code: "file.utf16", params: {} };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    const offset = firstInvalidUtf8(body);
    const position = positionOf(body, offset);
    const high = body.filter((b) => b >= 0x80);
    if (high.length > 0 && high.every(isTis620HighByte)) {
      return { ok: false, code: "file.tis620", params: {}, ...position };
    }
    const byte = (body[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return { ok: false, code: "file.not-utf8", params: { byte }, ...position };
  }
}
