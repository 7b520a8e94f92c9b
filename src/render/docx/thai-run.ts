/**
 * Text runs as Word needs them for Thai. Word lays out Thai with the complex-script half of every
 * run property; the named styles (styles.ts) give the font in every script slot
 * (`w:rFonts/@w:cs` included), `w:szCs` with `w:sz`, `w:bCs` with `w:b`, and tag the text as Thai
 * (`w:lang/@w:bidi`), with the complex-script flag `<w:cs/>` added when the package is written
 * (add-complex-script-flag.ts). A run itself carries only what differs from its paragraph's
 * style: bold, the dotted writing line, a size shrunk to fit.
 */
import { ExternalHyperlink, Tab, TextRun, type ParagraphChild } from "docx";
import type { Run } from "../../document/nodes.js";
import { segmentThai } from "../../thai/segment.js";
import { ptToHalfPoints } from "./units.js";

/** BCP 47 tag Word expects for Thai complex-script text. */
export const THAI_LANGUAGE = "th-TH";

export interface RunStyle {
  readonly bold?: boolean;
  /** A character style (the header labels; the writing line under a header value). */
  readonly characterStyle?: string;
  /** A size that differs from the paragraph style's (text shrunk to fit its width). */
  readonly sizePt?: number;
  /**
   * Whether a segment the PDF keeps on one line fits the line it is set in: a date wider than
   * its table column is glued only where it fits, else Word would cut it inside its digits.
   * Absent: every such segment fits (body text, whose lines are wide).
   */
  readonly fitsLine?: (segment: string) => boolean;
}

/** Word breaks Thai lines itself; a zero-width space would only show as a stray glyph. */
const ZERO_WIDTH_SPACE = /\u200B/g;

export function thaiTextRun(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: glued(text.replace(ZERO_WIDTH_SPACE, ""), style.fitsLine),
    ...runOptions(style),
  });
}

/** U+00A0, Word's non-breaking space (Ctrl+Shift+Space). */
const NO_BREAK_SPACE = "\u00A0";

/**
 * The PDF's no-break rules in Word's terms: a space inside one of the segments the PDF keeps on
 * one line ("พ.ศ. ๒๕๖๘", "ต่าง ๆ", "๑ ตุลาคม ๒๕๖๗", "๒๕๖๗ -") becomes a no-break space, so Word
 * and LibreOffice, which break lines themselves, cannot break there either. A segment wider than
 * its line keeps an ordinary space where the PDF breaks it (after the most words that fit:
 * "๓๐ พฤศจิกายน" | "๒๕๖๘ -"), and only there, rather than a cut inside its digits.
 */
function glued(text: string, fitsLine: (segment: string) => boolean = () => true): string {
  if (!text.includes(" ")) return text;
  return segmentThai(text)
    .map((segment) => (segment.trim() === "" ? segment : gluedToFit(segment, fitsLine)))
    .join("");
}

function gluedToFit(segment: string, fitsLine: (segment: string) => boolean): string {
  if (fitsLine(segment)) return segment.replace(/ /g, NO_BREAK_SPACE);
  const lines: string[] = [];
  for (const word of segment.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && fitsLine(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.map((line) => line.replace(/ /g, NO_BREAK_SPACE)).join(" ");
}

/**
 * A tab character with the run properties of the text around it: an underlined tab (the writing
 * line's character style) draws its underline all the way to the tab stop.
 */
export function thaiTabRun(style: RunStyle = {}): TextRun {
  return new TextRun({ children: [new Tab()], ...runOptions(style) });
}

/** The tree's runs, bold where they say so, links as external hyperlinks. */
export function thaiRuns(runs: readonly Run[], style: RunStyle = {}): ParagraphChild[] {
  return runs.map((run) => {
    const textRun = thaiTextRun(run.text, { ...style, bold: run.bold === true || style.bold === true });
    return run.link === undefined ? textRun : new ExternalHyperlink({ link: run.link, children: [textRun] });
  });
}

function runOptions(style: RunStyle): Record<string, unknown> {
  const size = style.sizePt === undefined ? undefined : ptToHalfPoints(style.sizePt);
  return {
    ...(style.characterStyle !== undefined ? { style: style.characterStyle } : {}),
    ...(style.bold === true ? { bold: true, boldComplexScript: true } : {}),
    ...(size !== undefined ? { size, sizeComplexScript: size } : {}),
  };
}
