import {
  ANNOUNCEMENT_EMBLEM_HEIGHT_CM,
  ANNOUNCEMENT_EMBLEM_TOP_CM,
  ANNOUNCEMENT_RULE_LENGTH_CM,
  ANNOUNCEMENT_RULE_STROKE_PT,
} from "../../document/layout.js";
import type { AnnouncementTitle } from "../../document/nodes.js";
import type { Typography } from "../../document/typography.js";
import { imageNode } from "./image-node.js";
import { lineHeightFor } from "./line-pitch.js";
import type { PageFrame } from "./page-frame.js";
import { thaiText } from "./thai-text.js";
import { cm } from "./units.js";

/**
 * The head of a ประกาศ: the 3 cm Garuda centred on the text width, its top 1.5 cm below the paper
 * edge (placed absolutely, as page 1 starts above the later pages' margin), a spacer that moves the
 * flow below it, the title lines bold and centred on the body pitch, then the short centred rule
 * in the middle of one more body line. Without an emblem its space stays empty.
 */
export function announcementTitle(block: AnnouncementTitle, frame: PageFrame, type: Typography): object[] {
  const top = cm(ANNOUNCEMENT_EMBLEM_TOP_CM);
  const height = cm(ANNOUNCEMENT_EMBLEM_HEIGHT_CM);
  const nodes: object[] = [];
  if (block.emblem !== undefined) {
    const emblem = imageNode(block.emblem, height);
    nodes.push({
      ...emblem,
      absolutePosition: { x: frame.left + (frame.textWidth - emblem.width) / 2, y: top },
    });
  }
  nodes.push({ canvas: [], margin: [0, Math.max(0, top + height - frame.top), 0, 0] });
  for (const line of block.lines) {
    nodes.push({
      text: thaiText(line, { bold: true }),
      fontSize: type.bodyPt,
      lineHeight: lineHeightFor(type.bodyPitchPt, type.bodyPt),
      alignment: "center",
    });
  }
  const rule = cm(ANNOUNCEMENT_RULE_LENGTH_CM);
  const x = (frame.textWidth - rule) / 2;
  const y = type.bodyPitchPt / 2;
  nodes.push({
    canvas: [{ type: "line", x1: x, y1: y, x2: x + rule, y2: y, lineWidth: ANNOUNCEMENT_RULE_STROKE_PT }],
    margin: [0, 0, 0, type.bodyPitchPt - y],
  });
  return nodes;
}
