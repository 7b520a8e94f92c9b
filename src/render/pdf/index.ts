import type { Document } from "../../document/nodes.js";
import { lexiconWith, withLexicon } from "../../thai/lexicon.js";
import { keepRowsWholeByRelayout } from "./keep-rows-whole-by-relayout.js";
import { measureTableRows } from "./measure-table-rows.js";
import type { RowStart } from "./keep-rows-whole.js";
import { allConfirmed, FIRST_WINDOW_ROWS, windowedRowBreaks } from "./windowed-row-breaks.js";

/**
 * The PDF of a memo or report document. Table rows are measured first; then the rows that must
 * start on a new page so that no short row is split (docs/layout.md §2) are found in small
 * windows of rows (linear in the rows), and the document is laid out once with them. That
 * layout is checked by the reference rule, which would go on moving rows if the windows had
 * missed one (they do not: see windowed-row-breaks.ts). Every pass segments Thai with the
 * document's own words (names from the data) on top of the built-in corrections.
 */
export function renderPdf(doc: Document): Promise<Uint8Array> {
  return withLexicon(lexiconWith(doc.words), () => layOut(doc));
}

async function layOut(doc: Document): Promise<Uint8Array> {
  const measures = await measureTableRows(doc);
  // A table no longer than one window is laid out whole anyway: moving rows by full layouts is
  // as cheap there, and saves the window's layout (the 2568 report has 8 rows).
  const short = measures.every((m) => m.rowNeeds.length <= FIRST_WINDOW_ROWS);
  if (short) return (await keepRowsWholeByRelayout(doc, measures)).bytes;
  // Moves predicted from the measured heights save most windows; the final layout must then
  // put every predicted row where it was predicted, or the breaks are found again without.
  const predicted: RowStart[] = [];
  const kept = await keepRowsWholeByRelayout(
    doc,
    measures,
    await windowedRowBreaks(doc, measures, { predicted }),
  );
  if (allConfirmed(predicted, kept.starts)) return kept.bytes;
  const breaks = await windowedRowBreaks(doc, measures);
  return (await keepRowsWholeByRelayout(doc, measures, breaks, undefined, { predict: false })).bytes;
}

export { toDefinition } from "./to-definition.js";
/** Keeps the words shaped by this process for the next one (engine/shaping-store.ts). */
export { saveShapingStore as keepShapedWords } from "./engine/index.js";
