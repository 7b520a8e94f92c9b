import { CELL_PADDING_SIDE_PT, PT_PER_CM, TABLE_RULE_WIDTH_PT } from "./layout.js";
import type { MeasureTable, TableColumn } from "./nodes.js";

/** One paragraph of a cell as it would read on a single line, and whether it is set bold. */
export interface LineText {
  readonly text: string;
  readonly bold: boolean;
}

/**
 * The paragraphs of column `column`'s body cells, each as one line (marker and runs joined):
 * what a `fitContent` column must hold without a break.
 */
export function cellLineTexts(table: MeasureTable, column: number): LineText[] {
  return table.rows.flatMap((row) =>
    (row[column]?.content ?? []).flatMap((c) =>
      c.kind === "text"
        ? [
            {
              text: `${c.marker ?? ""}${c.runs.map((r) => r.text).join("")}`,
              bold: c.runs.some((r) => r.bold === true),
            },
          ]
        : [],
    ),
  );
}

/**
 * The table's columns with each `fitContent` column widened, when its widest line needs it, to
 * that line (`lineWidthPt`, the writer's own measure at the table's size) plus the cell's side
 * padding and rule. The columns without a width then share what is left, as always.
 */
export function fittedColumns(table: MeasureTable, lineWidthPt: (line: LineText) => number): TableColumn[] {
  return table.columns.map((column, i) => {
    if (column.fitContent !== true || column.widthCm === undefined) return column;
    const widest = Math.max(0, ...cellLineTexts(table, i).map(lineWidthPt));
    const neededCm = (widest + 2 * CELL_PADDING_SIDE_PT + TABLE_RULE_WIDTH_PT) / PT_PER_CM;
    return neededCm > column.widthCm ? { ...column, widthCm: neededCm } : column;
  });
}
