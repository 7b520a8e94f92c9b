import type { Document } from "../../document/nodes.js";
import { measureTableRows } from "./measure-table-rows.js";
import { createPdfBytes } from "./pdf-engine.js";
import { toDefinition } from "./to-definition.js";

/** The PDF of a memo or report document: measured, mapped to pdfmake, written. */
export async function renderPdf(doc: Document): Promise<Uint8Array> {
  const measures = await measureTableRows(doc);
  return createPdfBytes(toDefinition(doc, measures));
}

export { toDefinition } from "./to-definition.js";
