/**
 * The memo's head: the Garuda emblem with "บันทึกข้อความ" on its band, then the header lines
 * ส่วนราชการ · ที่ + วันที่ · เรื่อง, each value on a dotted writing line (จุดไข่ปลา) to the margin.
 *
 * The writing line is the character style MemoWritingLine (a dotted underline) on the value and
 * on a tab that carries it to a tab stop of the paragraph style at the margin (or, for ที่, short
 * of วันที่). As with the PDF, the dots run under the text, and under every line of a wrapped
 * เรื่อง. The tab stops keep the line flush with the margin and both are styles, so they survive
 * the clerk's edits in Word. Dot-leader tab stops (`w:leader="dot"`) were tried first: their
 * dots sit on the baseline and only after the text, so a wrapped เรื่อง, which needs dots under
 * its text, showed two rows of dots at different heights.
 */
import {
  HorizontalPositionRelativeFrom,
  ImageRun,
  Paragraph,
  TabStopType,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  type ParagraphChild,
} from "docx";
import {
  LEADER_FIELD_GAP_PT,
  MEMO_DATE_FIELD_START_FRACTION,
  MEMO_EMBLEM_HEIGHT_CM,
  MEMO_EMBLEM_TOP_CM,
  PARAGRAPH_SPACE_BEFORE_PT,
} from "../../document/layout.js";
import type { LeaderField, LeaderLine, MemoTitle } from "../../document/nodes.js";
import type { Typography } from "../../document/typography.js";
import { LABEL_SUBJECT } from "../../document/wording.js";
import type { DrawingIds } from "./drawing-ids.js";
import { docxImage } from "./image.js";
import type { PageGeometry } from "./page-geometry.js";
import { LABEL_STYLE, STYLE, VALUE_LINE_STYLE } from "./styles.js";
import type { TextMeasure } from "./text-measure.js";
import { thaiTabRun, thaiTextRun } from "./thai-run.js";
import { cmToEmu, cmToPx, ptToTwips } from "./units.js";

const LABEL = { characterStyle: LABEL_STYLE } as const;
const LINE = { characterStyle: VALUE_LINE_STYLE } as const;

/**
 * "บันทึกข้อความ" bold 29 pt on an exact 35 pt line, centred on the emblem's 1.5 cm band by its
 * style; the emblem floats at the left margin, 1.5 cm below the paper edge. Without an emblem the
 * band keeps its height.
 */
export function memoTitle(node: MemoTitle, ids: DrawingIds): Paragraph {
  const children: ParagraphChild[] = [];
  if (node.emblem !== undefined) {
    const heightPx = cmToPx(MEMO_EMBLEM_HEIGHT_CM);
    children.push(
      new ImageRun({
        ...docxImage(node.emblem),
        transformation: {
          height: heightPx,
          width: (heightPx * node.emblem.widthPx) / node.emblem.heightPx,
        },
        altText: { id: ids.next(), name: "ตราครุฑ", description: "ตราครุฑ" },
        floating: {
          horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: 0 },
          verticalPosition: {
            relative: VerticalPositionRelativeFrom.PAGE,
            offset: cmToEmu(MEMO_EMBLEM_TOP_CM),
          },
          wrap: { type: TextWrappingType.NONE },
          allowOverlap: true,
          lockAnchor: true,
        },
      }),
    );
  }
  children.push(thaiTextRun(node.text));
  return new Paragraph({ style: STYLE.title, children });
}

/** One header line: one field to the margin, or ที่ to the middle and วันที่ to the margin. */
export function leaderLine(
  node: LeaderLine,
  page: PageGeometry,
  type: Typography,
  measure: TextMeasure,
): Paragraph {
  const [first, second] = node.fields;
  // 6 pt before เรื่อง (docs/layout.md §1), as before เรียน and every body paragraph.
  return second === undefined
    ? singleFieldLine(first, first.label === LABEL_SUBJECT, type, measure)
    : twoFieldLine(first, second, page);
}

/**
 * ที่'s writing line stops at the pair style's first tab stop, LEADER_FIELD_GAP_PT before the
 * middle; an undotted tab reaches the middle where วันที่ starts, and วันที่'s line runs to the
 * right margin.
 */
function twoFieldLine(first: LeaderField, second: LeaderField, page: PageGeometry): Paragraph {
  const middle = Math.round(page.textWidth * MEMO_DATE_FIELD_START_FRACTION);
  return new Paragraph({
    style: STYLE.headerPair,
    tabStops: [
      { type: TabStopType.LEFT, position: middle - ptToTwips(LEADER_FIELD_GAP_PT) },
      { type: TabStopType.LEFT, position: middle },
      { type: TabStopType.RIGHT, position: page.textWidth },
    ],
    children: [
      ...labelAndValue(first),
      thaiTabRun(LINE),
      thaiTabRun(),
      ...labelAndValue(second),
      thaiTabRun(LINE),
    ],
  });
}

/**
 * A single field may wrap (a long เรื่อง): a hanging indent as wide as the label and a space
 * returns the wrapped lines under the value, and the writing line under the value puts dots under
 * every one of them. Full lines are distributed by the style so the dots reach the margin (in
 * Word; LibreOffice leaves them ragged). Splitting the value into measured lines would freeze the
 * breaks; a paragraph border would dot only the bottom line.
 */
function singleFieldLine(
  field: LeaderField,
  spaceBefore: boolean,
  type: Typography,
  measure: TextMeasure,
): Paragraph {
  const labelPt = measure.width(field.label, type.labelPt, true) + measure.width(" ", type.bodyPt, false);
  const hanging = Math.ceil(ptToTwips(labelPt));
  return new Paragraph({
    style: STYLE.headerField,
    ...(spaceBefore ? { spacing: { before: ptToTwips(PARAGRAPH_SPACE_BEFORE_PT) } } : {}),
    indent: { left: hanging, hanging },
    children: [...labelAndValue(field), thaiTabRun(LINE)],
  });
}

/** The label, then the value on its dotted line (the line starts right after the label). */
function labelAndValue(field: LeaderField): ParagraphChild[] {
  return [thaiTextRun(field.label, LABEL), thaiTextRun(` ${field.value}`, LINE)];
}
