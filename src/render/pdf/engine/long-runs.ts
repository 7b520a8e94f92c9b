import { safeCutLength } from "./emergency-break.js";

/**
 * Characters of an unbreakable run (a URL, an e-mail address, a name typed without spaces) that
 * pdfmake's line builder is shown at a time. pdfmake cuts an inline wider than its line by a
 * binary search over prefixes of the whole inline, then measures the whole rest, on every line
 * it takes from it: a run of n characters over n/k lines cost O(n²) shaping (four URLs of 2,000
 * characters in a table cell: 11 s; forty of 5,000: 295 s and 2.9 GB). Pieces of this size hold
 * more than any line does (a full memo line is about 100 Latin characters), so the lines come
 * out the same.
 */
export const LONG_RUN_PIECE_CHARS = 512;

/** The inline properties a split touches (pdfmake's inline objects have more, copied as they are). */
export interface RunInline {
  text: string;
  width: number;
  noWrap?: boolean | undefined;
  noNewLine?: boolean | undefined;
  leadingCut?: number | undefined;
  trailingCut?: number | undefined;
  lineEnd?: boolean | undefined;
}

/** Marks a piece whose width was derived (the whole's minus its head's), not measured. */
const DERIVED_WIDTH = Symbol("ita-report.derived-width");
/** The run a piece comes from (one object per split run): pieces of one run that share a line are joined again. */
const RUN = Symbol("ita-report.long-run");

type Marked = RunInline & { [DERIVED_WIDTH]?: true; [RUN]?: object };

/** A line as pdfmake builds it: its inlines, placed at `x`, and the sum of their widths. */
export interface RunLine<T extends RunInline> {
  inlines: (T & { x?: number })[];
  inlineWidths: number;
}

/**
 * Before pdfmake builds the next line from `inlines`: every over-long inline at the head of the
 * line (the first one, and those glued to it with noNewLine, which pdfmake places whatever room is
 * left) is split into a measured piece of LONG_RUN_PIECE_CHARS and the rest, glued together, so
 * that pdfmake only ever searches a piece. The rest's width is the whole's minus the piece's (it
 * is too wide for any line, and is split again before it is placed); once a rest is short enough
 * to be placed whole it is measured. Glue keeps the run a single word: no line ends between the
 * pieces unless the line is full.
 */
export function splitLongRuns<T extends RunInline>(
  inlines: T[],
  widthOf: (inline: T, text: string) => number,
): void {
  let chars = 0;
  for (let i = 0; i < inlines.length && chars <= 2 * LONG_RUN_PIECE_CHARS; i++) {
    const inline = inlines[i] as T & { [DERIVED_WIDTH]?: true };
    const rest =
      inline.noWrap !== true && inline.text.length > 2 * LONG_RUN_PIECE_CHARS
        ? splitOff(inline, widthOf)
        : undefined;
    if (rest !== undefined) {
      // The piece alone is more than a line: nothing after it is placed on this one.
      inlines.splice(i + 1, 0, rest);
      break;
    } else if (inline[DERIVED_WIDTH] === true) {
      inline.width = widthOf(inline, inline.text);
      delete inline[DERIVED_WIDTH];
    }
    chars += inline.text.length;
    if (inline.noNewLine !== true) break;
  }
}

/**
 * Cuts `inline` down to its first piece and returns the rest, which takes the run's end; or
 * returns undefined when the piece's stretch holds no Thai-safe cut (emergency-break.ts): a tone
 * mark or vowel must stay in the inline of its consonant, which is shaped with it.
 */
function splitOff<T extends RunInline>(
  inline: T,
  widthOf: (inline: T, text: string) => number,
): T | undefined {
  const stretch = inline.text.slice(0, 2 * LONG_RUN_PIECE_CHARS);
  const cut = safeCutLength(stretch, LONG_RUN_PIECE_CHARS);
  if (cut >= stretch.length) return undefined;
  const pieceText = inline.text.slice(0, cut);
  const pieceWidth = widthOf(inline, pieceText);
  (inline as Marked)[RUN] ??= {};
  const rest = {
    ...inline,
    text: inline.text.slice(cut),
    width: inline.width - pieceWidth,
    leadingCut: 0,
    [DERIVED_WIDTH]: true,
  };
  inline.text = pieceText;
  inline.width = pieceWidth;
  delete (inline as { [DERIVED_WIDTH]?: true })[DERIVED_WIDTH];
  inline.noNewLine = true;
  inline.trailingCut = 0;
  inline.lineEnd = false;
  return rest;
}

/**
 * After pdfmake built a line: `tail`, the clone pdfmake made of a piece it cut (its clone copies
 * no symbol), belongs to the piece's run; and pieces of one run that share the line become one
 * inline again, measured whole, as pdfmake would have placed the unsplit run (kerning across the
 * join included, inlines after it moved by the difference). The emergency cut then sees the
 * line's whole part of the run, as without the split.
 */
export function rejoinRunPieces<T extends RunInline>(
  line: RunLine<T>,
  tail: T | undefined,
  widthOf: (inline: T, text: string) => number,
): void {
  const inlines = line.inlines as (T & Marked & { x?: number })[];
  const last = inlines.at(-1);
  if (tail !== undefined && last?.[RUN] !== undefined && (tail as Marked)[RUN] === undefined)
    (tail as Marked)[RUN] = last[RUN];
  for (let i = inlines.length - 1; i > 0; i--) {
    const a = inlines[i - 1];
    const b = inlines[i];
    if (a === undefined || b === undefined || a[RUN] === undefined || a[RUN] !== b[RUN]) continue;
    const before = a.width + b.width;
    a.text += b.text;
    a.width = widthOf(a, a.text);
    a.trailingCut = b.trailingCut;
    a.noNewLine = b.noNewLine;
    a.lineEnd = b.lineEnd;
    delete a[DERIVED_WIDTH];
    inlines.splice(i, 1);
    const shift = a.width - before;
    line.inlineWidths += shift;
    for (const after of inlines.slice(i)) if (after.x !== undefined) after.x += shift;
  }
}
