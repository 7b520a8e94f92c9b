/**
 * Text runs as Word needs them for Thai. Word lays out Thai with the complex-script half of every
 * run property, so each run names the font for every script slot (`w:rFonts/@w:cs` included),
 * gives `w:szCs` with `w:sz` and `w:bCs` with `w:b`, and tags complex-script text as Thai
 * (`w:lang/@w:bidi`). The run-level `<w:cs/>` flag, which docx cannot write, is added to exactly
 * these runs when the package is written (see `add-complex-script-flag.ts`).
 */
import { ExternalHyperlink, Tab, TextRun, UnderlineType, type ParagraphChild } from "docx";
import type { Run } from "../../document/nodes.js";
import { ptToHalfPoints } from "./units.js";

/** BCP 47 tag Word expects for Thai complex-script text. */
export const THAI_LANGUAGE = "th-TH";

export interface RunStyle {
  /** The font family named in every script slot. */
  readonly font: string;
  readonly sizePt: number;
  readonly bold?: boolean;
  /** A dotted writing line under the text (the memo's header values). */
  readonly dottedUnderline?: boolean;
}

/** Word breaks Thai lines itself; a zero-width space would only show as a stray glyph. */
const ZERO_WIDTH_SPACE = /\u200B/g;

export function thaiTextRun(text: string, style: RunStyle): TextRun {
  const size = ptToHalfPoints(style.sizePt);
  return new TextRun({
    text: text.replace(ZERO_WIDTH_SPACE, ""),
    font: style.font,
    size,
    sizeComplexScript: size,
    ...(style.bold === true ? { bold: true, boldComplexScript: true } : {}),
    ...(style.dottedUnderline === true ? { underline: { type: UnderlineType.DOTTED } } : {}),
    language: { bidirectional: THAI_LANGUAGE },
  });
}

/**
 * A tab character with the run properties of the text around it: a leader takes its size, and an
 * underlined tab draws its underline all the way to the tab stop.
 */
export function thaiTabRun(style: RunStyle): TextRun {
  const size = ptToHalfPoints(style.sizePt);
  return new TextRun({
    children: [new Tab()],
    font: style.font,
    size,
    sizeComplexScript: size,
    ...(style.dottedUnderline === true ? { underline: { type: UnderlineType.DOTTED } } : {}),
    language: { bidirectional: THAI_LANGUAGE },
  });
}

/** The tree's runs, bold where they say so, links as external hyperlinks. */
export function thaiRuns(runs: readonly Run[], style: RunStyle): ParagraphChild[] {
  return runs.map((run) => {
    const textRun = thaiTextRun(run.text, { ...style, bold: run.bold === true || style.bold === true });
    return run.link === undefined ? textRun : new ExternalHyperlink({ link: run.link, children: [textRun] });
  });
}
