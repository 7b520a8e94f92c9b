import { FIRST_LINE_INDENT_CM, PARAGRAPH_SPACE_BEFORE_PT } from "../../document/layout.js";
import type { Typography } from "../../document/typography.js";
import type { List, Paragraph, Run } from "../../document/nodes.js";
import { lineHeightFor } from "./line-pitch.js";
import { runInlines, thaiText } from "./thai-text.js";
import { cm } from "./units.js";

/**
 * A memo body paragraph: the body size at the memo's pitch, 6 pt before; body, closing and section heads
 * indent their first line 2.5 cm and wrap back to the margin; "เรียน …" starts at the margin.
 * Body text is distributed the Thai way (the engine spreads a justified line's slack over
 * grapheme clusters, as Word's thaiDistribute does); the last line of a paragraph stays ragged.
 */
export function memoParagraph(block: Paragraph, type: Typography): object {
  switch (block.role) {
    case "salutation":
      return bodyText(runInlines(block.runs), 0, type);
    case "heading":
      // headlineLevel lets the page-break hook keep a head with the text it heads.
      return {
        ...bodyText(runInlines(block.runs, { bold: true }), cm(FIRST_LINE_INDENT_CM), type),
        headlineLevel: 1,
      };
    case "body":
    case "closing":
      return { ...bodyText(runInlines(block.runs), cm(FIRST_LINE_INDENT_CM), type), alignment: "justify" };
  }
}

/** List items: the marker at the first-line indent, wrapped lines back at the margin, distributed. */
export function memoList(block: List, type: Typography): object[] {
  return block.items.map((item) => ({
    ...bodyText(markedInlines(item.marker, item.runs), cm(FIRST_LINE_INDENT_CM), type),
    alignment: "justify",
  }));
}

function markedInlines(marker: string, runs: readonly Run[]): object[] {
  return [...thaiText(`${marker} `), ...runInlines(runs)];
}

function bodyText(text: object[], indent: number, type: Typography): object {
  return {
    text,
    fontSize: type.bodyPt,
    lineHeight: lineHeightFor(type.bodyPitchPt, type.bodyPt),
    leadingIndent: indent,
    margin: [0, PARAGRAPH_SPACE_BEFORE_PT, 0, 0],
  };
}
