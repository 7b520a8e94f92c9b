import { COVER_BLOCK_TOP_CM, COVER_GAP_PT, COVER_LOGO_HEIGHT_CM } from "../../document/layout.js";
import { pitchOf, type Typography } from "../../document/typography.js";
import { lineHeightFor } from "./line-pitch.js";
import type { CoverTitle } from "../../document/nodes.js";
import { sizeToFit } from "./fit-font-size.js";
import { imageNode } from "./image-node.js";
import type { PageFrame } from "./page-frame.js";
import { thaiText } from "./thai-text.js";
import { cm } from "./units.js";

/**
 * The cover: optional logo, the title lines and the agency lines, centred as one block in the
 * upper middle. The title sits at the same height with or without a logo (the logo's place
 * stays empty), and each line of the tree stays one line, shrinking if it must.
 */
export function coverTitle(block: CoverTitle, frame: PageFrame, type: Typography): object {
  const logoHeight = cm(COVER_LOGO_HEIGHT_CM);
  const stack: object[] = [];
  if (block.logo !== undefined) {
    stack.push({
      ...imageNode(block.logo, logoHeight),
      alignment: "center",
      margin: [0, 0, 0, COVER_GAP_PT],
    });
  }
  stack.push(lines(block.titleLines, type.coverTitlePt, type, frame));
  stack.push({
    ...lines(block.agencyLines, type.coverAgencyPt, type, frame),
    margin: [0, COVER_GAP_PT, 0, 0],
  });
  const top = cm(COVER_BLOCK_TOP_CM) - frame.top + (block.logo === undefined ? logoHeight + COVER_GAP_PT : 0);
  return { stack, alignment: "center", margin: [0, Math.max(0, top), 0, 0] };
}

function lines(
  texts: readonly string[],
  size: number,
  type: Typography,
  frame: PageFrame,
): { stack: object[] } {
  const fitted = Math.min(...texts.map((t) => sizeToFit(t, frame.textWidth, size, type.coverMinPt)));
  const lineHeight = lineHeightFor(pitchOf(type, fitted), fitted);
  return { stack: texts.map((t) => ({ text: thaiText(t, { bold: true }), fontSize: fitted, lineHeight })) };
}
