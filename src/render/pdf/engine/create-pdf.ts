import { relative, isAbsolute } from "node:path";
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import { FONT_FAMILY, FONTS_DIR, sarabunFontDictionary } from "./fonts.js";
import { installThaiFixes } from "./pdfkit-thai-fixes.js";

/**
 * Runs pdfmake on a document definition with the Sarabun faces registered (family
 * `FONT_FAMILY`, the default font) and the Thai fixes installed; resolves to the PDF bytes.
 *
 * - Fonts are embedded as subsets. Text should go through `thaiInlines` so Thai lines break
 *   between words; text with characters Sarabun lacks (see `missingGlyphs`) rejects with
 *   MissingGlyphError instead of drawing boxes.
 * - No network and no file access except the fonts: images must be given as data URLs or
 *   buffers in the definition.
 * - Deterministic: with a fixed `info.creationDate` the same definition gives the same bytes
 *   (without one, pdfmake stamps the current time and derives the file /ID from it).
 */
export async function createPdf(definition: TDocumentDefinitions): Promise<Uint8Array> {
  installThaiFixes();
  // pdfmake's server API is a process-wide singleton: set everything on every call.
  pdfmake.setFonts(sarabunFontDictionary());
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => isInsideFontsDir(path));
  const withFont: TDocumentDefinitions = {
    ...definition,
    defaultStyle: { font: FONT_FAMILY, ...definition.defaultStyle },
  };
  const buffer = await pdfmake.createPdf(withFont).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function isInsideFontsDir(path: string): boolean {
  const rel = relative(FONTS_DIR, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}
