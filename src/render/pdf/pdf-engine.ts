import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import { createPdf } from "./engine/index.js";

/** Lays out and writes a definition with the Thai engine: the one impure step of the PDF writer. */
export async function createPdfBytes(definition: object): Promise<Uint8Array> {
  return createPdf(definition as TDocumentDefinitions);
}
