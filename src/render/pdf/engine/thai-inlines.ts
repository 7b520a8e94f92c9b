import type { ContentText } from "pdfmake/interfaces.js";
import type { Run } from "../../../document/nodes.js";
import { currentLexicon, type Lexicon } from "../../../thai/lexicon.js";
import { compoundBreaks, segmentThai } from "../../../thai/segment.js";
import { COMPOUND_HINT } from "./compound-hint.js";
import { uax14Breaks } from "./pdfkit-thai-fixes.js";

/**
 * U+200B ZERO WIDTH SPACE: pdfmake's line breaker (UAX #14) may break after it. The engine
 * fixes make it zero-width, invisible and absent from the extracted text.
 */
export const BREAK_HINT = "\u200B";

/** Style shared by every inline of one text (pdfmake inline properties). */
export interface InlineStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly fontSize?: number;
  readonly color?: string;
  readonly decoration?: "underline" | "lineThrough" | "overline";
  readonly link?: string;
}

/** One pdfmake inline: plain text with break hints, and its style. */
export type ThaiInline = ContentText & { text: string };

/**
 * U+2060 WORD JOINER: forbids a break UAX #14 would allow inside a segment: after the space of
 * "ต่าง ๆ" (ๆ must not start a line), after the hyphen of "E-Service". Invisible in the PDF.
 */
export const JOIN_HINT = "\u2060";

interface Hint {
  readonly offset: number;
  readonly char: string;
}

/**
 * Where `text` needs an invisible hint for pdfmake's line breaker: a break hint at each word
 * boundary with no whitespace on either side (UAX #14 sees none inside Thai), and a join hint
 * wherever UAX #14 would break inside a segment.
 */
function hintsOf(text: string): readonly Hint[] {
  const lexicon = currentLexicon();
  let hintsByText = hintsByLexicon.get(lexicon);
  if (hintsByText === undefined) {
    hintsByText = new Map();
    hintsByLexicon.set(lexicon, hintsByText);
  }
  let hints = hintsByText.get(text);
  if (hints === undefined) {
    hints = computeHints(text, lexicon);
    hintsByText.set(text, hints);
  }
  return hints;
}

/**
 * Hints by text. The report is laid out several times (row measuring, then one pass per moved
 * row), and every pass rebuilds the inlines of the same texts: segmenting them once per process
 * saves the repeated ICU word segmentation. Hints are pure functions of the text and the lexicon
 * in force (the document's words); the cache grows with the distinct texts of the documents
 * built, i.e. with the data.
 */
const hintsByLexicon = new WeakMap<Lexicon, Map<string, readonly Hint[]>>();

function computeHints(text: string, lexicon: Lexicon): readonly Hint[] {
  const hints: Hint[] = [];
  let offset = 0;
  let previous = "";
  for (const segment of segmentThai(text, lexicon)) {
    if (offset > 0 && !/\s$/u.test(previous) && !/^\s/u.test(segment))
      hints.push({ offset, char: BREAK_HINT });
    if (!/^\s+$/u.test(segment)) {
      for (const inside of uax14Breaks(segment)) hints.push({ offset: offset + inside, char: JOIN_HINT });
    }
    offset += segment.length;
    previous = segment;
  }
  for (const inside of compoundBreaks(text, lexicon)) hints.push({ offset: inside, char: COMPOUND_HINT });
  // Stable: at one offset a join hint stays before a compound hint (both invisible).
  return hints.sort((a, b) => a.offset - b.offset);
}

/** Offsets of `text` where a line may break between two words although UAX #14 sees no break. */
export function breakOffsets(text: string): number[] {
  return hintsOf(text)
    .filter((h) => h.char === BREAK_HINT)
    .map((h) => h.offset);
}

/** `text` with its break and join hints: for one-style strings. */
export function withBreakHints(text: string): string {
  let out = "";
  let last = 0;
  for (const { offset, char } of hintsOf(text)) {
    out += text.slice(last, offset) + char;
    last = offset;
  }
  return out + text.slice(last);
}

/**
 * pdfmake inlines for a text, a run or a paragraph of runs, with line breaks allowed between
 * Thai words only. Word boundaries are found over the whole paragraph, so a boundary that falls
 * between two runs (a bold word followed by a plain one) is kept, and a run boundary inside a
 * word adds none. `style` applies to every inline; a run's own `bold` and `link` win.
 * Mixed scripts ("ITAที่") need nothing here: the engine shapes each script run separately.
 * @example { text: thaiInlines([{ text: "เรื่อง", bold: true }, { text: "  รายงานผลการดำเนินการ" }]) }
 */
export function thaiInlines(input: string | Run | readonly Run[], style: InlineStyle = {}): ThaiInline[] {
  const runs: readonly Run[] =
    typeof input === "string" ? [{ text: input }] : isRunArray(input) ? input : [input];
  const hints = hintsOf(runs.map((r) => r.text).join(""));
  const inlines: ThaiInline[] = [];
  let start = 0;
  let next = 0;
  for (const run of runs) {
    const end = start + run.text.length;
    let text = "";
    let last = start;
    // A boundary exactly at the end of a run goes with that run, so pdfmake sees it.
    for (let hint = hints[next]; hint !== undefined && hint.offset <= end; hint = hints[++next]) {
      text += run.text.slice(last - start, hint.offset - start) + hint.char;
      last = hint.offset;
    }
    text += run.text.slice(last - start);
    start = end;
    if (run.text === "") continue;
    inlines.push(inlineOf(text, style, run));
  }
  return inlines;
}

function isRunArray(input: Run | readonly Run[]): input is readonly Run[] {
  return Array.isArray(input);
}

function inlineOf(text: string, style: InlineStyle, run: Run): ThaiInline {
  const inline: ThaiInline = { text };
  if (style.italics !== undefined) inline.italics = style.italics;
  if (style.fontSize !== undefined) inline.fontSize = style.fontSize;
  if (style.color !== undefined) inline.color = style.color;
  if (style.decoration !== undefined) inline.decoration = style.decoration;
  const bold = run.bold ?? style.bold;
  if (bold !== undefined) inline.bold = bold;
  const link = run.link ?? style.link;
  if (link !== undefined) inline.link = link;
  return inline;
}
