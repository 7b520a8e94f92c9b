import { TABLE_TITLE_SPACE_AFTER_PT } from "../../document/layout.js";
import { pitchOf, type Typography } from "../../document/typography.js";
import { lineHeightFor } from "./line-pitch.js";
import type { TableTitle } from "../../document/nodes.js";
import { sizeToFit } from "./fit-font-size.js";
import type { PageFrame } from "./page-frame.js";
import { thaiText } from "./thai-text.js";

/**
 * The bold centred title above the measure table, on its first page: each line of the tree stays
 * one line, so the size shrinks when the longest line would not fit the text width.
 */
export function tableTitle(block: TableTitle, frame: PageFrame, type: Typography): object {
  const size = Math.min(
    ...block.lines.map((line) => sizeToFit(line, frame.textWidth, type.tableTitlePt, type.tableTitleMinPt)),
  );
  return {
    stack: block.lines.map((line) => ({
      text: thaiText(line, { bold: true }),
      fontSize: size,
      lineHeight: lineHeightFor(pitchOf(type, size), size),
    })),
    alignment: "center",
    margin: [0, 0, 0, TABLE_TITLE_SPACE_AFTER_PT],
  };
}
