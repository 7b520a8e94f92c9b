import { crc32, inflateSync } from "node:zlib";

const PNG_SIGNATURE_BYTES = 8;
/** length (4) + type (4) before a chunk's data, CRC (4) after it. PNG spec §5.3. */
const PNG_CHUNK_OVERHEAD = 12;
const JPEG_SOS = 0xda;
const JPEG_EOI = 0xd9;

const u16 = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number): number => u16(b, i) * 0x10000 + u16(b, i + 2);

/**
 * Whether a PNG's chunks are whole and their checksums right, it ends with IEND, and its image
 * data decompresses. Readers check only the header; the PDF writer would fail on the rest.
 */
function pngIsWhole(bytes: Uint8Array, maxInflatedBytes: number): boolean {
  const data: Uint8Array[] = [];
  let i = PNG_SIGNATURE_BYTES;
  while (i + PNG_CHUNK_OVERHEAD <= bytes.length) {
    const length = u32(bytes, i);
    const end = i + 8 + length;
    if (end + 4 > bytes.length) return false;
    const type = String.fromCharCode(...bytes.subarray(i + 4, i + 8));
    if (crc32(bytes.subarray(i + 4, end)) !== u32(bytes, end)) return false;
    if (type === "IDAT") data.push(bytes.subarray(i + 8, end));
    if (type === "IEND") {
      try {
        // Bounded: a small file can inflate to gigabytes (a "decompression bomb").
        const inflated = inflateSync(Buffer.concat(data), { maxOutputLength: maxInflatedBytes });
        return data.length > 0 && inflated.length > 0;
      } catch {
        return false;
      }
    }
    i = end + 4;
  }
  return false;
}

/**
 * Whether a JPEG's segments are whole up to the scan and an end-of-image marker follows it
 * (ITU T.81 §B.2): a cut or overwritten file fails one or the other.
 */
function jpegIsWhole(bytes: Uint8Array): boolean {
  let i = 2;
  while (i + 3 < bytes.length) {
    if (bytes[i] !== 0xff) return false;
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === JPEG_SOS) {
      for (let j = bytes.length - 2; j > i; j--) {
        if (bytes[j] === 0xff && bytes[j + 1] === JPEG_EOI) return true;
      }
      return false;
    }
    i += marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7) ? 2 : 2 + u16(bytes, i + 2);
  }
  return false;
}

/**
 * Whether the image data is whole enough to embed; SVG is text and is checked by its size. A
 * PNG whose data inflates to more than `maxInflatedBytes` (what its header announces) is damaged.
 */
export function imageIsWhole(
  format: "png" | "jpeg" | "svg",
  bytes: Uint8Array,
  maxInflatedBytes: number,
): boolean {
  if (format === "png") return pngIsWhole(bytes, maxInflatedBytes);
  if (format === "jpeg") return jpegIsWhole(bytes);
  return true;
}
