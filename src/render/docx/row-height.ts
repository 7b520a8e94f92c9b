/**
 * An estimate of how tall a table row is set: each cell paragraph broken into lines as the PDF
 * breaks it (greedy, between Thai words, fontkit widths) over the width left by its indent, times
 * the table's exact line pitch, plus the cell padding. Only used to decide which rows are short
 * enough to keep whole (DOCX_KEEP_ROW_MAX_PAGE_FRACTION); never for positions.
 */
import {
  CELL_LEVEL_STEP_CM,
  CELL_PADDING_BOTTOM_PT,
  CELL_PADDING_SIDE_PT,
  CELL_PADDING_TOP_PT,
  PT_PER_CM,
  TWIPS_PER_PT,
} from "../../document/layout.js";
import { wrapText } from "../pdf/wrap-text.js";
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
      const available = Math.max(1, inner - indent);
      const width = (s: string): number => measure.width(s, sizePt, bold);
      // The PDF's lines (its greedy breaks between Thai words); a word wider than the cell is cut.
      for (const line of wrapText(text, () => available, width))
        lines += Math.max(1, Math.ceil(width(line) / available));
    }
    tallest = Math.max(tallest, Math.max(1, lines) * line);
  }
  return tallest + CELL_PADDING_TOP_PT + CELL_PADDING_BOTTOM_PT;
}
