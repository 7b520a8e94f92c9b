import {
  BODY_LINE_PITCH_EM,
  BODY_SIZE_PT,
  LEADER_BELOW_BASELINE_PT,
  LEADER_FIELD_GAP_PT,
  MEMO_DATE_FIELD_START_FRACTION,
  MEMO_LABEL_SIZE_PT,
  PARAGRAPH_SPACE_BEFORE_PT,
} from "../../document/layout.js";
import type { LeaderField, LeaderLine } from "../../document/nodes.js";
import { LABEL_SUBJECT } from "../../document/wording.js";
import { dottedLine } from "./dotted-line.js";
import { baselineFromTop, lineHeightFor } from "./line-pitch.js";
import { textWidth } from "./measure-text.js";
import type { PageFrame } from "./page-frame.js";
import { thaiText } from "./thai-text.js";
import { wrapText } from "./wrap-text.js";

/** Lines holding a 20 pt label are as tall as Word makes them: the label size at the memo's pitch. */
const LABEL_LINE_PT = MEMO_LABEL_SIZE_PT * BODY_LINE_PITCH_EM;
const VALUE_LINE_PT = BODY_SIZE_PT * BODY_LINE_PITCH_EM;

/**
 * A memo header line (memo-layout.md §1): bold 20 pt label, 16 pt value, and a dotted writing
 * line from the value's start to the end of the field; a value too long for one line wraps under
 * its own start, dotted again. Two fields (ที่, วันที่) split the line at the date's start.
 */
export function leaderLine(block: LeaderLine, frame: PageFrame): object {
  const spaceBefore = block.fields[0].label === LABEL_SUBJECT ? PARAGRAPH_SPACE_BEFORE_PT : 0;
  const [first, second] = block.fields;
  if (second === undefined) {
    return { stack: leaderField(first, frame.textWidth), margin: [0, spaceBefore, 0, 0] };
  }
  const split = frame.textWidth * MEMO_DATE_FIELD_START_FRACTION;
  return {
    columns: [
      { width: split, stack: leaderField(first, split - LEADER_FIELD_GAP_PT) },
      { width: "*", stack: leaderField(second, frame.textWidth - split) },
    ],
    columnGap: 0,
    margin: [0, spaceBefore, 0, 0],
  };
}

function leaderField(field: LeaderField, width: number): object[] {
  const valueStart = textWidth(field.label, MEMO_LABEL_SIZE_PT, true) + textWidth(" ", BODY_SIZE_PT);
  const lines = wrapValue(field.value, width - valueStart);
  return lines.flatMap((line, i) => {
    const label = i === 0;
    const lineHeight = label ? LABEL_LINE_PT : VALUE_LINE_PT;
    const size = label ? MEMO_LABEL_SIZE_PT : BODY_SIZE_PT;
    const dotsY = baselineFromTop(size) + LEADER_BELOW_BASELINE_PT - lineHeight;
    const text = label
      ? [
          ...thaiText(field.label, { bold: true, fontSize: MEMO_LABEL_SIZE_PT }),
          ...thaiText(" ", { fontSize: BODY_SIZE_PT }),
          ...thaiText(line, { fontSize: BODY_SIZE_PT }),
        ]
      : thaiText(line, { fontSize: BODY_SIZE_PT });
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

function wrapValue(value: string, firstWidth: number): string[] {
  if (value === "") return [""];
  return wrapText(
    value,
    () => firstWidth,
    (s) => textWidth(s, BODY_SIZE_PT),
  );
}
