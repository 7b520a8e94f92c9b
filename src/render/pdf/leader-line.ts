import {
  LEADER_BELOW_BASELINE_EM,
  LEADER_FIELD_GAP_PT,
  MEMO_DATE_FIELD_START_FRACTION,
  PARAGRAPH_SPACE_BEFORE_PT,
} from "../../document/layout.js";
import type { Typography } from "../../document/typography.js";
import type { LeaderField, LeaderLine } from "../../document/nodes.js";
import { LABEL_SUBJECT } from "../../document/wording.js";
import { dottedLine } from "./dotted-line.js";
import { baselineInLine, lineHeightFor } from "./line-pitch.js";
import { textWidth } from "./measure-text.js";
import type { PageFrame } from "./page-frame.js";
import { thaiText } from "./thai-text.js";
import { wrapText } from "./wrap-text.js";

/**
 * A memo header line (docs/layout.md §1): bold label (20 pt nominal), body-size value, and a dotted writing
 * line from the value's start to the end of the field; a value too long for one line wraps under
 * its own start, dotted again. Two fields (ที่, วันที่) split the line at the date's start.
 */
export function leaderLine(block: LeaderLine, frame: PageFrame, type: Typography): object {
  const spaceBefore = block.fields[0].label === LABEL_SUBJECT ? PARAGRAPH_SPACE_BEFORE_PT : 0;
  const [first, second] = block.fields;
  if (second === undefined) {
    return { stack: leaderField(first, frame.textWidth, type), margin: [0, spaceBefore, 0, 0] };
  }
  const split = frame.textWidth * MEMO_DATE_FIELD_START_FRACTION;
  return {
    columns: [
      { width: split, stack: leaderField(first, split - LEADER_FIELD_GAP_PT, type) },
      { width: "*", stack: leaderField(second, frame.textWidth - split, type) },
    ],
    columnGap: 0,
    margin: [0, spaceBefore, 0, 0],
  };
}

function leaderField(field: LeaderField, width: number, type: Typography): object[] {
  const valueStart = textWidth(field.label, type.labelPt, true) + textWidth(" ", type.bodyPt);
  const lines = wrapValue(field.value, width - valueStart, type.bodyPt);
  return lines.flatMap((line, i) => {
    const label = i === 0;
    // A line holding a label is as tall as Word makes it: the label's size at the memo's spacing;
    // the lines a long value wraps to belong to the same paragraph in Word, so they are as tall.
    const lineHeight = type.labelPitchPt;
    const size = label ? type.labelPt : type.bodyPt;
    const dotsY = baselineInLine(lineHeight) + LEADER_BELOW_BASELINE_EM * type.bodyPt - lineHeight;
    const text = label
      ? [
          ...thaiText(field.label, { bold: true, fontSize: type.labelPt }),
          ...thaiText(" ", { fontSize: type.bodyPt }),
          ...thaiText(line, { fontSize: type.bodyPt }),
        ]
      : thaiText(line, { fontSize: type.bodyPt });
    return [
      {
        text,
        lineHeight: lineHeightFor(lineHeight, size),
        ...(label ? {} : { margin: [valueStart, 0, 0, 0] }),
      },
      // Drawn after the line with a negative offset, so it takes no room in the flow.
      { canvas: [dottedLine(valueStart, width, dotsY)] },
    ];
  });
}

function wrapValue(value: string, firstWidth: number, sizePt: number): string[] {
  if (value === "") return [""];
  return wrapText(
    value,
    () => firstWidth,
    (s) => textWidth(s, sizePt),
  );
}
