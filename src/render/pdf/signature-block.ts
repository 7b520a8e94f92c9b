import {
  ANNOUNCEMENT_DATE_BLANK_LINES,
  LEADER_BELOW_BASELINE_EM,
  REVIEWER_SIGNATURE_BLANK_LINES,
  REVIEWER_SPACE_BEFORE_PT,
  SIGNATURE_AXIS_FROM_LEFT_CM,
  SIGNATURE_BLANK_LINES,
} from "../../document/layout.js";
import type { DateLine, ReviewerBlock, Signature } from "../../document/nodes.js";
import type { Typography } from "../../document/typography.js";
import { breakAtSpaces } from "../../document/break-at-spaces.js";
import { dottedLine } from "./dotted-line.js";
import { baselineInLine, lineHeightFor } from "./line-pitch.js";
import { textWidth } from "./measure-text.js";
import type { PageFrame } from "./page-frame.js";
import { thaiText } from "./thai-text.js";
import { cm } from "./units.js";

/**
 * The signer's block: about three blank lines for the hand signature, then "(name)" and the
 * position lines centred on the signature axis (10 cm right of the left margin). `unbreakable`
 * keeps the space and the name on one page.
 */
export function signatureBlock(block: Signature, frame: PageFrame, type: Typography): object {
  return {
    unbreakable: true,
    stack: [blankLines(SIGNATURE_BLANK_LINES, type), centredOnAxis(block.lines, frame, type)],
  };
}

/**
 * One reviewer's comment block (เกษียน): "ความคิดเห็นของ…", dotted lines across the text width for
 * the handwritten comment, signature space, then the name and position on the signature axis.
 */
export function reviewerBlock(block: ReviewerBlock, frame: PageFrame, type: Typography): object {
  const dotsY = baselineInLine(type.bodyPitchPt) + LEADER_BELOW_BASELINE_EM * type.bodyPt;
  const dotted = Array.from({ length: block.dottedLines }, () => ({
    canvas: [dottedLine(0, frame.textWidth, dotsY)],
    margin: [0, 0, 0, type.bodyPitchPt - dotsY],
  }));
  return {
    unbreakable: true,
    margin: [0, REVIEWER_SPACE_BEFORE_PT, 0, 0],
    stack: [
      { text: thaiText(block.title), fontSize: type.bodyPt, lineHeight: bodyLineHeight(type) },
      ...dotted,
      blankLines(REVIEWER_SIGNATURE_BLANK_LINES, type),
      centredOnAxis(block.signature, frame, type),
    ],
  };
}

/** "ประกาศ ณ วันที่ …" one blank line below the preamble, on the signature axis. */
export function dateLine(block: DateLine, frame: PageFrame, type: Typography): object {
  return {
    unbreakable: true,
    stack: [blankLines(ANNOUNCEMENT_DATE_BLANK_LINES, type), centredOnAxis([block.text], frame, type)],
  };
}

function blankLines(count: number, type: Typography): object {
  return { canvas: [], margin: [0, count * type.bodyPitchPt, 0, 0] };
}

function bodyLineHeight(type: Typography): number {
  return lineHeightFor(type.bodyPitchPt, type.bodyPt);
}

/**
 * Lines centred on the axis: a column as wide on both sides of it as the right margin allows; a
 * line wider than the column breaks at its spaces (see breakAtSpaces).
 */
function centredOnAxis(lines: readonly string[], frame: PageFrame, type: Typography): object {
  const axis = cm(SIGNATURE_AXIS_FROM_LEFT_CM);
  const left = Math.max(0, 2 * axis - frame.textWidth);
  const column = frame.textWidth - left;
  const broken = lines.flatMap((line) => breakAtSpaces(line, column, (s) => textWidth(s, type.bodyPt)));
  return {
    stack: broken.map((line) => ({
      text: thaiText(line),
      fontSize: type.bodyPt,
      lineHeight: bodyLineHeight(type),
    })),
    alignment: "center",
    margin: [left, 0, 0, 0],
  };
}
