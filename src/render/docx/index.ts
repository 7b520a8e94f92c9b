/**
 * The DOCX writer: `renderDocx(doc)` maps the document tree to docx objects (pure, see
 * to-docx-document.ts) and packs them into reproducible bytes (pack-deterministic.ts).
 */
import type { Document } from "../../document/nodes.js";
import { lexiconWith, withLexicon } from "../../thai/lexicon.js";
import { embeddedFontFiles } from "./embedded-fonts.js";
import { packDeterministic } from "./pack-deterministic.js";
import { toDocxDocument } from "./to-docx-document.js";

/**
 * Word and LibreOffice break Thai lines themselves; the document's words (see
 * src/thai/lexicon.ts) reach only the writer's own row-height estimates here, so that they
 * assume the lines the PDF writer would break. Gluing the words in the DOCX text itself is left
 * to Word's non-breaking characters (U+00A0 and the like), which every reader copies along.
 */
export async function renderDocx(doc: Document): Promise<Uint8Array> {
  const fonts = await embeddedFontFiles();
  const file = withLexicon(lexiconWith(doc.words), () => toDocxDocument(doc, fonts));
  return packDeterministic(file, doc.info);
}
