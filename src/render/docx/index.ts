/**
 * The DOCX writer: `renderDocx(doc)` maps the document tree to docx objects (pure, see
 * to-docx-document.ts) and packs them into reproducible bytes (pack-deterministic.ts).
 */
import type { Document } from "../../document/nodes.js";
import { typography } from "../../document/typography.js";
import { formatNumber } from "../../thai/numerals.js";
import { embeddedFontFiles } from "./embedded-fonts.js";
import { packDeterministic } from "./pack-deterministic.js";
import { toDocxDocument } from "./to-docx-document.js";

export async function renderDocx(doc: Document): Promise<Uint8Array> {
  const file = toDocxDocument(doc, await embeddedFontFiles());
  const numbering = doc.pageNumbers;
  return packDeterministic(file, doc.info, {
    fontName: typography(doc.typeScale, doc.docxFont).font,
    ...(numbering === undefined
      ? {}
      : { firstPageNumber: formatNumber(numbering.fromPage, numbering.digits) }),
  });
}
