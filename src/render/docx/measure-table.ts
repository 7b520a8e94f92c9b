/**
 * The measure table: column widths from layout.ts (a fitContent column widened to its amounts), both header rows repeated on every page
 * (`w:tblHeader`). Rows taller than a page break across pages (measure ๑ of the seed runs over
 * three); a row that fits on a page is kept whole (`w:cantSplit`, see row-height.ts), as in the PDF.
 */
import {
  BorderStyle,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import {
  CELL_PADDING_BOTTOM_PT,
  CELL_PADDING_SIDE_PT,
  CELL_PADDING_TOP_PT,
  DOCX_FIT_TOLERANCE,
  DOCX_KEEP_ROW_MAX_PAGE_FRACTION,
  TABLE_RULE_WIDTH_PT,
  TWIPS_PER_PT,
} from "../../document/layout.js";
import { fittedColumns } from "../../document/cell-line-texts.js";
import type { MeasureTable } from "../../document/nodes.js";
import { placeCells, type PlacedCell } from "./cell-columns.js";
import { headerSize } from "./header-size.js";
import type { PageGeometry } from "./page-geometry.js";
import { estimateRowHeightPt } from "./row-height.js";
import { cellParagraphs, type CellContext } from "./table-cell.js";
import { cmToTwips, ptToTwips } from "./units.js";

/**
 * Column widths in twips; the columns without a width share the rest of the text width, as in the
 * PDF (measure-table.ts there): the report's last column, the announcement's steps column.
 */
export function columnWidthsTwips(table: MeasureTable, page: PageGeometry, context: CellContext): number[] {
  // Word's widths for Sarabun may exceed fontkit's by DOCX_FIT_TOLERANCE (kerning): a fitted
  // column keeps that much in hand.
  const columns = fittedColumns(
    table,
    (line) => context.measure.width(line.text, context.type.tablePt, line.bold) / DOCX_FIT_TOLERANCE,
  );
  const widths = columns.map((column) =>
    column.widthCm === undefined ? Number.NaN : cmToTwips(column.widthCm),
  );
  const fixed = widths.filter((width) => !Number.isNaN(width)).reduce((sum, width) => sum + width, 0);
  const flexible = widths.filter((width) => Number.isNaN(width)).length;
  return widths.map((width) =>
    Number.isNaN(width) ? Math.floor((page.textWidth - fixed) / Math.max(1, flexible)) : width,
  );
}

export function measureTable(node: MeasureTable, page: PageGeometry, context: CellContext): Table {
  const { measure, type } = context;
  const widths = columnWidthsTwips(node, page, context);
  const headerSizePt = headerSize(node, widths, measure, type);
  const headerRows = placeCells(node.headerRows);
  const bodyRows = placeCells(node.rows);
  // Room for a body row on a table page: the text height less the repeated header rows.
  const headerPt = headerRows.reduce(
    (sum, row) => sum + estimateRowHeightPt(row, widths, headerSizePt, type.tablePitchPt, measure),
    0,
  );
  const roomPt = page.textHeight / TWIPS_PER_PT - headerPt;
  // The PDF's rule (keep-rows-whole.ts there): a row that fits on a page of its own under the
  // header is never split; the fraction keeps an estimate that came out short off a page's edge.
  const keepWhole = (row: readonly PlacedCell[]): boolean =>
    estimateRowHeightPt(row, widths, type.tablePt, type.tablePitchPt, measure) <=
    DOCX_KEEP_ROW_MAX_PAGE_FRACTION * roomPt;
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
            children: cellsOf(cells, widths, headerSizePt, context),
          }),
      ),
      // A short row moves whole to the next page; a tall one breaks (cantSplit on a row taller
      // than a page would make Word run it off the page).
      ...bodyRows.map(
        (cells) =>
          new TableRow({
            ...(keepWhole(cells) ? { cantSplit: true } : {}),
            children: cellsOf(cells, widths, undefined, context),
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
  context: CellContext,
): TableCell[] {
  return row.map(({ cell, column, span }) => {
    const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(span > 1 ? { columnSpan: span } : {}),
      ...(cell.rowSpan !== undefined && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
      // Top-aligned like the PDF's header cells.
      verticalAlign: VerticalAlignTable.TOP,
      children: cellParagraphs(
        cell.content,
        headerSizePt,
        context,
        width / TWIPS_PER_PT - 2 * CELL_PADDING_SIDE_PT - TABLE_RULE_WIDTH_PT,
      ),
    });
  });
}
