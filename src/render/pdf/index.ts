import type { Document } from "../../document/nodes.js";
import { firstRowToMove, type RowStart } from "./keep-rows-whole.js";
import { measureTableRows } from "./measure-table-rows.js";
import { pageBreakHook, rowStarts } from "./page-break-hook.js";
import { pageFrame } from "./page-frame.js";
import { createPdfBytes } from "./pdf-engine.js";
import { toDefinition } from "./to-definition.js";

/**
 * The PDF of a memo or report document. Tables are measured first; then the document is laid
 * out, and while a short row came out split, it is moved to the next page and the document laid
 * out again (each move shifts what follows, so one at a time). A moved row is never moved again,
 * so the loop ends after at most one pass per row.
 */
export async function renderPdf(doc: Document): Promise<Uint8Array> {
  const measures = await measureTableRows(doc);
  const tableSection = doc.sections.find((s) => s.blocks.some((b) => b.type === "measureTable"));
  const breaks: number[][] = measures.map(() => []);
  for (;;) {
    const cellStarts = new Map<string, RowStart>();
    const definition = { ...toDefinition(doc, breaks), pageBreakBefore: pageBreakHook(cellStarts) };
    const bytes = await createPdfBytes(definition);
    const notMoved = rowStarts(cellStarts).filter(
      (start) => !(breaks[start.table] ?? []).includes(start.row),
    );
    const move = tableSection && firstRowToMove(notMoved, measures, pageFrame(tableSection));
    if (move === undefined) return bytes;
    breaks[move.table]?.push(move.row);
  }
}

export { toDefinition } from "./to-definition.js";
