import {
  CELL_PADDING_BOTTOM_PT,
  CELL_PADDING_TOP_PT,
  FONT_FAMILY,
  TABLE_RULE_WIDTH_PT,
} from "../../document/layout.js";
import type { Document, MeasureTable } from "../../document/nodes.js";
import type { TableRowMeasure } from "./keep-rows-whole.js";
import { measureTable, parseRowCellId } from "./measure-table.js";
import { pageFrame, type PageFrame } from "./page-frame.js";
import { layOutOnly } from "./layout-only.js";
import { typography, type Typography } from "../../document/typography.js";

/** pdfmake lays out an endless page (and sizes it to its content): nothing breaks while measuring. */
const MEASURE_PAGE_HEIGHT_PT = Infinity;
const TABLE_END_ID = "measure-table-end";
/**
 * Rows measured per layout. A row's height depends on its own cells only (the column widths are
 * fixed), so a long table is measured in slices: one endless page of a 1,000-row table would hold
 * every row's lines at once.
 */
export const MEASURE_CHUNK_ROWS = 64;

/**
 * Lays every measure table out on very tall pages, a slice of rows at a time, and reads back
 * where each row starts: the heights pdfmake itself produces, which the page-break rule then
 * compares with the room left.
 */
export async function measureTableRows(
  doc: Document,
  chunkRows: number = MEASURE_CHUNK_ROWS,
): Promise<TableRowMeasure[]> {
  const measures: TableRowMeasure[] = [];
  const type = typography(doc.typeScale);
  for (const section of doc.sections) {
    const frame = pageFrame(section);
    for (const block of section.blocks) {
      if (block.type !== "measureTable") continue;
      const rowNeeds: number[] = [];
      let firstRowOffset = 0;
      // Slices overlap by one row: a row's need is read from where the next one starts.
      for (let from = 0; ; from += chunkRows) {
        const to = Math.min(from + chunkRows + 1, block.rows.length);
        const slice = await measureSlice({ ...block, rows: block.rows.slice(from, to) }, frame, type);
        if (from === 0) firstRowOffset = slice.firstRowOffset;
        const last = to === block.rows.length;
        rowNeeds.push(...slice.rowNeeds.slice(0, last ? undefined : -1));
        if (last) break;
      }
      measures.push({ rowNeeds, firstRowOffset, minFragment: minFragment(type) });
    }
  }
  return measures;
}

/** Two lines of table text and the bottom padding and rule under them. */
function minFragment(type: Typography): number {
  return 2 * type.tablePitchPt + CELL_PADDING_BOTTOM_PT + TABLE_RULE_WIDTH_PT;
}

async function measureSlice(
  block: MeasureTable,
  frame: PageFrame,
  type: Typography,
): Promise<Omit<TableRowMeasure, "minFragment">> {
  const tops: number[] = [];
  let end = 0;
  const definition = {
    pageSize: { width: frame.width, height: MEASURE_PAGE_HEIGHT_PT },
    pageMargins: [frame.left, 0, frame.right, 0],
    defaultStyle: { font: FONT_FAMILY },
    content: [...measureTable(block, frame, type, 0), { text: ".", id: TABLE_END_ID }],
  };
  await layOutOnly(definition, (node) => {
    if (node.id === TABLE_END_ID) end = node.startPosition.top;
    const cell = node.id === undefined ? undefined : parseRowCellId(node.id);
    // A row starts where its highest cell does (an empty cell is never reported).
    if (cell !== undefined) tops[cell.row] = Math.min(tops[cell.row] ?? Infinity, node.startPosition.top);
    return false;
  });
  const rowNeeds = block.rows.map((_, r) => {
    const top = tops[r] ?? 0;
    const next = tops[r + 1];
    return next === undefined ? end - top : next - top - CELL_PADDING_TOP_PT - TABLE_RULE_WIDTH_PT;
  });
  return { rowNeeds, firstRowOffset: tops[0] ?? 0 };
}
