import type { Document } from "../../document/nodes.js";
import { firstRowToMove, type TableRowMeasure } from "./keep-rows-whole.js";
import { layOutRows, type RowLayout } from "./lay-out-rows.js";
import { pageFrame } from "./page-frame.js";

/** The final layout and the breaks it was made with. */
export interface KeptWhole extends RowLayout {
  readonly breaks: readonly (readonly number[])[];
}

/**
 * The reference rule (docs/layout.md §2), one full layout per moved row: lay the document out
 * with `initial` breaks; while a short row that is not yet moved came out split, move it to the
 * next page and lay everything out again (each move shifts what follows, so one at a time). A
 * moved row is never moved again, so the loop ends after at most one pass per row.
 *
 * With the breaks `windowedRowBreaks` predicts, the first layout is already final and this is a
 * check that costs nothing more; with none, it is the O(N²) original, kept as the reference.
 */
export async function keepRowsWholeByRelayout(
  doc: Document,
  measures: readonly TableRowMeasure[],
  initial: readonly (readonly number[])[] = [],
  layOut: (doc: Document, breaks: readonly (readonly number[])[]) => Promise<RowLayout> = layOutRows,
): Promise<KeptWhole> {
  const tableSection = doc.sections.find((s) => s.blocks.some((b) => b.type === "measureTable"));
  const breaks: number[][] = measures.map((_, t) => [...(initial[t] ?? [])]);
  for (;;) {
    const layout = await layOut(doc, breaks);
    // A table's first row is no candidate: a break cannot move it (measure-table.ts starts no
    // new table before row 0), so asking would only cost a layout that changes nothing.
    const notMoved = layout.starts.filter(
      (start) => start.row > 0 && !(breaks[start.table] ?? []).includes(start.row),
    );
    const move = tableSection && firstRowToMove(notMoved, measures, pageFrame(tableSection));
    if (move === undefined) return { ...layout, breaks };
    breaks[move.table]?.push(move.row);
  }
}
