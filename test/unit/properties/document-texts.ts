import type { Block, Document, Run } from "../../../src/document/nodes.js";

const joined = (runs: readonly Run[]): string => runs.map((r) => r.text).join("");

/** Texts of one block, each a unit that the writers keep together on a page. */
function blockTexts(block: Block): string[] {
  switch (block.type) {
    case "memoTitle":
      return [block.text];
    case "leaderLine":
      return block.fields.flatMap((f) => [f.label, f.value]);
    case "paragraph":
      return [joined(block.runs)];
    case "list":
      return block.items.map((item) => item.marker + joined(item.runs));
    case "signature":
      return [...block.lines];
    case "reviewer":
      return [block.title, ...block.signature];
    case "coverTitle":
      return [...block.titleLines, ...block.agencyLines];
    case "tableTitle":
      return [...block.lines];
    case "measureTable":
      return block.rows.flatMap((row) =>
        row.flatMap((cell) =>
          cell.content.flatMap((c) => (c.kind === "text" ? [(c.marker ?? "") + joined(c.runs)] : [])),
        ),
      );
  }
}

/** Every text of a document tree, one entry per paragraph, in reading order. */
export function documentTexts(doc: Document): string[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap(blockTexts)).filter((t) => t.trim() !== "");
}
