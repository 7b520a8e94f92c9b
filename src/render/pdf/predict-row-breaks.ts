import { CELL_PADDING_TOP_PT, TABLE_RULE_WIDTH_PT } from "../../document/layout.js";
import { firstRowToMove, type RowStart, type TableRowMeasure } from "./keep-rows-whole.js";
import type { PageFrame } from "./page-frame.js";

/**
 * How close to a threshold of the page-break rule (a row's end against the page's end, the room
 * left against the minimum fragment) a predicted start may come before the prediction stops, in
 * points: there the next layout decides, not arithmetic on measured heights.
 */
const UNCERTAIN_PT = 0.05;
/** How far a laid-out row may start from where it was predicted before the prediction is rejected, in points. */
const PREDICTION_TOLERANCE_PT = 0.01;

/** What was predicted after one moved row of table `table`. */
export interface Prediction {
  readonly table: number;
  /** Predicted starts of the rows from the moved one on, breaks included. */
  readonly starts: readonly RowStart[];
  /** The rows among them that must start on a new page. */
  readonly breaks: readonly number[];
}

/**
 * The rows after `moved` (which starts a fresh page) that the page-break rule (firstRowToMove)
 * will move too, computed from the measured row heights instead of laid out: a row that fits
 * ends its need below its start, and the next row starts a cell padding and a rule lower (the
 * table of measure-table.ts). The prediction stops at the first row that neither fits nor moves
 * (it continues on the next page: where it ends needs the layout), that would begin in the
 * last minimum fragment of a page, or that comes within UNCERTAIN_PT of a threshold. The next layout checks every predicted start (`confirmed`).
 */
export function predictAfterMove(
  table: number,
  moved: number,
  measure: TableRowMeasure,
  page: Pick<PageFrame, "top" | "bottom" | "height">,
): Prediction {
  const pageEnd = page.height - page.bottom;
  const freshTop = page.top + measure.firstRowOffset;
  const gap = CELL_PADDING_TOP_PT + TABLE_RULE_WIDTH_PT;
  const starts: RowStart[] = [{ table, row: moved, top: freshTop }];
  const breaks: number[] = [];
  /** Whether a row starting a fresh page ends on it, clear of the page's end. */
  const endsOnAFreshPage = (need: number): boolean => freshTop + need <= pageEnd - UNCERTAIN_PT;
  const movedNeed = measure.rowNeeds[moved] ?? Infinity;
  if (!endsOnAFreshPage(movedNeed)) return { table, starts, breaks };
  let top = freshTop + movedNeed + gap;
  for (let row = moved + 1; row < measure.rowNeeds.length; row++) {
    const need = measure.rowNeeds[row] ?? Infinity;
    const start = { table: 0, row, top };
    const uncertain =
      Math.abs(top + need - pageEnd) < UNCERTAIN_PT ||
      Math.abs(pageEnd - top - measure.minFragment) < UNCERTAIN_PT ||
      Math.abs(freshTop + need - pageEnd) < UNCERTAIN_PT;
    // A row that would begin with less than the minimum fragment left: if even its first line
    // does not fit, pdfmake itself starts it on the next page, which the rule leaves alone; if
    // it does, the rule moves it. Which of the two needs the layout.
    const stub = pageEnd - top < measure.minFragment;
    if (uncertain || stub) break;
    if (firstRowToMove([start], [measure], page) !== undefined) {
      breaks.push(row);
      starts.push({ table, row, top: freshTop });
      // A row moved as a stub may still be taller than a page: it continues on the next one.
      if (!endsOnAFreshPage(need)) break;
      top = freshTop + need + gap;
      continue;
    }
    starts.push({ table, row, top });
    if (top + need > pageEnd) break; // continues on the next page: the layout places what follows
    top += need + gap;
  }
  return { table, starts, breaks };
}

/** Whether a layout put every predicted row where the prediction said. */
export function confirmed(prediction: Prediction, laidOut: readonly RowStart[]): boolean {
  return prediction.starts.every((predicted) => {
    const actual = laidOut.find((s) => s.table === prediction.table && s.row === predicted.row);
    return actual !== undefined && Math.abs(actual.top - predicted.top) <= PREDICTION_TOLERANCE_PT;
  });
}

/**
 * Whether a table has a body row (after its first) that fits on a page of its own: only such a
 * row is moved because it would be split, so a table without one seldom changes after its first
 * layout (a row moves then only to avoid a stub at a page foot).
 */
export function hasMovableRows(
  measure: TableRowMeasure,
  page: Pick<PageFrame, "top" | "bottom" | "height">,
): boolean {
  const room = page.height - page.bottom - page.top - measure.firstRowOffset;
  return measure.rowNeeds.some((need, row) => row > 0 && need <= room);
}
