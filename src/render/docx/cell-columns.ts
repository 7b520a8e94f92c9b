/**
 * Where each cell of a table starts, in grid columns. The tree omits the cells covered by a row
 * span from above (as docx expects), so a cell's column is found by skipping the columns that
 * spans from earlier rows still occupy.
 */
import type { Cell } from "../../document/nodes.js";

export interface PlacedCell {
  readonly cell: Cell;
  readonly column: number;
  readonly span: number;
}

export function placeCells(rows: readonly (readonly Cell[])[]): PlacedCell[][] {
  /** For each column, how many more rows a span from above still covers. */
  const covered: number[] = [];
  return rows.map((row) => {
    let column = 0;
    const placed = row.map((cell) => {
      while ((covered[column] ?? 0) > 0) column++;
      const span = cell.colSpan ?? 1;
      const at = column;
      for (let c = at; c < at + span; c++) covered[c] = cell.rowSpan ?? 1;
      column += span;
      return { cell, column: at, span };
    });
    for (let c = 0; c < covered.length; c++) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
    return placed;
  });
}
