/**
 * One fontkit font per font file and process. pdfkit opens a new fontkit font for every
 * document, and fontkit decodes its tables (cmap, GSUB, GPOS, glyph outlines) lazily on each
 * object: a build runs pdfmake 4–5 times, so Sarabun's shaping tables were decoded 4–5 times
 * (≈ 25 ms per face and document). fontkit fonts hold no per-document state: the subset, the
 * widths and the ToUnicode map live in pdfkit's EmbeddedFont, which stays per document.
 */

interface FontkitFontLike {
  readonly postscriptName: string;
  readonly stream?: { readonly buffer?: unknown };
  readonly _variationProcessor?: unknown;
}

const byName = new Map<string, { bytes: Uint8Array; font: FontkitFontLike }[]>();

/**
 * The font already opened from the same bytes, or `fresh` (remembered for next time). A font
 * whose bytes cannot be read, or a variable font instance, is returned as it is.
 */
export function sharedFontkitFont<T extends FontkitFontLike>(fresh: T): T {
  const bytes = fresh.stream?.buffer;
  if (!(bytes instanceof Uint8Array) || fresh._variationProcessor != null) return fresh;
  const known = byName.get(fresh.postscriptName) ?? [];
  const same = known.find((entry) => sameBytes(entry.bytes, bytes));
  if (same !== undefined) return same.font as T;
  known.push({ bytes, font: fresh });
  byName.set(fresh.postscriptName, known);
  return fresh;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a === b || Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
