/**
 * The paragraphs of a table cell: text with hanging markers, or the status check mark. Header
 * cells are bold, centred and set at the header size; body text is left-aligned (`thaiDistribute`
 * spreads letters apart in narrow columns).
 */
import { AlignmentType, Paragraph, TabStopType, TextRun } from "docx";
import { CELL_LEVEL_STEP_CM, DOCX_MARKER_WIDTH_ALLOWANCE } from "../../document/layout.js";
import type { Typography } from "../../document/typography.js";
import { assertNever, type CellContent } from "../../document/nodes.js";
import { tableLine } from "./line-spacing.js";
import type { TextMeasure } from "./text-measure.js";
import { thaiRuns, thaiTabRun, thaiTextRun } from "./thai-run.js";
import { cmToTwips, ptToHalfPoints, ptToTwips } from "./units.js";

/**
 * Sarabun has no ✓. The mark is the text character U+2713 in a symbol font that has it (Segoe UI
 * Symbol ships with Windows; elsewhere Word and LibreOffice fall back to a font with the glyph,
 * e.g. DejaVu Sans): it stays text the clerk can move to the other column, copy and search, where
 * a drawn image would not.
 */
export const CHECK_MARK = "\u2713";
export const CHECK_MARK_FONT = "Segoe UI Symbol";

/** `headerSizePt` set: a header cell at that size. */
export function cellParagraphs(
  content: readonly CellContent[],
  headerSizePt: number | undefined,
  measure: TextMeasure,
  type: Typography,
): Paragraph[] {
  // A cell must hold at least one paragraph.
  if (content.length === 0) return [new Paragraph({ children: [] })];
  return content.map((item) => {
    switch (item.kind) {
      case "text":
        return textParagraph(item, headerSizePt, measure, type);
      case "check":
        return new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: tableLine(type),
          children: [
            new TextRun({
              text: CHECK_MARK,
              font: CHECK_MARK_FONT,
              size: ptToHalfPoints(type.checkMarkPt),
              sizeComplexScript: ptToHalfPoints(type.checkMarkPt),
            }),
          ],
        });
      default:
        return assertNever(item);
    }
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
  measure: TextMeasure,
  type: Typography,
): Paragraph {
  const start = cmToTwips(CELL_LEVEL_STEP_CM) * item.level;
  const header = headerSizePt !== undefined;
  const style = header
    ? { font: type.font, sizePt: headerSizePt, bold: true }
    : { font: type.font, sizePt: type.tablePt };
  const spacing = tableLine(type);
  const alignment = header || item.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT;
  if (item.marker === undefined) {
    return new Paragraph({
      alignment,
      spacing,
      ...(start > 0 ? { indent: { left: start } } : {}),
      children: thaiRuns(item.runs, style),
    });
  }
  const markerPt = measure.width(item.marker, style.sizePt, false) * DOCX_MARKER_WIDTH_ALLOWANCE;
  const hanging = Math.ceil(ptToTwips(markerPt + measure.width(" ", style.sizePt, false)));
  return new Paragraph({
    alignment,
    spacing,
    indent: { left: start + hanging, hanging },
    tabStops: [{ type: TabStopType.LEFT, position: start + hanging }],
    children: [thaiTextRun(item.marker, style), thaiTabRun(style), ...thaiRuns(item.runs, style)],
  });
}
