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
  BODY_SIZE_PT,
  MEMO_DATE_FIELD_START_FRACTION,
  MEMO_EMBLEM_HEIGHT_CM,
  MEMO_EMBLEM_TOP_CM,
  MEMO_LABEL_SIZE_PT,
  LEADER_FIELD_GAP_PT,
  MEMO_WRAPPED_VALUE_INDENT_CM,
  MEMO_TITLE_LINE_PT,
  MEMO_TITLE_SIZE_PT,
  PT_PER_CM,
} from "../../document/layout.js";
import type { LeaderField, LeaderLine, MemoTitle } from "../../document/nodes.js";
import { LABEL_SUBJECT } from "../../document/wording.js";
import { LABEL_LINE, SPACE_BEFORE } from "./line-spacing.js";
import { docxImage } from "./image.js";
import type { PageGeometry } from "./page-geometry.js";
import { thaiTabRun, thaiTextRun } from "./thai-run.js";
import type { DrawingIds } from "./drawing-ids.js";
import { cmToEmu, cmToPx, cmToTwips, ptToTwips } from "./units.js";

const LABEL = { sizePt: MEMO_LABEL_SIZE_PT, bold: true } as const;
const VALUE = { sizePt: BODY_SIZE_PT } as const;

/**
 * "บันทึกข้อความ" bold 29 pt on an exact 35 pt line, with equal space above and below so the line
 * sits centred on the emblem's 1.5 cm band; the emblem floats at the left margin, 1.5 cm below the
 * paper edge. Without an emblem the band keeps its height.
 */
export function memoTitle(node: MemoTitle, ids: DrawingIds): Paragraph {
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
  children.push(thaiTextRun(node.text, { sizePt: MEMO_TITLE_SIZE_PT, bold: true }));
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

/** The writing line: dots under the value and under the tab that carries it to its stop. */
const LINE = { ...VALUE, dottedUnderline: true } as const;

/** One header line: one field to the margin, or ที่ to the middle and วันที่ to the margin. */
export function leaderLine(node: LeaderLine, page: PageGeometry): Paragraph {
  const [first, second] = node.fields;
  // 6 pt before เรื่อง (memo-layout.md §1), as before เรียน and every body paragraph.
  return second === undefined
    ? singleFieldLine(first, page, first.label === LABEL_SUBJECT)
    : twoFieldLine(first, second, page);
}

/**
 * ที่'s writing line stops LEADER_FIELD_GAP_PT before the middle, an undotted tab reaches the
 * middle where วันที่ starts, and วันที่'s line runs to the right margin.
 */
function twoFieldLine(first: LeaderField, second: LeaderField, page: PageGeometry): Paragraph {
  const middle = Math.round(page.textWidth * MEMO_DATE_FIELD_START_FRACTION);
  return new Paragraph({
    spacing: { ...LABEL_LINE },
    tabStops: [
      { type: TabStopType.LEFT, position: middle - ptToTwips(LEADER_FIELD_GAP_PT) },
      { type: TabStopType.LEFT, position: middle },
      { type: TabStopType.RIGHT, position: page.textWidth },
    ],
    children: [
      ...labelAndValue(first),
      thaiTabRun(LINE),
      thaiTabRun(VALUE),
      ...labelAndValue(second),
      thaiTabRun(LINE),
    ],
  });
}

/**
 * A single field may wrap (a long เรื่อง): a hanging indent returns the wrapped lines under the
 * value (MEMO_WRAPPED_VALUE_INDENT_CM, measured for เรื่อง), and the dotted underline of the value
 * puts a dotted writing line under every one of them. Full lines are distributed so the dots reach
 * the margin (in Word; LibreOffice leaves them ragged). Splitting the value into measured lines
 * would freeze the breaks; a paragraph border would dot only the bottom line.
 */
function singleFieldLine(field: LeaderField, page: PageGeometry, spaceBefore: boolean): Paragraph {
  const hanging = cmToTwips(MEMO_WRAPPED_VALUE_INDENT_CM);
  return new Paragraph({
    spacing: { ...LABEL_LINE, ...(spaceBefore ? { before: SPACE_BEFORE } : {}) },
    indent: { left: hanging, hanging },
    alignment: AlignmentType.THAI_DISTRIBUTE,
    tabStops: [{ type: TabStopType.RIGHT, position: page.textWidth }],
    children: [...labelAndValue(field), thaiTabRun(LINE)],
  });
}

/** The label, then the value on its dotted line (the line starts right after the label). */
function labelAndValue(field: LeaderField): ParagraphChild[] {
  return [thaiTextRun(field.label, LABEL), thaiTextRun(` ${field.value}`, LINE)];
}
