/**
 * A conservative estimate of how tall Word sets a table row: each cell paragraph's text width
 * (fontkit, with slack for breaking at Thai word boundaries) over the width left by its indent,
 * times the table's exact line pitch, plus the cell padding. Only used to decide which rows are
 * short enough to keep whole; never for positions.
 */
import {
  CELL_LEVEL_STEP_CM,
  CELL_PADDING_BOTTOM_PT,
  CELL_PADDING_SIDE_PT,
  CELL_PADDING_TOP_PT,
  DOCX_LINE_BREAK_SLACK,
  PT_PER_CM,
  TWIPS_PER_PT,
} from "../../document/layout.js";
import type { PlacedCell } from "./cell-columns.js";
import type { TextMeasure } from "./text-measure.js";

export function estimateRowHeightPt(
  row: readonly PlacedCell[],
  widths: readonly number[],
  sizePt: number,
  pitchPt: number,
  measure: TextMeasure,
): number {
  const line = pitchPt;
  let tallest = 0;
  for (const { cell, column, span } of row) {
    const inner =
      widths.slice(column, column + span).reduce((sum, w) => sum + w, 0) / TWIPS_PER_PT -
      2 * CELL_PADDING_SIDE_PT;
    let lines = 0;
    for (const item of cell.content) {
      if (item.kind === "check") {
        lines += 1;
        continue;
      }
      const indent = (item.level + (item.marker === undefined ? 0 : 1)) * CELL_LEVEL_STEP_CM * PT_PER_CM;
      const text = `${item.marker === undefined ? "" : `${item.marker} `}${item.runs.map((r) => r.text).join("")}`;
      const bold = item.runs.some((r) => r.bold === true);
      const width = measure.width(text, sizePt, bold) * DOCX_LINE_BREAK_SLACK;
      lines += Math.max(1, Math.ceil(width / Math.max(1, inner - indent)));
    }
    tallest = Math.max(tallest, Math.max(1, lines) * line);
  }
  return tallest + CELL_PADDING_TOP_PT + CELL_PADDING_BOTTOM_PT;
}
