/**
 * The pure mapping of a document tree to a docx `Document`: metadata from the tree's info,
 * Sarabun embedded and declared in the font table (or, when the agency asks for TH SarabunPSK or
 * TH SarabunIT๙, that font named at the official sizes and not embedded: it is on every
 * government PC and its licence does not let us ship it), one docx section per tree section.
 */
import { Document as DocxDocument, Paragraph, Table } from "docx";
import type { Document } from "../../document/nodes.js";
import { typography } from "../../document/typography.js";
import { blocksToDocx } from "./blocks.js";
import { drawingIds } from "./drawing-ids.js";
import type { EmbeddedFontFiles } from "./embedded-fonts.js";
import { pageGeometry } from "./page-geometry.js";
import { sectionOptions } from "./sections.js";
import { documentStyles } from "./styles.js";
import { textMeasure } from "./text-measure.js";

export function toDocxDocument(doc: Document, fonts: EmbeddedFontFiles): DocxDocument {
  const ids = drawingIds();
  const type = typography(doc.typeScale, doc.docxFont);
  const measure = textMeasure(fonts, type.font);
  return new DocxDocument({
    title: doc.info.title,
    creator: doc.info.author,
    lastModifiedBy: doc.info.author,
    subject: doc.info.subject,
    keywords: doc.info.keywords.join(", "),
    revision: 1,
    styles: documentStyles(type, pageGeometry({ layout: "memo", orientation: "portrait" })),
    fonts:
      type.font === "Sarabun"
        ? [{ name: type.font, data: Buffer.from(fonts.regular), bold: Buffer.from(fonts.bold) }]
        : [],
    sections: doc.sections.map((section, index) => {
      const page = pageGeometry(section);
      const children = blocksToDocx(section.blocks, { page, ids, measure, type });
      // LibreOffice 7.4 drew a landscape section as portrait when it began directly with a table.
      if (children[0] instanceof Table) children.unshift(new Paragraph({ children: [] }));
      return sectionOptions(doc, section, index, page, children);
    }),
  });
}
