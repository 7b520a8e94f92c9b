/**
 * The header rows' text size, chosen when writing because Word cannot shrink text to fit.
 */
import { CELL_PADDING_SIDE_PT, TWIPS_PER_PT } from "../../document/layout.js";
import type { MeasureTable } from "../../document/nodes.js";
import type { Typography } from "../../document/typography.js";
import { placeCells } from "./cell-columns.js";
import { sizeToFit, widestWord, type TextMeasure } from "./text-measure.js";

/**
 * One size for both header rows: the largest (up to the table size) at which the widest word of
 * every header cell fits inside its column, so "ลำดับ" and "สามารถ" never break inside the word.
 */
export function headerSize(
  node: MeasureTable,
  widths: readonly number[],
  measure: TextMeasure,
  type: Typography,
): number {
  let size = type.tablePt;
  for (const { cell, column, span } of placeCells(node.headerRows).flat()) {
    const inner = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0) / TWIPS_PER_PT;
    const text = cell.content
      .map((c) => (c.kind === "text" ? c.runs.map((r) => r.text).join("") : ""))
      .join(" ");
    const word = widestWord(measure, text);
    size = Math.min(
      size,
      sizeToFit(measure, word, inner - 2 * CELL_PADDING_SIDE_PT, type.tablePt, type.tableHeaderMinPt),
    );
  }
  return size;
}
