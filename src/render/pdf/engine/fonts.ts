import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fontPath, type FontStyle } from "../../../fonts/sarabun-files.js";
import { sharedFontkitFont } from "./shared-fontkit-fonts.js";

/** The one font family of every PDF (pdfmake `font` style property). */
export const FONT_FAMILY = "Sarabun";

export { FONTS_DIR, type FontStyle, fontPath } from "../../../fonts/sarabun-files.js";

/** pdfmake's font dictionary: the Sarabun faces by path (pdfmake embeds them as subsets). */
export function sarabunFontDictionary(): Record<string, Record<FontStyle, string>> {
  return {
    [FONT_FAMILY]: {
      normal: fontPath("normal"),
      bold: fontPath("bold"),
      italics: fontPath("italics"),
      bolditalics: fontPath("bolditalics"),
    },
  };
}

interface CmapFont {
  readonly postscriptName: string;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

// fontkit as pdfkit resolves it, so the answer matches what the PDF writer will find.
const require = createRequire(import.meta.url);
const fontkitPath = createRequire(
  createRequire(join(dirname(require.resolve("pdfmake/package.json")), "js", "index.js")).resolve("pdfkit"),
).resolve("fontkit");
const fontkit = require(fontkitPath) as { create(buffer: Buffer): CmapFont };

const opened = new Map<FontStyle, CmapFont>();

function openFace(style: FontStyle): CmapFont {
  let font = opened.get(style);
  if (font === undefined) {
    // Shared with the PDF writer: its cmap is decoded once for both.
    font = sharedFontkitFont(fontkit.create(readFileSync(fontPath(style))));
    opened.set(style, font);
  }
  return font;
}

/**
 * Characters that need no glyph: line breaks, tabs (drawn as spaces), the zero-width format
 * characters the engine drops, and variation selectors (fontkit folds them into their base).
 */
const NO_GLYPH_NEEDED = /[\n\r\t\u00AD\u200B-\u200D\u2060\uFEFF]|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]/u;

/**
 * The characters of `text` that Sarabun has no glyph for (each once, in order of appearance),
 * e.g. emoji or ✓: the PDF writer refuses to draw them, so report them as data problems first.
 * @example missingGlyphs("ผ่าน ✓ 😀") → ["✓", "😀"]
 */
export function missingGlyphs(text: string, bold = false): string[] {
  const font = openFace(bold ? "bold" : "normal");
  const missing = new Set<string>();
  for (const ch of text) {
    if (NO_GLYPH_NEEDED.test(ch)) continue;
    if (!font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)) missing.add(ch);
  }
  return [...missing];
}
