/**
 * The measure table: column widths from layout.ts, both header rows repeated on every page
 * (`w:tblHeader`). Rows taller than a good part of a page may break across pages (measure ๑ of the
 * seed runs over three); clearly short rows are kept whole (`w:cantSplit`, see row-height.ts).
 * Cell text is left-aligned: `thaiDistribute` spreads letters apart in narrow columns.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import {
  CELL_LEVEL_STEP_CM,
  CELL_PADDING_BOTTOM_PT,
  CELL_PADDING_SIDE_PT,
  CELL_PADDING_TOP_PT,
  CHECK_MARK_SIZE_PT,
  DOCX_KEEP_ROW_MAX_PAGE_FRACTION,
  TABLE_COLUMN_WIDTHS_CM,
  TABLE_HEADER_MIN_SIZE_PT,
  TABLE_RULE_WIDTH_PT,
  TABLE_SIZE_PT,
  TWIPS_PER_PT,
} from "../../document/layout.js";
import type { CellContent, MeasureTable } from "../../document/nodes.js";
import { assertNever } from "../../document/nodes.js";
import { placeCells, type PlacedCell } from "./cell-columns.js";
import type { PageGeometry } from "./page-geometry.js";
import { estimateRowHeightPt } from "./row-height.js";
import { sizeToFit, widestWord, type TextMeasure } from "./text-measure.js";
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

const TEXT = { sizePt: TABLE_SIZE_PT } as const;

/** Column widths in twips; the last column takes the rest of the text width. */
export function columnWidthsTwips(table: MeasureTable, page: PageGeometry): number[] {
  const widths = table.columns.map((column, index) =>
    cmToTwips(column.widthCm ?? TABLE_COLUMN_WIDTHS_CM[index] ?? Number.NaN),
  );
  const fixed = widths.filter((width) => !Number.isNaN(width)).reduce((sum, width) => sum + width, 0);
  const flexible = widths.filter((width) => Number.isNaN(width)).length;
  return widths.map((width) =>
    Number.isNaN(width) ? Math.floor((page.textWidth - fixed) / Math.max(1, flexible)) : width,
  );
}

export function measureTable(node: MeasureTable, page: PageGeometry, measure: TextMeasure): Table {
  const widths = columnWidthsTwips(node, page);
  const headerSizePt = headerSize(node, widths, measure);
  const headerRows = placeCells(node.headerRows);
  const bodyRows = placeCells(node.rows);
  // Room for a body row on a table page: the text height less the repeated header rows.
  const headerPt = headerRows.reduce(
    (sum, row) => sum + estimateRowHeightPt(row, widths, headerSizePt, measure),
    0,
  );
  const roomPt = page.textHeight / TWIPS_PER_PT - headerPt;
  const keepWhole = (row: readonly PlacedCell[]): boolean =>
    estimateRowHeightPt(row, widths, TABLE_SIZE_PT, measure) <= DOCX_KEEP_ROW_MAX_PAGE_FRACTION * roomPt;
  const rule = { style: BorderStyle.SINGLE, size: Math.round(TABLE_RULE_WIDTH_PT * 8), color: "000000" };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: rule,
      bottom: rule,
      left: rule,
      right: rule,
      insideHorizontal: rule,
      insideVertical: rule,
    },
    margins: {
      top: ptToTwips(CELL_PADDING_TOP_PT),
      bottom: ptToTwips(CELL_PADDING_BOTTOM_PT),
      left: ptToTwips(CELL_PADDING_SIDE_PT),
      right: ptToTwips(CELL_PADDING_SIDE_PT),
    },
    rows: [
      ...headerRows.map(
        (cells) =>
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: cellsOf(cells, widths, headerSizePt, measure),
          }),
      ),
      // A short row moves whole to the next page; a tall one breaks (cantSplit on a row taller
      // than a page would make Word run it off the page).
      ...bodyRows.map(
        (cells) =>
          new TableRow({
            ...(keepWhole(cells) ? { cantSplit: true } : {}),
            children: cellsOf(cells, widths, undefined, measure),
          }),
      ),
    ],
  });
}

/** Cells in row order; a cell's width is the sum of the grid columns it spans. */
function cellsOf(
  row: readonly PlacedCell[],
  widths: readonly number[],
  headerSizePt: number | undefined,
  measure: TextMeasure,
): TableCell[] {
  const header = headerSizePt !== undefined;
  return row.map(({ cell, column, span }) => {
    const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(span > 1 ? { columnSpan: span } : {}),
      ...(cell.rowSpan !== undefined && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
      verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      children: cellParagraphs(cell.content, headerSizePt, measure),
    });
  });
}

function cellParagraphs(
  content: readonly CellContent[],
  headerSizePt: number | undefined,
  measure: TextMeasure,
): Paragraph[] {
  // A cell must hold at least one paragraph.
  if (content.length === 0) return [new Paragraph({ children: [] })];
  return content.map((item) => {
    switch (item.kind) {
      case "text":
        return textParagraph(item, headerSizePt, measure);
      case "check":
        return new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              text: CHECK_MARK,
              font: CHECK_MARK_FONT,
              size: ptToHalfPoints(CHECK_MARK_SIZE_PT),
              sizeComplexScript: ptToHalfPoints(CHECK_MARK_SIZE_PT),
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
): Paragraph {
  const start = cmToTwips(CELL_LEVEL_STEP_CM) * item.level;
  const header = headerSizePt !== undefined;
  const style = header ? { sizePt: headerSizePt, bold: true } : TEXT;
  const alignment = header || item.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT;
  if (item.marker === undefined) {
    return new Paragraph({
      alignment,
      ...(start > 0 ? { indent: { left: start } } : {}),
      children: thaiRuns(item.runs, style),
    });
  }
  const markerPt = measure.width(item.marker, style.sizePt, false) * MARKER_WIDTH_ALLOWANCE;
  const hanging = Math.ceil(ptToTwips(markerPt + measure.width(" ", style.sizePt, false)));
  return new Paragraph({
    alignment,
    indent: { left: start + hanging, hanging },
    tabStops: [{ type: TabStopType.LEFT, position: start + hanging }],
    children: [thaiTextRun(item.marker, style), thaiTabRun(style), ...thaiRuns(item.runs, style)],
  });
}

/** Word may set a marker a little wider than fontkit measures it; the tab must still reach its stop. */
const MARKER_WIDTH_ALLOWANCE = 1.05;

/**
 * One size for both header rows: the largest (up to TABLE_SIZE_PT) at which the widest word of
 * every header cell fits inside its column, so "ลำดับ" and "สามารถ" never break inside the word.
 */
function headerSize(node: MeasureTable, widths: readonly number[], measure: TextMeasure): number {
  let size: number = TABLE_SIZE_PT;
  for (const { cell, column, span } of placeCells(node.headerRows).flat()) {
    const inner = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0) / TWIPS_PER_PT;
    const text = cell.content
      .map((c) => (c.kind === "text" ? c.runs.map((r) => r.text).join("") : ""))
      .join(" ");
    const word = widestWord(measure, text);
    size = Math.min(
      size,
      sizeToFit(measure, word, inner - 2 * CELL_PADDING_SIDE_PT, TABLE_SIZE_PT, TABLE_HEADER_MIN_SIZE_PT),
    );
  }
  return size;
}
