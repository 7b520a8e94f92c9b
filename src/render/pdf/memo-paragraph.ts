import {
  BODY_LINE_PITCH_PT,
  BODY_SIZE_PT,
  FIRST_LINE_INDENT_CM,
  PARAGRAPH_SPACE_BEFORE_PT,
} from "../../document/layout.js";
import type { List, Paragraph, Run } from "../../document/nodes.js";
import { lineHeightFor } from "./line-pitch.js";
import { runInlines, thaiText } from "./thai-text.js";
import { cm } from "./units.js";

/**
 * A memo body paragraph: 16 pt at the memo's pitch, 6 pt before; body, closing and section heads
 * indent their first line 2.5 cm and wrap back to the margin; "เรียน …" starts at the margin.
 * Body text is distributed the Thai way (the engine spreads a justified line's slack over
 * grapheme clusters, as Word's thaiDistribute does); the last line of a paragraph stays ragged.
 */
export function memoParagraph(block: Paragraph): object {
  switch (block.role) {
    case "salutation":
      return bodyText(runInlines(block.runs), 0);
    case "heading":
      // headlineLevel lets the page-break hook keep a head with the text it heads.
      return {
        ...bodyText(runInlines(block.runs, { bold: true }), cm(FIRST_LINE_INDENT_CM)),
        headlineLevel: 1,
      };
    case "body":
    case "closing":
      return { ...bodyText(runInlines(block.runs), cm(FIRST_LINE_INDENT_CM)), alignment: "justify" };
  }
}

/** List items: the marker at the first-line indent, wrapped lines back at the margin, distributed. */
export function memoList(block: List): object[] {
  return block.items.map((item) => ({
    ...bodyText(markedInlines(item.marker, item.runs), cm(FIRST_LINE_INDENT_CM)),
    alignment: "justify",
  }));
}

function markedInlines(marker: string, runs: readonly Run[]): object[] {
  return [...thaiText(`${marker} `), ...runInlines(runs)];
}

function bodyText(text: object[], indent: number): object {
  return {
    text,
    fontSize: BODY_SIZE_PT,
    lineHeight: lineHeightFor(BODY_LINE_PITCH_PT, BODY_SIZE_PT),
    leadingIndent: indent,
    margin: [0, PARAGRAPH_SPACE_BEFORE_PT, 0, 0],
  };
}
