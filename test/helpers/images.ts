import { crc32, deflateSync } from "node:zlib";

const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

/** One PNG chunk: length, type, data, CRC over type and data (PNG spec §5.3). */
export function pngChunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  return Buffer.concat([u32(data.length), typed, u32(crc32(typed))]);
}

export interface PngOptions {
  /** @default 8 */
  readonly bitDepth?: number;
  /** 0 grey, 2 RGB, 6 RGBA. @default 0 */
  readonly colorType?: number;
  /** The compressed image data; by default the real rows (all black) of the image. */
  readonly idat?: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A whole, valid PNG (when `idat` is not given) of the given size. */
export function png(widthPx: number, heightPx: number, options: PngOptions = {}): Buffer {
  const bitDepth = options.bitDepth ?? 8;
  const colorType = options.colorType ?? 0;
  const ihdr = Buffer.concat([u32(widthPx), u32(heightPx), Buffer.from([bitDepth, colorType, 0, 0, 0])]);
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colorType] ?? 1;
  const rowBytes = 1 + Math.ceil((widthPx * channels * bitDepth) / 8);
  const idat = options.idat ?? deflateSync(Buffer.alloc(rowBytes * heightPx));
  return Buffer.concat([
    SIGNATURE,
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", idat),
    pngChunk("IEND", new Uint8Array()),
  ]);
}

/**
 * A JPEG of headers only: SOI, a start-of-frame segment (`sofMarker`, e.g. 0xC0 baseline) with
 * its precision, size and channels, an empty scan, EOI. Enough for every check made before
 * decoding.
 */
export function jpegHeader(sofMarker: number, precision: number, widthPx: number, heightPx: number): Buffer {
  const components = 3;
  const sof = [
    0xff,
    sofMarker,
    0x00,
    8 + 3 * components,
    precision,
    heightPx >> 8,
    heightPx & 0xff,
    widthPx >> 8,
    widthPx & 0xff,
    components,
    ...[1, 2, 3].flatMap((id) => [id, 0x11, 0]),
  ];
  const sos = [0xff, 0xda, 0x00, 0x0c, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f, 0x00];
  return Buffer.from([0xff, 0xd8, ...sof, ...sos, 0x00, 0xff, 0xd9]);
}
