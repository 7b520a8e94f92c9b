/** How an image's pixels are stored, read from its header before anything is decoded. */
export type ImageEncoding =
  | { readonly format: "png"; readonly bitDepth: number; readonly colorType: number }
  | {
      readonly format: "jpeg";
      readonly sofMarker: number;
      readonly precision: number;
      readonly components: number;
    };

/** PNG colour types and the bit depths each allows (PNG spec §11.2.2, table 11.1). */
const PNG_BIT_DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};
/** Samples per pixel of each PNG colour type (grey, RGB, palette, grey+alpha, RGBA). */
const PNG_CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/**
 * JPEG processes a PDF reader draws with DCTDecode: baseline (C0), extended sequential (C1) and
 * progressive (C2) Huffman coding, 8 bits per sample (ISO 32000-1 §7.4.8). 12-bit, lossless and
 * arithmetic-coded JPEGs come out blank.
 */
const JPEG_DRAWN_SOF = new Set([0xc0, 0xc1, 0xc2]);
const JPEG_DRAWN_PRECISION = 8;
const JPEG_DRAWN_COMPONENTS = new Set([1, 3, 4]);
const JPEG_SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

const u16 = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);

/** The encoding of a PNG or JPEG, or undefined when the header cannot be read. */
export function imageEncoding(format: "png" | "jpeg", bytes: Uint8Array): ImageEncoding | undefined {
  if (format === "png") {
    // IHDR data: width (4), height (4), bit depth (1), colour type (1): bytes 24 and 25.
    return { format, bitDepth: bytes[24] ?? 0, colorType: bytes[25] ?? 0 };
  }
  let i = 2;
  while (i + 3 < bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      i += 2;
      continue;
    }
    if (JPEG_SOF.has(marker)) {
      // SOFn: length (2), precision (1), height (2), width (2), components (1). ITU T.81 §B.2.2.
      return { format, sofMarker: marker, precision: bytes[i + 4] ?? 0, components: bytes[i + 9] ?? 0 };
    }
    i += 2 + u16(bytes, i + 2);
  }
  return undefined;
}

/** A short English name of an encoding the writers cannot draw, or undefined when they can. */
export function undrawnEncoding(encoding: ImageEncoding): string | undefined {
  if (encoding.format === "png") {
    const allowed = PNG_BIT_DEPTHS[encoding.colorType];
    return allowed?.includes(encoding.bitDepth)
      ? undefined
      : `PNG colour type ${encoding.colorType} at ${encoding.bitDepth} bits`;
  }
  if (encoding.precision !== JPEG_DRAWN_PRECISION) return `${encoding.precision}-bit JPEG`;
  if (!JPEG_DRAWN_SOF.has(encoding.sofMarker)) {
    return encoding.sofMarker === 0xc3 || (encoding.sofMarker >= 0xc5 && encoding.sofMarker <= 0xc7)
      ? "lossless or hierarchical JPEG"
      : "arithmetic-coded JPEG";
  }
  if (!JPEG_DRAWN_COMPONENTS.has(encoding.components))
    return `JPEG with ${encoding.components} colour channels`;
  return undefined;
}

/**
 * The bytes a PNG's image data inflates to (filter byte plus packed samples per row), the most
 * the integrity check may decompress. Interlaced images add a filter byte per pass row; twice
 * the figure covers them.
 */
export function pngInflatedBytes(
  encoding: ImageEncoding & { format: "png" },
  widthPx: number,
  heightPx: number,
): number {
  const bitsPerPixel = (PNG_CHANNELS[encoding.colorType] ?? 4) * encoding.bitDepth;
  return 2 * heightPx * (1 + Math.ceil((widthPx * bitsPerPixel) / 8));
}
