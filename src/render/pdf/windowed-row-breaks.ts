import type { Block, Document, MeasureTable } from "../../document/nodes.js";
import { firstRowToMove, type RowStart, type TableRowMeasure } from "./keep-rows-whole.js";
import { layOutRowStarts } from "./lay-out-rows.js";
import { pageFrame, type PageFrame } from "./page-frame.js";
import { confirmed, predictAfterMove } from "./predict-row-breaks.js";

/** Rows in the first window after a decision; windows grow (doubling, up to MAX) while no row in them must move. */
export const FIRST_WINDOW_ROWS = 16;
const MAX_WINDOW_ROWS = 64;
/** How exactly a resumed window must put its first row where the previous window had it, in points. */
const RESUME_TOLERANCE_PT = 1e-6;

/**
 * Lays a document out and reports where its table rows started (`layOutRowStarts` by default).
 * With `tableTop`, the document is one section holding one table, which begins that far from
 * the top edge of its first page instead of at the top margin.
 */
export type LayOutStarts = (
  doc: Document,
  breaks: readonly (readonly number[])[],
  tableTop?: number,
) => Promise<{ readonly starts: readonly RowStart[] }>;

export interface WindowOptions {
  /** Lays a window out (tests give a model of pdfmake here). */
  readonly layOut?: LayOutStarts;
  readonly firstWindowRows?: number;
  /**
   * Where predicted rows start (predict-row-breaks.ts), when given: after a moved row, the next
   * moves are taken from the measured heights while the rows fit or move, and only a row that
   * continues on the next page needs a window. The caller must check every start collected
   * here against the final layout (`allConfirmed`) and decide again without prediction if one
   * is off.
   */
  readonly predicted?: RowStart[];
}

/**
 * The rows of every measure table that must start on a new page so that no short row is split
 * (docs/layout.md §2), the same as `keepRowsWholeByRelayout` finds, in layouts of a few rows
 * each instead of one layout of the whole document per moved row. Each row is laid out about
 * once, plus the rows of a window that follow a move: the cost is linear in the rows.
 *
 * Why windows suffice:
 * - a row's start does not depend on the rows after it;
 * - a moved row starts a new table on a fresh page (measure-table.ts), so where the rows after
 *   it fall does not depend on anything before it: after each decision, the next window is the
 *   rows that follow, as a table of their own (before the first decision: the table's section,
 *   which starts on a fresh page too, with the blocks above the table);
 * - when a window ends without a row to move, the next one resumes at its last row that began
 *   in the middle of a page, as a table placed so that this row begins at the same height: what
 *   follows depends only on where the row begins. The resumed window must put the row exactly
 *   there, else the decision starts over from the moved row with doubling windows.
 */
export async function windowedRowBreaks(
  doc: Document,
  measures: readonly TableRowMeasure[],
  { layOut = layOutRowStarts, firstWindowRows = FIRST_WINDOW_ROWS, predicted }: WindowOptions = {},
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
      const tableBreaks = breaks[t] ?? [];
      /** Starts of rows [origin.row, to) of table t, numbered as in the table. */
      const layOutWindow = async (origin: Origin, to: number): Promise<RowStart[]> => {
        const rows = { ...block, rows: block.rows.slice(origin.row, to) } satisfies MeasureTable;
        const alone = { ...doc, sections: [{ ...section, blocks: [rows] }] };
        let window: { doc: Document; breaks: number[][]; table: number; tableTop?: number };
        if (origin.top !== undefined) {
          window = { doc: alone, breaks: [[]], table: 0, tableTop: origin.top - measure.firstRowOffset };
        } else if (origin.row > 0) {
          window = { doc: alone, breaks: [[]], table: 0 };
        } else {
          const blocks: Block[] = [...section.blocks.slice(0, b), rows];
          const before = breaks.slice(firstInSection, t + 1);
          window = {
            doc: { ...doc, sections: [{ ...section, blocks }] },
            breaks: before,
            table: t - firstInSection,
          };
        }
        const { starts } = await layOut(window.doc, window.breaks, window.tableTop);
        return starts
          .filter((s) => s.table === window.table)
          .map((s) => ({ table: 0, row: origin.row + s.row, top: s.top }));
      };
      const decide = new Decisions(block.rows.length, measure, page, firstWindowRows, layOutWindow);
      for (let from = 0; ;) {
        const move =
          (from > 0 ? predictedMove(t, from, measure, page, predicted) : undefined) ??
          (await decide.nextMove(from));
        if (move === undefined) break;
        tableBreaks.push(move);
        from = move;
      }
    }
  }
  return breaks;
}

/**
 * The next row to move after the moved row `from`, from the measured heights alone, or undefined
 * when that needs a layout (the rows reach one that continues on the next page first). Every
 * start the answer rests on is added to `predicted`.
 */
function predictedMove(
  table: number,
  from: number,
  measure: TableRowMeasure,
  page: PageFrame,
  predicted: RowStart[] | undefined,
): number | undefined {
  if (predicted === undefined) return undefined;
  const prediction = predictAfterMove(table, from, measure, page);
  const [move] = prediction.breaks;
  if (move === undefined) return undefined;
  predicted.push(...prediction.starts.filter((s) => s.row <= move));
  return move;
}

/** Whether a layout put every predicted row where it was predicted. */
export function allConfirmed(predicted: readonly RowStart[], laidOut: readonly RowStart[]): boolean {
  const at = new Map(laidOut.map((s) => [`${s.table}:${s.row}`, s]));
  return predicted.every((p) => {
    const actual = at.get(`${p.table}:${p.row}`);
    return actual !== undefined && confirmed({ table: p.table, starts: [p], breaks: [] }, [actual]);
  });
}

/** Where a window begins: at `row`, on a fresh page (`top` undefined) or at `top` on a page. */
interface Origin {
  readonly row: number;
  readonly top?: number;
}

/** The decisions for one table: which row after a moved one must move next. */
class Decisions {
  /** Cleared if a resumed window ever misplaces its first row: then windows always start at the moved row. */
  private resume = true;

  constructor(
    private readonly rowCount: number,
    private readonly measure: TableRowMeasure,
    private readonly page: PageFrame,
    private readonly firstWindowRows: number,
    private readonly layOutWindow: (origin: Origin, to: number) => Promise<RowStart[]>,
  ) {}

  /**
   * The first row after `from` (moved, or the table's first row, which starts a table on a
   * page) that must move. `from` itself is no candidate: it is already moved, or the table's
   * first row, which a break cannot move (measure-table.ts starts no new table before row 0).
   */
  async nextMove(from: number): Promise<number | undefined> {
    if (from + 1 >= this.rowCount) return undefined;
    const freshTop = this.page.top + this.measure.firstRowOffset;
    let origin: Origin = { row: from };
    let size = Math.max(2, this.firstWindowRows);
    for (;;) {
      const to = Math.min(origin.row + size, this.rowCount);
      const starts = await this.layOutWindow(origin, to);
      if (origin.top !== undefined && !this.landed(starts, origin)) {
        this.resume = false;
        origin = { row: from };
        continue;
      }
      const move = firstRowToMove(
        starts.filter((s) => s.row > from),
        [this.measure],
        this.page,
      );
      if (move !== undefined) return move.row;
      if (to === this.rowCount) return undefined;
      // A row reported at the top of a page may have begun at the foot of the previous one (its
      // first line did not fit there): only a row seen beginning mid-page is a sure origin.
      const next = this.resume
        ? starts.findLast((s) => s.row > origin.row && s.top > freshTop + 0.5)
        : undefined;
      if (next !== undefined) origin = { row: next.row, top: next.top };
      size = Math.min(2 * size, next === undefined ? Infinity : MAX_WINDOW_ROWS);
    }
  }

  private landed(starts: readonly RowStart[], origin: Origin): boolean {
    const first = starts.find((s) => s.row === origin.row);
    return first !== undefined && Math.abs(first.top - (origin.top ?? NaN)) <= RESUME_TOLERANCE_PT;
  }
}
