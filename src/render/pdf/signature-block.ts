import {
  BODY_LINE_PITCH_PT,
  BODY_SIZE_PT,
  LEADER_BELOW_BASELINE_PT,
  REVIEWER_SIGNATURE_BLANK_LINES,
  REVIEWER_SPACE_BEFORE_PT,
  SIGNATURE_AXIS_FROM_LEFT_CM,
  SIGNATURE_BLANK_LINES,
} from "../../document/layout.js";
import type { ReviewerBlock, Signature } from "../../document/nodes.js";
import { dottedLine } from "./dotted-line.js";
import { baselineFromTop, lineHeightFor } from "./line-pitch.js";
import type { PageFrame } from "./page-frame.js";
import { thaiText } from "./thai-text.js";
import { cm } from "./units.js";

const LINE_HEIGHT = lineHeightFor(BODY_LINE_PITCH_PT, BODY_SIZE_PT);

/**
 * The signer's block: about three blank lines for the hand signature, then "(name)" and the
 * position lines centred on the signature axis (10 cm right of the left margin). `unbreakable`
 * keeps the space and the name on one page.
 */
export function signatureBlock(block: Signature, frame: PageFrame): object {
  return {
    unbreakable: true,
    stack: [blankLines(SIGNATURE_BLANK_LINES), centredOnAxis(block.lines, frame)],
  };
}

/**
 * One reviewer's comment block (เกษียน): "ความคิดเห็นของ…", dotted lines across the text width for
 * the handwritten comment, signature space, then the name and position on the signature axis.
 */
export function reviewerBlock(block: ReviewerBlock, frame: PageFrame): object {
  const dotsY = baselineFromTop(BODY_SIZE_PT) + LEADER_BELOW_BASELINE_PT;
  const dotted = Array.from({ length: block.dottedLines }, () => ({
    canvas: [dottedLine(0, frame.textWidth, dotsY)],
    margin: [0, 0, 0, BODY_LINE_PITCH_PT - dotsY],
  }));
  return {
    unbreakable: true,
    margin: [0, REVIEWER_SPACE_BEFORE_PT, 0, 0],
    stack: [
      { text: thaiText(block.title), fontSize: BODY_SIZE_PT, lineHeight: LINE_HEIGHT },
      ...dotted,
      blankLines(REVIEWER_SIGNATURE_BLANK_LINES),
      centredOnAxis(block.signature, frame),
    ],
  };
}

function blankLines(count: number): object {
  return { canvas: [], margin: [0, count * BODY_LINE_PITCH_PT, 0, 0] };
}

/** Lines centred on the axis: a column as wide on both sides of it as the right margin allows. */
function centredOnAxis(lines: readonly string[], frame: PageFrame): object {
  const axis = cm(SIGNATURE_AXIS_FROM_LEFT_CM);
  const left = Math.max(0, 2 * axis - frame.textWidth);
  return {
    stack: lines.map((line) => ({ text: thaiText(line), fontSize: BODY_SIZE_PT, lineHeight: LINE_HEIGHT })),
    alignment: "center",
    margin: [left, 0, 0, 0],
  };
}
