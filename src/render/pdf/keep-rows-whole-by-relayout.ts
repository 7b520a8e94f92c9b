import type { Document } from "../../document/nodes.js";
import { firstRowToMove, type RowStart, type TableRowMeasure } from "./keep-rows-whole.js";
import { layOutRowStarts, layOutRows, type RowLayout } from "./lay-out-rows.js";
import { pageFrame } from "./page-frame.js";
import { confirmed, hasMovableRows, predictAfterMove, type Prediction } from "./predict-row-breaks.js";

/** The final layout and the breaks it was made with. */
export interface KeptWhole extends RowLayout {
  readonly breaks: readonly (readonly number[])[];
}

type Breaks = readonly (readonly number[])[];

export interface RelayoutEngine {
  /** Lays the document out and draws it. */
  readonly layOut: (doc: Document, breaks: Breaks) => Promise<RowLayout>;
  /** Lays the document out without drawing: only where rows start. */
  readonly layOutStarts: (doc: Document, breaks: Breaks) => Promise<{ readonly starts: readonly RowStart[] }>;
}

const PDFMAKE: RelayoutEngine = { layOut: layOutRows, layOutStarts: layOutRowStarts };

/**
 * The reference rule (docs/layout.md §2): lay the document out with `initial` breaks; while a
 * short row that is not yet moved came out split, move it to the next page and lay everything
 * out again (each move shifts what follows, so one at a time). A moved row is never moved again,
 * so the loop ends after at most one pass per row.
 *
 * Two savings that never change the result:
 * - After a move, the rows that follow are placed from their measured heights until one
 *   continues on the next page (predict-row-breaks.ts), and every row that rule would move there
 *   is moved at once. The next layout must put each of those rows where predicted; if one is
 *   elsewhere, its predicted breaks are taken back and the loop goes on one row at a time.
 * - Only the last layout is drawn. The first one is drawn too when it is probably the last:
 *   with breaks given, or when no row after a table's first fits on a page (the 2568 report);
 *   the announcement's shorter plan rows move, and their intermediate layouts only read
 *   positions.
 *
 * With the breaks `windowedRowBreaks` predicts, the first layout is already final and this is a
 * check that costs nothing more; with none, it is the O(N²) original, kept as the reference.
 */
export async function keepRowsWholeByRelayout(
  doc: Document,
  measures: readonly TableRowMeasure[],
  initial: Breaks = [],
  engine: RelayoutEngine = PDFMAKE,
  { predict = true }: { readonly predict?: boolean } = {},
): Promise<KeptWhole> {
  const tableSection = doc.sections.find((s) => s.blocks.some((b) => b.type === "measureTable"));
  const page = tableSection && pageFrame(tableSection);
  const breaks: number[][] = measures.map((_, t) => [...(initial[t] ?? [])]);
  let prediction: Prediction | undefined;
  let predicting = predict;
  // Drawn at once when it is probably the last layout: breaks given (windowedRowBreaks found
  // them all), or no row that fits on a page (only a stub at a page foot could still move).
  let draw =
    page === undefined ||
    initial.some((rows) => rows.length > 0) ||
    !measures.some((m) => hasMovableRows(m, page));
  for (;;) {
    const drawn = draw ? await engine.layOut(doc, breaks) : undefined;
    const { starts } = drawn ?? (await engine.layOutStarts(doc, breaks));
    if (prediction !== undefined && !confirmed(prediction, starts)) {
      // Take the predicted breaks back and decide row by row from the moved row on.
      const wrong = prediction;
      breaks[wrong.table] = (breaks[wrong.table] ?? []).filter((row) => !wrong.breaks.includes(row));
      prediction = undefined;
      predicting = false;
      draw = false;
      continue;
    }
    prediction = undefined;
    // A table's first row is no candidate: a break cannot move it (measure-table.ts starts no
    // new table before row 0), so asking would only cost a layout that changes nothing.
    const notMoved = starts.filter(
      (start) => start.row > 0 && !(breaks[start.table] ?? []).includes(start.row),
    );
    const move = page && firstRowToMove(notMoved, measures, page);
    if (move === undefined) return { ...(drawn ?? (await engine.layOut(doc, breaks))), breaks };
    breaks[move.table]?.push(move.row);
    const measure = measures[move.table];
    if (predicting && page !== undefined && measure !== undefined) {
      prediction = predictAfterMove(move.table, move.row, measure, page);
      breaks[move.table]?.push(...prediction.breaks);
    }
    draw = false;
  }
}
