import type { Block, CellContent, Document, Run } from "../../src/document/nodes.js";

const joinRuns = (runs: readonly Run[]): string => runs.map((r) => r.text).join("");

/**
 * Every text a document tree holds, one entry per paragraph-like unit (a header field, a
 * paragraph, a list item, a signature line, a table cell paragraph with its marker): what a
 * reader must find in the PDF or in LibreOffice's reading of the DOCX. Empty texts are left out.
 */
export function documentTexts(doc: Document): string[] {
  return doc.sections.flatMap((section) => section.blocks.flatMap(blockTexts)).filter((t) => t.trim() !== "");
}

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case "memoTitle":
      return [block.text];
    case "announcementTitle":
      return [...block.lines];
    case "dateLine":
      return [block.text];
    case "leaderLine":
      return block.fields.flatMap((f) => [f.label, f.value]);
    case "paragraph":
      return [joinRuns(block.runs)];
    case "list":
      return block.items.map((item) => `${item.marker}${joinRuns(item.runs)}`);
    case "signature":
      return [...block.lines];
    case "reviewer":
      return [block.title, ...block.signature];
    case "coverTitle":
      return [...block.titleLines, ...block.agencyLines];
    case "tableTitle":
      return [...block.lines];
    case "measureTable":
      return [...block.headerRows, ...block.rows].flatMap((row) =>
        row.flatMap((cell) => cell.content.flatMap(cellText)),
      );
  }
}

function cellText(content: CellContent): string[] {
  return content.kind === "text" ? [`${content.marker ?? ""}${joinRuns(content.runs)}`] : [];
}
