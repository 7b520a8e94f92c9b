import type { Block, Document, MeasureTable } from "../../document/nodes.js";
import { firstRowToMove, type RowStart, type TableRowMeasure } from "./keep-rows-whole.js";
import { layOutRowStarts } from "./lay-out-rows.js";
import { pageFrame } from "./page-frame.js";

/** Rows in the first window after a decision; it doubles while no row in it must move. */
export const FIRST_WINDOW_ROWS = 16;

export interface WindowOptions {
  /** Lays a window out (tests give a model of pdfmake here). */
  readonly layOut?: LayOutStarts;
  readonly firstWindowRows?: number;
}

/** Lays a document out and reports where its table rows started (`layOutRowStarts` by default). */
export type LayOutStarts = (
  doc: Document,
  breaks: readonly (readonly number[])[],
) => Promise<{ readonly starts: readonly RowStart[] }>;

/**
 * The rows of every measure table that must start on a new page so that no short row is split
 * (memo-layout.md §2), the same as `keepRowsWholeByRelayout` finds, in layouts of a few rows
 * each instead of one layout of the whole document per moved row.
 *
 * Why a window suffices: a moved row starts a new table on a fresh page (measure-table.ts), so
 * where the rows after it fall does not depend on anything before it; and a row's start does not
 * depend on the rows after it. So after each decision only the rows that follow are laid out, as
 * a table of their own, until the first row to move among them; the window doubles when none
 * must move. Before the first decision the window is the start of the table's own section
 * (which starts on a fresh page too) with the blocks above the table. Each row is laid out in
 * at most about three windows, so the cost is linear in the number of rows.
 */
export async function windowedRowBreaks(
  doc: Document,
  measures: readonly TableRowMeasure[],
  { layOut = layOutRowStarts, firstWindowRows = FIRST_WINDOW_ROWS }: WindowOptions = {},
): Promise<number[][]> {
  const breaks: number[][] = measures.map(() => []);
  const tableSection = doc.sections.find((s) => s.blocks.some((b) => b.type === "measureTable"));
  if (tableSection === undefined) return breaks;
  const page = pageFrame(tableSection);
  let tableIndex = 0;
  for (const section of doc.sections) {
    const firstInSection = tableIndex;
    for (const [b, block] of section.blocks.entries()) {
      if (block.type !== "measureTable") continue;
      const t = tableIndex++;
      const measure = measures[t];
      if (measure === undefined) continue;
      // The window of rows [from, to) of table t, and that table's index inside the window.
      const windowOf = (from: number, to: number): { doc: Document; breaks: number[][]; table: number } => {
        const rows = { ...block, rows: block.rows.slice(from, to) } satisfies MeasureTable;
        if (from > 0) {
          return { doc: { ...doc, sections: [{ ...section, blocks: [rows] }] }, breaks: [[]], table: 0 };
        }
        const blocks: Block[] = [...section.blocks.slice(0, b), rows];
        return {
          doc: { ...doc, sections: [{ ...section, blocks }] },
          breaks: breaks.slice(firstInSection, t + 1),
          table: t - firstInSection,
        };
      };
      for (let from = 0; ;) {
        const move = await firstMoveFrom(
          from,
          block.rows.length,
          firstWindowRows,
          measure,
          page,
          async (to) => {
            const window = windowOf(from, to);
            const { starts } = await layOut(window.doc, window.breaks);
            return starts.filter((s) => s.table === window.table).map((s) => ({ ...s, table: 0 }));
          },
        );
        if (move === undefined) break;
        breaks[t]?.push(move);
        from = move;
      }
    }
  }
  return breaks;
}

/**
 * The first row after `from` (which starts a page, or the table) that must move, in table rows;
 * `layOutTo(to)` lays rows [from, to) out and returns their starts numbered from `from`.
 */
async function firstMoveFrom(
  from: number,
  rowCount: number,
  firstWindowRows: number,
  measure: TableRowMeasure,
  page: Parameters<typeof firstRowToMove>[2],
  layOutTo: (to: number) => Promise<readonly RowStart[]>,
): Promise<number | undefined> {
  for (let size = Math.max(2, firstWindowRows); ; size *= 2) {
    const to = Math.min(from + size, rowCount);
    if (to - from < 2) return undefined;
    const starts = await layOutTo(to);
    const windowMeasure = { ...measure, rowNeeds: measure.rowNeeds.slice(from, to) };
    // The window's first row is not a candidate: it is already moved, or the table's first row
    // (which a break cannot move: measure-table.ts starts no new table before row 0).
    const move = firstRowToMove(
      starts.filter((s) => s.row > 0),
      [windowMeasure],
      page,
    );
    if (move !== undefined) return from + move.row;
    if (to === rowCount) return undefined;
  }
}
