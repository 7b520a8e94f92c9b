/**
 * The status check mark as an image for the DOCX, drawn like the PDF's (layout.ts
 * CHECK_MARK_POINTS): Sarabun has no ✓, and a ✓ character falls back to whatever symbol font
 * the reader has (a thin Segoe UI Symbol glyph in Word). SVG for Word, which draws it as a
 * vector, with a PNG of the same strokes for readers that only draw the fallback (LibreOffice
 * 7.4). Both are made here, byte for byte the same every time.
 */
import { crc32, deflateSync } from "node:zlib";
import { CHECK_MARK_POINTS, CHECK_MARK_STROKE_PT } from "../../document/layout.js";

/** PNG pixels per point of the mark: 12 px/pt is 864 dpi, sharp in print. */
const PIXELS_PER_PT = 12;

export interface CheckMarkImage {
  readonly svg: Uint8Array;
  readonly png: Uint8Array;
}

const cache = new Map<number, CheckMarkImage>();

export function checkMarkImage(sizePt: number): CheckMarkImage {
  let image = cache.get(sizePt);
  if (image === undefined) {
    image = { svg: svgOf(sizePt), png: pngOf(sizePt) };
    cache.set(sizePt, image);
  }
  return image;
}

function svgOf(sizePt: number): Uint8Array {
  const points = CHECK_MARK_POINTS.map(([x, y]) => `${round(x * sizePt)},${round(y * sizePt)}`).join(" ");
  const half = CHECK_MARK_STROKE_PT / 2;
  const box = `${round(-half)} ${round(-half)} ${round(sizePt + 2 * half)} ${round(sizePt + 2 * half)}`;
  return new TextEncoder().encode(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box}" width="${round(sizePt + 2 * half)}pt" height="${round(sizePt + 2 * half)}pt">` +
      `<polyline points="${points}" fill="none" stroke="#000" stroke-width="${CHECK_MARK_STROKE_PT}" ` +
      `stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  );
}

/** Grey + alpha pixels: black strokes with anti-aliased round ends on a transparent square. */
function pngOf(sizePt: number): Uint8Array {
  const half = CHECK_MARK_STROKE_PT / 2;
  const side = Math.ceil((sizePt + 2 * half) * PIXELS_PER_PT);
  const points = CHECK_MARK_POINTS.map(([x, y]) => ({
    x: (x * sizePt + half) * PIXELS_PER_PT,
    y: (y * sizePt + half) * PIXELS_PER_PT,
  }));
  const radius = half * PIXELS_PER_PT;
  const raw = new Uint8Array(side * (1 + 2 * side));
  for (let y = 0; y < side; y++) {
    raw[y * (1 + 2 * side)] = 0; // filter: none
    for (let x = 0; x < side; x++) {
      let distance = Infinity;
      for (let i = 0; i + 1 < points.length; i++) {
        distance = Math.min(distance, toSegment(x + 0.5, y + 0.5, points[i]!, points[i + 1]!));
      }
      const alpha = Math.max(0, Math.min(1, radius + 0.5 - distance));
      const at = y * (1 + 2 * side) + 1 + 2 * x;
      raw[at] = 0;
      raw[at + 1] = Math.round(alpha * 255);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, side);
  view.setUint32(4, side);
  header.set([8, 4, 0, 0, 0], 8); // 8-bit grey + alpha, no interlace
  return Buffer.concat([
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", new Uint8Array(deflateSync(raw, { level: 9 }))),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

function toSegment(px: number, py: number, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (a.x + t * dx), py - (a.y + t * dy));
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function round(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
