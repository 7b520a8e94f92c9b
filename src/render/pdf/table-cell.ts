import { CELL_LEVEL_STEP_CM, TABLE_LINE_PITCH_EM, TABLE_SIZE_PT } from "../../document/layout.js";
import { assertNever, type CellContent, type CellParagraph } from "../../document/nodes.js";
import { checkMark } from "./check-mark.js";
import { lineHeightFor } from "./line-pitch.js";
import { textWidth } from "./measure-text.js";
import { runInlines, thaiText } from "./thai-text.js";
import { cm } from "./units.js";

const LINE_HEIGHT = lineHeightFor(TABLE_LINE_PITCH_EM * TABLE_SIZE_PT, TABLE_SIZE_PT);

/** The content of one table cell, `innerWidth` being the cell's width inside its padding. */
export function cellContent(content: readonly CellContent[], innerWidth: number): object[] {
  return content.map((item) => {
    switch (item.kind) {
      case "text":
        return cellParagraph(item);
      case "check":
        return checkMark(innerWidth);
      default:
        return assertNever(item);
    }
  });
}

/**
 * A paragraph in a cell: its marker ("๑.", "(๑)", "-") hangs, so wrapped lines align with the
 * text after it; each level is one step further in.
 */
function cellParagraph(p: CellParagraph): object {
  const indent = p.level * cm(CELL_LEVEL_STEP_CM);
  const body = {
    text: runInlines(p.runs),
    lineHeight: LINE_HEIGHT,
    ...(p.align === "center" ? { alignment: "center" } : {}),
  };
  if (p.marker === undefined) return { ...body, margin: [indent, 0, 0, 0] };
  return {
    columns: [
      { width: "auto", text: thaiText(p.marker), lineHeight: LINE_HEIGHT },
      { width: "*", ...body },
    ],
    columnGap: textWidth(" ", TABLE_SIZE_PT),
    margin: [indent, 0, 0, 0],
  };
}
