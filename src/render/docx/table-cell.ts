/**
 * The paragraphs of a table cell, in the TableText / TableHeader styles: text with hanging
 * markers, or the status check mark. Header cells are bold and centred (at the header size when
 * it had to shrink to fit its column); body text is left-aligned (`thaiDistribute` spreads
 * letters apart in narrow columns). A sub-heading keeps with the paragraph after it.
 */
import { ImageRun, Paragraph, TabStopType } from "docx";
import {
  CELL_LEVEL_STEP_CM,
  CHECK_MARK_STROKE_PT,
  DOCX_FIT_TOLERANCE,
  DOCX_MARKER_WIDTH_ALLOWANCE,
  TWIPS_PER_PT,
} from "../../document/layout.js";
import { assertNever, type CellContent } from "../../document/nodes.js";
import { tablePitchOf, type Typography } from "../../document/typography.js";
import { checkMarkImage } from "./check-mark-image.js";
import type { DrawingIds } from "./drawing-ids.js";
import { STYLE } from "./styles.js";
import type { TextMeasure } from "./text-measure.js";
import { thaiRuns, thaiTabRun, thaiTextRun } from "./thai-run.js";
import { cmToTwips, ptToPx, ptToTwips } from "./units.js";

/** What every cell of a table shares. */
export interface CellContext {
  readonly measure: TextMeasure;
  readonly type: Typography;
  readonly ids: DrawingIds;
}

/** `headerSizePt` set: a header cell at that size. */
export function cellParagraphs(
  content: readonly CellContent[],
  headerSizePt: number | undefined,
  context: CellContext,
  innerWidthPt: number,
): Paragraph[] {
  // A cell must hold at least one paragraph.
  if (content.length === 0) return [new Paragraph({ style: STYLE.tableText, children: [] })];
  return content.map((item) => {
    switch (item.kind) {
      case "text":
        return textParagraph(item, headerSizePt, context, innerWidthPt);
      case "check":
        return checkParagraph(context);
      default:
        return assertNever(item);
    }
  });
}

/** The check mark drawn as in the PDF (check-mark-image.ts), centred in its cell. */
function checkParagraph({ type, ids }: CellContext): Paragraph {
  const side = ptToPx(type.checkMarkPt + CHECK_MARK_STROKE_PT);
  const image = checkMarkImage(type.checkMarkPt);
  return new Paragraph({
    style: STYLE.tableMark,
    children: [
      new ImageRun({
        type: "svg",
        data: image.svg,
        fallback: { type: "png", data: image.png },
        transformation: { width: side, height: side },
        altText: { id: ids.next(), name: "check mark", description: "✓ ดำเนินการ" },
      }),
    ],
  });
}

/**
 * A paragraph in a cell. Its marker ("๑.", "(๑)", "-") hangs as in the PDF: the marker starts at
 * the level's indent (one CELL_LEVEL_STEP_CM per level), the text a space after the marker, and
 * wrapped lines align with the text. The hanging width is the measured marker plus a space (a
 * little wider for Word's own widths), and a tab stop there takes the text to it.
 */
function textParagraph(
  item: Extract<CellContent, { kind: "text" }>,
  headerSizePt: number | undefined,
  { measure, type }: CellContext,
  innerWidthPt: number,
): Paragraph {
  const start = cmToTwips(CELL_LEVEL_STEP_CM) * item.level;
  const header = headerSizePt !== undefined;
  const sizePt = headerSizePt ?? type.tablePt;
  // A header shrunk to fit says its size and pitch; everything else is the style's.
  const shrunk = header && sizePt !== type.tablePt;
  const markerPt =
    item.marker === undefined
      ? 0
      : measure.width(item.marker, sizePt, false) * DOCX_MARKER_WIDTH_ALLOWANCE +
        measure.width(" ", sizePt, false);
  // The width of the paragraph's lines: the cell's, less its indent and hanging marker.
  const linePt = innerWidthPt - start / TWIPS_PER_PT - markerPt;
  const fitsLine = (segment: string): boolean =>
    measure.width(segment, sizePt, header) / DOCX_FIT_TOLERANCE <= linePt;
  const runStyle = { ...(shrunk ? { sizePt } : {}), fitsLine };
  const paragraph = {
    style: header ? STYLE.tableHeader : STYLE.tableText,
    ...(shrunk ? { spacing: { line: ptToTwips(tablePitchOf(type, sizePt)) } } : {}),
    ...(!header && item.align === "center" ? { alignment: "center" as const } : {}),
    ...(item.keepWithNext === true ? { keepNext: true } : {}),
  };
  if (item.marker === undefined) {
    return new Paragraph({
      ...paragraph,
      ...(start > 0 ? { indent: { left: start } } : {}),
      children: thaiRuns(item.runs, runStyle),
    });
  }
  const hanging = Math.ceil(ptToTwips(markerPt));
  return new Paragraph({
    ...paragraph,
    indent: { left: start + hanging, hanging },
    tabStops: [{ type: TabStopType.LEFT, position: start + hanging }],
    children: [thaiTextRun(item.marker, runStyle), thaiTabRun(runStyle), ...thaiRuns(item.runs, runStyle)],
  });
}
