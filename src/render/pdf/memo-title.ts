import { MEMO_EMBLEM_HEIGHT_CM, MEMO_EMBLEM_TOP_CM, MEMO_TITLE_LINE_PT } from "../../document/layout.js";
import type { Typography } from "../../document/typography.js";
import type { MemoTitle } from "../../document/nodes.js";
import { imageNode } from "./image-node.js";
import { lineHeightFor } from "./line-pitch.js";
import type { PageFrame } from "./page-frame.js";
import { thaiText } from "./thai-text.js";
import { cm } from "./units.js";

/**
 * The emblem at the top left (1.5 cm high, 1.5 cm below the edge) and "บันทึกข้อความ" (bold 29 pt
 * on an exact 35 pt line) centred on the emblem's band. Both are placed absolutely because page 1
 * starts higher than the later pages' 2.5 cm margin; a spacer then moves the flow to the band's
 * bottom. Without an emblem its band stays empty.
 */
export function memoTitle(block: MemoTitle, frame: PageFrame, type: Typography): object[] {
  const bandTop = cm(MEMO_EMBLEM_TOP_CM);
  const bandHeight = cm(MEMO_EMBLEM_HEIGHT_CM);
  const nodes: object[] = [];
  if (block.emblem !== undefined) {
    nodes.push({ ...imageNode(block.emblem, bandHeight), absolutePosition: { x: frame.left, y: bandTop } });
  }
  nodes.push({
    text: thaiText(block.text, { bold: true, fontSize: type.titlePt }),
    lineHeight: lineHeightFor(MEMO_TITLE_LINE_PT, type.titlePt),
    alignment: "center",
    absolutePosition: { x: frame.left, y: bandTop + (bandHeight - MEMO_TITLE_LINE_PT) / 2 },
  });
  nodes.push({ canvas: [], margin: [0, Math.max(0, bandTop + bandHeight - frame.top), 0, 0] });
  return nodes;
}
