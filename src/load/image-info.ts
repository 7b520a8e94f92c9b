/** What the first bytes of an image file say: its format and intrinsic size. */
export interface ImageInfo {
  readonly format: "png" | "jpeg" | "svg";
  /** Absent when the format is recognised but the size cannot be read. */
  readonly size?: { readonly widthPx: number; readonly heightPx: number };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** JPEG start-of-frame markers SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC). */
const JPEG_SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
/** CSS pixels per unit (CSS Values 3, absolute lengths: 1in = 96px = 2.54cm = 72pt). */
const PX_PER_UNIT: Readonly<Record<string, number>> = {
  "": 1,
  px: 1,
  pt: 96 / 72,
  pc: 16,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
};

const u16 = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number): number => u16(b, i) * 0x10000 + u16(b, i + 2);

function pngSize(bytes: Uint8Array): ImageInfo["size"] {
  // The IHDR chunk comes first: length (4), "IHDR" (4), width (4), height (4). PNG spec §11.2.2.
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  const widthPx = u32(bytes, 16);
  const heightPx = u32(bytes, 20);
  return ihdr === "IHDR" && widthPx > 0 && heightPx > 0 ? { widthPx, heightPx } : undefined;
}

function jpegSize(bytes: Uint8Array): ImageInfo["size"] {
  let i = 2;
  while (i + 3 < bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      i += 2; // markers without a length field
      continue;
    }
    if (JPEG_SOF.has(marker)) {
      // SOFn: length (2), precision (1), height (2), width (2). ITU T.81 §B.2.2.
      const heightPx = u16(bytes, i + 5);
      const widthPx = u16(bytes, i + 7);
      return widthPx > 0 && heightPx > 0 ? { widthPx, heightPx } : undefined;
    }
    i += 2 + u16(bytes, i + 2);
  }
  return undefined;
}

function svgLength(attributes: string, name: string): number | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)\\s*([a-z]*)\\s*["']`, "i").exec(attributes);
  const perUnit = PX_PER_UNIT[match?.[2]?.toLowerCase() ?? "%"];
  const value = Number(match?.[1]);
  return perUnit !== undefined && value > 0 ? value * perUnit : undefined;
}

function svgSize(tag: string): ImageInfo["size"] {
  const widthPx = svgLength(tag, "width");
  const heightPx = svgLength(tag, "height");
  if (widthPx !== undefined && heightPx !== undefined) return { widthPx, heightPx };
  const viewBox = /\sviewBox\s*=\s*["']([^"']*)["']/i
    .exec(tag)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const [, , w, h] = viewBox ?? [];
  return w !== undefined && h !== undefined && w > 0 && h > 0 ? { widthPx: w, heightPx: h } : undefined;
}

/** Recognises PNG, JPEG and SVG by their content, never by the file's name. */
export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return { format: "png", ...withSize(pngSize(bytes)) };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { format: "jpeg", ...withSize(jpegSize(bytes)) };
  const text = new TextDecoder("utf-8").decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF/, "");
  const prolog = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i;
  if (!prolog.test(text)) return undefined;
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0] ?? "";
  return { format: "svg", ...withSize(svgSize(tag)) };
}

const withSize = (size: ImageInfo["size"]): Pick<ImageInfo, "size"> => (size === undefined ? {} : { size });
