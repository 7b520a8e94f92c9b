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
 */
export function memoParagraph(block: Paragraph): object {
  const indent = block.role === "salutation" ? 0 : cm(FIRST_LINE_INDENT_CM);
  if (block.role !== "heading") return bodyText(runInlines(block.runs), indent);
  // headlineLevel lets the page-break hook keep a head with the text it heads.
  return { ...bodyText(runInlines(block.runs, { bold: true }), indent), headlineLevel: 1 };
}

/** List items: the marker at the first-line indent, wrapped lines back at the margin. */
export function memoList(block: List): object[] {
  return block.items.map((item) => bodyText(markedInlines(item.marker, item.runs), cm(FIRST_LINE_INDENT_CM)));
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
