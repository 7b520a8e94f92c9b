import { inflateSync } from "node:zlib";

/** An 8-bit grayscale image. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/**
 * Decodes the 8-bit, non-interlaced grayscale or RGB PNGs that pdftoppm writes, to gray levels:
 * enough for golden images without an image library.
 */
export function decodeGrayPng(png: Uint8Array): GrayImage {
  const view = Buffer.from(png);
  if (view.readUInt32BE(0) !== 0x89504e47) throw new Error("not a PNG");
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 1;
  const data: Buffer[] = [];
  while (offset < view.length) {
    const length = view.readUInt32BE(offset);
    const type = view.toString("latin1", offset + 4, offset + 8);
    const body = view.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || (body[9] !== 0 && body[9] !== 2) || body[12] !== 0) {
        throw new Error("expected an 8-bit grayscale or RGB PNG, not interlaced");
      }
      channels = body[9] === 2 ? 3 : 1;
    } else if (type === "IDAT") data.push(body);
    offset += 12 + length;
  }
  const samples = unfilter(inflateSync(Buffer.concat(data)), width * channels, height, channels);
  if (channels === 1) return { width, height, pixels: samples };
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    const [r = 0, g = 0, b = 0] = samples.subarray(i * 3, i * 3 + 3);
    pixels[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  }
  return { width, height, pixels };
}

/** Undoes PNG row filters; `stride` bytes per row, `bpp` bytes per pixel. */
function unfilter(raw: Buffer, stride: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= bpp ? (out[y * stride + x - bpp] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= bpp && y > 0 ? (out[(y - 1) * stride + x - bpp] ?? 0) : 0;
      out[y * stride + x] = (value + predict(filter ?? 0, left, up, upLeft)) & 0xff;
    }
  }
  return out;
}

function predict(filter: number, a: number, b: number, c: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return a;
    case 2:
      return b;
    case 3:
      return Math.floor((a + b) / 2);
    case 4: {
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    default:
      throw new Error(`unknown PNG filter ${filter}`);
  }
}

/** Share of pixels whose gray levels differ by more than `threshold`. */
export function differingShare(a: GrayImage, b: GrayImage, threshold = 48): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.pixels.length; i++) {
    if (Math.abs((a.pixels[i] ?? 0) - (b.pixels[i] ?? 0)) > threshold) differing++;
  }
  return differing / a.pixels.length;
}
