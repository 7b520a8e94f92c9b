import { CELL_PADDING_TOP_PT, FONT_FAMILY, TABLE_RULE_WIDTH_PT } from "../../document/layout.js";
import type { Document } from "../../document/nodes.js";
import type { TableRowMeasure } from "./keep-rows-whole.js";
import { measureTable, parseRowCellId } from "./measure-table.js";
import { pageFrame } from "./page-frame.js";
import { createPdfBytes } from "./pdf-engine.js";

/** pdfmake lays out an endless page (and sizes it to its content): nothing breaks while measuring. */
const MEASURE_PAGE_HEIGHT_PT = Infinity;
const TABLE_END_ID = "measure-table-end";

/**
 * Lays every measure table out alone on one very tall page and reads back where each row starts:
 * the heights pdfmake itself produces, which the page-break hook then compares with the room left.
 */
export async function measureTableRows(doc: Document): Promise<TableRowMeasure[]> {
  const measures: TableRowMeasure[] = [];
  let index = 0;
  for (const section of doc.sections) {
    const frame = pageFrame(section);
    for (const block of section.blocks) {
      if (block.type !== "measureTable") continue;
      const tops: number[] = [];
      let end = 0;
      const definition = {
        pageSize: { width: frame.width, height: MEASURE_PAGE_HEIGHT_PT },
        pageMargins: [frame.left, 0, frame.right, 0],
        defaultStyle: { font: FONT_FAMILY },
        content: [...measureTable(block, frame, index), { text: ".", id: TABLE_END_ID }],
        pageBreakBefore: (node: { id?: string; startPosition: { top: number } }) => {
          if (node.id === TABLE_END_ID) end = node.startPosition.top;
          const cell = node.id === undefined ? undefined : parseRowCellId(node.id);
          // A row starts where its highest cell does (an empty cell is never reported).
          if (cell !== undefined)
            tops[cell.row] = Math.min(tops[cell.row] ?? Infinity, node.startPosition.top);
          return false;
        },
      };
      await createPdfBytes(definition);
      const rowNeeds = block.rows.map((_, r) => {
        const top = tops[r] ?? 0;
        const next = tops[r + 1];
        return next === undefined ? end - top : next - top - CELL_PADDING_TOP_PT - TABLE_RULE_WIDTH_PT;
      });
      measures.push({ rowNeeds, firstRowOffset: tops[0] ?? 0 });
      index++;
    }
  }
  return measures;
}
