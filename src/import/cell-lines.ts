import { toArabicDigits } from "../thai/numerals.js";
import type { DocParagraph } from "./docx-body.js";

/**
 * A list marker at the start of a line: a step "๑." / "1.", a sub-item "(๑)" or "๑.๑" (its
 * step's number in `parent`), or a bullet. `depth` is the list level of Word's automatic
 * numbering when the marker came from it (0 for the first level).
 */
export type Marker =
  | { readonly kind: "step"; readonly n: number }
  | { readonly kind: "sub"; readonly n: number; readonly parent?: number; readonly depth?: number }
  | { readonly kind: "bullet" };

/** One line of a cell: a paragraph, or a part of one after a line break (Shift+Enter). */
export interface Line {
  readonly text: string;
  readonly marker?: Marker;
  readonly bold: boolean;
  /** True for the first line of a table row that continues a measure (an empty number cell). */
  readonly continuesRow: boolean;
  /** False for a line after a line break inside its paragraph. */
  readonly startsParagraph: boolean;
  /** The line as typed, marker included, for comments. */
  readonly raw: string;
}

const DIGITS = "[0-9\u0E50-\u0E59]";
/**
 * Zero-width format characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) and the soft hyphen: some
 * editors and copy-paste from the web leave them in Thai text, where they show nothing.
 */
const INVISIBLE = "\u00AD\u200B-\u200D\u2060\uFEFF";
const LEADING_INVISIBLE = new RegExp(`^[\\s\u00A0${INVISIBLE}]+`, "u");
const INVISIBLE_CHARS = new RegExp(`[${INVISIBLE}]`, "u");
const SECOND_LEVEL = new RegExp(
  `^(${DIGITS}{1,2})\\.(${DIGITS}{1,2})\\.?(?:\\s+|(?=[^0-9\u0E50-\u0E59]))`,
  "u",
);
const STEP = new RegExp(`^(${DIGITS}{1,3})[.)](?!${DIGITS})\\s*`, "u");
const SUB = new RegExp(`^\\((${DIGITS}{1,3})\\)\\s*`, "u");
/** Bullets as typed (- • – —, squares, arrows) and the private-use glyphs of Symbol/Wingdings. */
const BULLET = /^[-•–—▪◦·●○■□➢➤►❖*\uF0A7\uF0B7\uF0D8\uF076\uF0FC]\s*/u;

const number = (digits: string): number => Number(toArabicDigits(digits));

/** The marker at the start of `text` and the text after it. */
export function splitMarker(text: string): { marker?: Marker; rest: string } {
  const second = SECOND_LEVEL.exec(text);
  if (second) {
    return {
      marker: { kind: "sub", n: number(second[2] ?? ""), parent: number(second[1] ?? "") },
      rest: text.slice(second[0].length),
    };
  }
  const step = STEP.exec(text);
  if (step) return { marker: { kind: "step", n: number(step[1] ?? "") }, rest: text.slice(step[0].length) };
  const sub = SUB.exec(text);
  if (sub) return { marker: { kind: "sub", n: number(sub[1] ?? "") }, rest: text.slice(sub[0].length) };
  const bullet = BULLET.exec(text);
  if (bullet) return { marker: { kind: "bullet" }, rest: text.slice(bullet[0].length) };
  return { rest: text };
}

/**
 * The lines of a cell's paragraphs, each with its marker. Word's automatic numbering comes as
 * the label Word would draw; a numbered label below the first level is a sub-item whatever its
 * look ("1." at level 2 is a sub-item of a step).
 */
export function cellLines(
  paragraphs: readonly { paragraph: DocParagraph; continuesRow: boolean }[],
  options: { keepWritingLines?: boolean } = {},
): Line[] {
  const lines: Line[] = [];
  for (const { paragraph, continuesRow } of paragraphs) {
    const parts = paragraph.text.split("\n");
    parts.forEach((part, index) => {
      const first = index === 0;
      // Invisible characters before a marker ("\u200B๑.") do not hide it: Word shows "๑.".
      const typed = part.replace(LEADING_INVISIBLE, "");
      let marker: Marker | undefined;
      let rest: string;
      const list = first ? paragraph.list : undefined;
      if (list !== undefined) {
        if (list.bullet) marker = { kind: "bullet" };
        else {
          const label = splitMarker(`${list.text.trim()} `).marker;
          if (label?.kind === "step" && list.level > 0)
            marker = { kind: "sub", n: label.n, depth: list.level };
          else if (label?.kind === "sub") marker = { ...label, depth: list.level };
          else if (label === undefined && list.text.trim() !== "") {
            // A label in letters ("a.", "ก.", "iv)"): a numbered item all the same, by its level.
            marker =
              list.level > 0
                ? { kind: "sub", n: list.value, depth: list.level }
                : { kind: "step", n: list.value };
          } else marker = label;
        }
        rest = typed;
      } else {
        const split = splitMarker(typed);
        marker = split.marker;
        rest = split.rest;
      }
      const text = rest.replace(/^[\t ]+/, "").replace(/[\t ]+/g, (s) => (s.includes("\t") ? " " : s));
      if (text.trim() === "" && marker === undefined) {
        // A paragraph of a tab (a dotted leader) or of dots is a writing line of the memo form.
        if (options.keepWritingLines === true && /[\t.…_]/u.test(part)) {
          lines.push({
            text: WRITING_LINE_TEXT,
            bold: false,
            continuesRow: false,
            startsParagraph: first,
            raw: part,
          });
        }
        return;
      }
      lines.push({
        text,
        ...(marker === undefined ? {} : { marker }),
        bold: paragraph.bold,
        continuesRow: continuesRow && first,
        startsParagraph: first,
        raw: `${list?.text ?? ""}${list === undefined ? "" : " "}${part.trim()}`.trim(),
      });
    });
  }
  return lines;
}

const THAI = /[\u0E00-\u0E7F]/u;

/** The text given to a writing line kept by `keepWritingLines`. */
export const WRITING_LINE_TEXT = "....";

/**
 * Joins a line that continues another. Thai writes no space between words, so a line broken
 * between two Thai letters joins without one; anywhere else (Latin, digits, a space typed at the
 * end) one space separates the two.
 */
export function joinText(before: string, after: string): string {
  // trimEnd, not /\s+$/: a regex scans the whole text from its start, and `before` grows with
  // every line joined to it (quadratic over a cell of thousands of lines).
  const a = before.trimEnd();
  const b = after.trimStart();
  if (a === "") return b;
  if (b === "") return a;
  const spaced = before !== a || after !== b;
  // A zero-width space typed at the end marks a word break, not a space: look at the letter before.
  let last = a.length - 1;
  while (last > 0 && INVISIBLE_CHARS.test(a[last] ?? "")) last -= 1;
  const thaiJoin = THAI.test(a[last] ?? "") && THAI.test(b[0] ?? "");
  return thaiJoin && !spaced ? `${a}${b}` : `${a} ${b}`;
}
