/**
 * The DOCX writer: `renderDocx(doc)` maps the document tree to docx objects (pure, see
 * to-docx-document.ts) and packs them into reproducible bytes (pack-deterministic.ts).
 */
import type { Document } from "../../document/nodes.js";
import { typography } from "../../document/typography.js";
import { lexiconWith, withLexicon } from "../../thai/lexicon.js";
import { formatNumber } from "../../thai/numerals.js";
import { embeddedFontFiles } from "./embedded-fonts.js";
import { packDeterministic } from "./pack-deterministic.js";
import { toDocxDocument } from "./to-docx-document.js";

/**
 * Word and LibreOffice break Thai lines themselves; the document's words (see
 * src/thai/lexicon.ts) reach the writer's row-height estimates and its no-break glue (a space
 * inside a segment the PDF keeps whole becomes U+00A0, thai-run.ts), so both assume the lines the
 * PDF writer breaks.
 */
export async function renderDocx(doc: Document): Promise<Uint8Array> {
  const fonts = await embeddedFontFiles();
  const file = withLexicon(lexiconWith(doc.words), () => toDocxDocument(doc, fonts));
  const numbering = doc.pageNumbers;
  return packDeterministic(file, doc.info, {
    fontName: typography(doc.typeScale, doc.docxFont).font,
    ...(numbering === undefined
      ? {}
      : { firstPageNumber: formatNumber(numbering.fromPage, numbering.digits) }),
  });
}
