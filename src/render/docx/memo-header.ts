/**
 * The memo's head: the Garuda emblem with "บันทึกข้อความ" on its band, then the header lines
 * ส่วนราชการ · ที่ + วันที่ · เรื่อง, each value on a dotted writing line (จุดไข่ปลา) to the margin.
 *
 * The writing line is a dotted underline (`w:u w:val="dotted"`) on the value and on a tab that
 * carries it to a tab stop at the margin (or, for ที่, short of วันที่). As with the PDF, the dots
 * run under the text, and under every line of a wrapped เรื่อง. The tab stops keep the line flush
 * with the margin and the underline is run formatting, so both survive the clerk's edits in Word.
 * Dot-leader tab stops (`w:leader="dot"`) were tried first: their dots sit on the baseline and only
 * after the text, so a wrapped เรื่อง, which needs dots under its text, showed two rows of dots at
 * different heights.
 */
import {
  AlignmentType,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  Paragraph,
  TabStopType,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  type ParagraphChild,
} from "docx";
import {
  MEMO_DATE_FIELD_START_FRACTION,
  MEMO_EMBLEM_HEIGHT_CM,
  MEMO_EMBLEM_TOP_CM,
  LEADER_FIELD_GAP_PT,
  MEMO_TITLE_LINE_PT,
  PT_PER_CM,
} from "../../document/layout.js";
import type { Typography } from "../../document/typography.js";
import type { LeaderField, LeaderLine, MemoTitle } from "../../document/nodes.js";
import { LABEL_SUBJECT } from "../../document/wording.js";
import { labelLine, SPACE_BEFORE } from "./line-spacing.js";
import type { TextMeasure } from "./text-measure.js";
import { docxImage } from "./image.js";
import type { PageGeometry } from "./page-geometry.js";
import { thaiTabRun, thaiTextRun, type RunStyle } from "./thai-run.js";
import type { DrawingIds } from "./drawing-ids.js";
import { cmToEmu, cmToPx, ptToTwips } from "./units.js";

interface HeaderStyles {
  readonly type: Typography;
  readonly label: RunStyle;
  readonly value: RunStyle;
  /** The writing line: dots under the value and under the tab that carries it to its stop. */
  readonly line: RunStyle;
}

function headerStyles(type: Typography): HeaderStyles {
  const value = { font: type.font, sizePt: type.bodyPt };
  return {
    type,
    label: { font: type.font, sizePt: type.labelPt, bold: true },
    value,
    line: { ...value, dottedUnderline: true },
  };
}

/**
 * "บันทึกข้อความ" bold 29 pt on an exact 35 pt line, with equal space above and below so the line
 * sits centred on the emblem's 1.5 cm band; the emblem floats at the left margin, 1.5 cm below the
 * paper edge. Without an emblem the band keeps its height.
 */
export function memoTitle(node: MemoTitle, ids: DrawingIds, type: Typography): Paragraph {
  const bandPt = MEMO_EMBLEM_HEIGHT_CM * PT_PER_CM;
  const padding = ptToTwips(Math.max(0, (bandPt - MEMO_TITLE_LINE_PT) / 2));
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
  children.push(thaiTextRun(node.text, { font: type.font, sizePt: type.titlePt, bold: true }));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: {
      line: ptToTwips(MEMO_TITLE_LINE_PT),
      lineRule: LineRuleType.EXACT,
      before: padding,
      after: padding,
    },
    children,
  });
}

/** One header line: one field to the margin, or ที่ to the middle and วันที่ to the margin. */
export function leaderLine(
  node: LeaderLine,
  page: PageGeometry,
  type: Typography,
  measure: TextMeasure,
): Paragraph {
  const [first, second] = node.fields;
  const styles = headerStyles(type);
  // 6 pt before เรื่อง (docs/layout.md §1), as before เรียน and every body paragraph.
  return second === undefined
    ? singleFieldLine(first, page, first.label === LABEL_SUBJECT, styles, measure)
    : twoFieldLine(first, second, page, styles);
}

/**
 * ที่'s writing line stops LEADER_FIELD_GAP_PT before the middle, an undotted tab reaches the
 * middle where วันที่ starts, and วันที่'s line runs to the right margin.
 */
function twoFieldLine(
  first: LeaderField,
  second: LeaderField,
  page: PageGeometry,
  styles: HeaderStyles,
): Paragraph {
  const middle = Math.round(page.textWidth * MEMO_DATE_FIELD_START_FRACTION);
  return new Paragraph({
    spacing: { ...labelLine(styles.type) },
    tabStops: [
      { type: TabStopType.LEFT, position: middle - ptToTwips(LEADER_FIELD_GAP_PT) },
      { type: TabStopType.LEFT, position: middle },
      { type: TabStopType.RIGHT, position: page.textWidth },
    ],
    children: [
      ...labelAndValue(first, styles),
      thaiTabRun(styles.line),
      thaiTabRun(styles.value),
      ...labelAndValue(second, styles),
      thaiTabRun(styles.line),
    ],
  });
}

/**
 * A single field may wrap (a long เรื่อง): a hanging indent returns the wrapped lines under the
 * value (the label and a space, measured), and the dotted underline of the value
 * puts a dotted writing line under every one of them. Full lines are distributed so the dots reach
 * the margin (in Word; LibreOffice leaves them ragged). Splitting the value into measured lines
 * would freeze the breaks; a paragraph border would dot only the bottom line.
 */
function singleFieldLine(
  field: LeaderField,
  page: PageGeometry,
  spaceBefore: boolean,
  styles: HeaderStyles,
  measure: TextMeasure,
): Paragraph {
  const labelPt =
    measure.width(field.label, styles.label.sizePt, true) + measure.width(" ", styles.value.sizePt, false);
  const hanging = Math.ceil(ptToTwips(labelPt));
  return new Paragraph({
    spacing: { ...labelLine(styles.type), ...(spaceBefore ? { before: SPACE_BEFORE } : {}) },
    indent: { left: hanging, hanging },
    alignment: AlignmentType.THAI_DISTRIBUTE,
    tabStops: [{ type: TabStopType.RIGHT, position: page.textWidth }],
    children: [...labelAndValue(field, styles), thaiTabRun(styles.line)],
  });
}

/** The label, then the value on its dotted line (the line starts right after the label). */
function labelAndValue(field: LeaderField, styles: HeaderStyles): ParagraphChild[] {
  return [thaiTextRun(field.label, styles.label), thaiTextRun(` ${field.value}`, styles.line)];
}
