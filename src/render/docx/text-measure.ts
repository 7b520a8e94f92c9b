/**
 * Widths of Sarabun text, from the same font files the DOCX embeds, for the few places where a
 * line of the tree must stay one line (cover, table title) or a header word must not break: Word
 * cannot shrink text to fit, so the size is chosen here. fontkit is the shaper the PDF side uses
 * (pinned with pdfmake); Word's widths for Sarabun differ by kerning at most, hence the tolerance.
 */
import { createRequire } from "node:module";
import { DOCX_FIT_TOLERANCE, SARABUN_SIZE_PER_PSK_SIZE } from "../../document/layout.js";
import type { DocxFont } from "../../document/typography.js";
import { segmentThai } from "../../thai/segment.js";
import { sharedFontkitFont } from "../pdf/engine/shared-fontkit-fonts.js";
import { fontHash, widthInEm } from "../pdf/engine/shaping-store.js";
import type { EmbeddedFontFiles } from "./embedded-fonts.js";

interface FontkitFont {
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  layout(text: string): { readonly advanceWidth: number };
}

const require = createRequire(import.meta.url);
const fontkit = require("fontkit") as { create(data: Buffer): FontkitFont };

export interface TextMeasure {
  /** Advance width in points of `text` in the DOCX's font at `sizePt`. */
  width(text: string, sizePt: number, bold: boolean): number;
}

const cache = new WeakMap<EmbeddedFontFiles, TextMeasure>();

/**
 * Widths in `font`. TH SarabunPSK and TH SarabunIT๙ cannot be shipped, so their widths are
 * Sarabun's at SARABUN_SIZE_PER_PSK_SIZE of the size: the ratio was measured on running Thai
 * text, and the fitted sizes keep DOCX_FIT_TOLERANCE in hand for the difference on short words.
 */
export function textMeasure(fonts: EmbeddedFontFiles, font: DocxFont = "Sarabun"): TextMeasure {
  const sarabun = sarabunMeasure(fonts);
  if (font === "Sarabun") return sarabun;
  return { width: (text, sizePt, bold) => sarabun.width(text, sizePt * SARABUN_SIZE_PER_PSK_SIZE, bold) };
}

function sarabunMeasure(fonts: EmbeddedFontFiles): TextMeasure {
  let measure = cache.get(fonts);
  if (measure === undefined) {
    // The fonts the PDF writer opened from the same bytes, when it has: their tables (cmap,
    // GSUB, GPOS, glyphs) are then decoded once per process, not once per writer.
    const regular = sharedFontkitFont(fontkit.create(Buffer.from(fonts.regular)));
    const bold = sharedFontkitFont(fontkit.create(Buffer.from(fonts.bold)));
    const hashes = { regular: fontHash(fonts.regular), bold: fontHash(fonts.bold) };
    // Advance widths in em by text: rows are measured word by word, the same words many times.
    const widths = { regular: new Map<string, number>(), bold: new Map<string, number>() };
    measure = {
      width: (text, sizePt, isBold) => {
        const known = isBold ? widths.bold : widths.regular;
        let em = known.get(text);
        if (em === undefined) {
          const font = isBold ? bold : regular;
          // Kept between builds too (shaping-store.ts), under the font file's hash.
          em = widthInEm(
            isBold ? hashes.bold : hashes.regular,
            text,
            () => font.layout(text).advanceWidth / font.unitsPerEm,
          );
          known.set(text, em);
        }
        return em * sizePt;
      },
    };
    cache.set(fonts, measure);
  }
  return measure;
}

/** The largest size from `max` down to `min`, in half points, at which `text` fits `availablePt`. */
export function sizeToFit(
  measure: TextMeasure,
  text: string,
  availablePt: number,
  max: number,
  min: number,
  bold = true,
): number {
  const widthAt1pt = measure.width(text, 1, bold);
  if (widthAt1pt <= 0) return max;
  const fitting = Math.floor(((availablePt * DOCX_FIT_TOLERANCE) / widthAt1pt) * 2) / 2;
  return Math.max(min, Math.min(max, fitting));
}

/** The widest word of `text` (Thai word segments), which must not break inside a narrow cell. */
export function widestWord(measure: TextMeasure, text: string, bold = true): string {
  let widest = "";
  for (const word of segmentThai(text)) {
    const trimmed = word.trim();
    if (measure.width(trimmed, 1, bold) > measure.width(widest, 1, bold)) widest = trimmed;
  }
  return widest;
}
