import {
  CELL_PADDING_BOTTOM_PT,
  CELL_PADDING_SIDE_PT,
  CELL_PADDING_TOP_PT,
  TABLE_RULE_WIDTH_PT,
} from "../../document/layout.js";
import type { Typography } from "../../document/typography.js";
import { fittedColumns } from "../../document/cell-line-texts.js";
import type { Cell, MeasureTable } from "../../document/nodes.js";
import { sizeToFit, widestWord } from "./fit-font-size.js";
import { textWidth } from "./measure-text.js";
import type { PageFrame } from "./page-frame.js";
import { spanGrid } from "./span-grid.js";
import { cellContent } from "./table-cell.js";
import { cm } from "./units.js";

/** The id of a body cell, by which the page-break logic finds each row's position. */
export function rowCellId(table: number, row: number, column: number): string {
  return `measure-table-${table}-row-${row}-col-${column}`;
}

export function parseRowCellId(id: string): { table: number; row: number; column: number } | undefined {
  const m = /^measure-table-(\d+)-row-(\d+)-col-(\d+)$/.exec(id);
  return m ? { table: Number(m[1]), row: Number(m[2]), column: Number(m[3]) } : undefined;
}

/** Widths inside the padding, in points; the column without a width takes the rest. */
export function innerWidths(block: MeasureTable, frame: PageFrame, type: Typography): number[] {
  const columns = fittedColumns(
    block,
    (line) => textWidth(line.text, type.tablePt, line.bold) + FIT_SLACK_PT,
  );
  const outer = (c: { widthCm?: number }): number | undefined =>
    c.widthCm === undefined ? undefined : cm(c.widthCm);
  const fixed = columns.reduce((sum, c) => sum + (outer(c) ?? 0), 0);
  const flexible = columns.filter((c) => c.widthCm === undefined).length;
  const rest = flexible === 0 ? 0 : (frame.textWidth - fixed - TABLE_RULE_WIDTH_PT) / flexible;
  return columns.map((c) => (outer(c) ?? rest) - 2 * CELL_PADDING_SIDE_PT - TABLE_RULE_WIDTH_PT);
}

/** Room added to a fitted column's widest line, so that rounding never pushes it onto two lines. */
const FIT_SLACK_PT = 0.5;

/**
 * The measure table (docs/layout.md §2): the two header rows repeat on every page; body rows may
 * continue on the next page. A row listed in `breaksBefore` starts a new table on a new page,
 * headed like a repeated header: that is how `keep-rows-whole.ts` moves a short row whole (a
 * page break inside pdfmake's table would leave an empty bordered stub behind). Every body cell
 * carries an id, by which the row positions are read back.
 */
export function measureTable(
  block: MeasureTable,
  frame: PageFrame,
  type: Typography,
  tableIndex: number,
  breaksBefore: ReadonlySet<number> = new Set(),
): object[] {
  const widths = innerWidths(block, frame, type);
  const grid = spanGrid(block.headerRows, block.columns.length);
  const size = headerSize(grid, widths, type);
  const header = (): object[][] =>
    grid.map((row) =>
      row.map((cell, c) =>
        cell === null ? {} : headerCell(cell, spanWidth(widths, c, cell.colSpan ?? 1), size, type),
      ),
    );
  const body = block.rows.map((row, r) =>
    row.map((cell, c) => ({
      stack: cellContent(cell.content, widths[c] ?? 0, type),
      id: rowCellId(tableIndex, r, c),
    })),
  );
  const starts = [0, ...[...breaksBefore].filter((r) => r > 0 && r < body.length).sort((a, b) => a - b)];
  return starts.map((start, i) => ({
    table: {
      headerRows: grid.length,
      widths,
      body: [...header(), ...body.slice(start, starts[i + 1] ?? body.length)],
    },
    layout: tableLayout,
    fontSize: type.tablePt,
    ...(i > 0 ? { pageBreak: "before" } : {}),
  }));
}

function headerCell(cell: Cell, width: number, size: number, type: Typography): object {
  return {
    stack: cellContent(cell.content, width, type, size),
    fontSize: size,
    ...(cell.colSpan !== undefined ? { colSpan: cell.colSpan } : {}),
    ...(cell.rowSpan !== undefined ? { rowSpan: cell.rowSpan } : {}),
  };
}

/** Inner width of a cell spanning `span` columns from `column`: the padding and rules between them join it. */
function spanWidth(widths: readonly number[], column: number, span: number): number {
  const joined = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
  return joined + (span - 1) * (2 * CELL_PADDING_SIDE_PT + TABLE_RULE_WIDTH_PT);
}

/** One size for the whole header: the largest at which no header word must break inside itself. */
function headerSize(
  grid: readonly (readonly (Cell | null)[])[],
  widths: readonly number[],
  type: Typography,
): number {
  let size = type.tablePt;
  for (const row of grid) {
    row.forEach((cell, c) => {
      if (cell === null) return;
      const text = cell.content
        .map((p) => (p.kind === "text" ? p.runs.map((r) => r.text).join("") : ""))
        .join(" ");
      const available = spanWidth(widths, c, cell.colSpan ?? 1);
      size = Math.min(size, sizeToFit(widestWord(text), available, type.tablePt, type.tableHeaderMinPt));
    });
  }
  return size;
}

const tableLayout = {
  hLineWidth: () => TABLE_RULE_WIDTH_PT,
  vLineWidth: () => TABLE_RULE_WIDTH_PT,
  paddingLeft: () => CELL_PADDING_SIDE_PT,
  paddingRight: () => CELL_PADDING_SIDE_PT,
  paddingTop: () => CELL_PADDING_TOP_PT,
  paddingBottom: () => CELL_PADDING_BOTTOM_PT,
};
