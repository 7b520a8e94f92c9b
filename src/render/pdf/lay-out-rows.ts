import type { Document } from "../../document/nodes.js";
import type { RowStart } from "./keep-rows-whole.js";
import { layOutOnly } from "./layout-only.js";
import { pageBreakHook, rowStarts } from "./page-break-hook.js";
import { pageFrame } from "./page-frame.js";
import { createPdfBytes } from "./pdf-engine.js";
import { toDefinition } from "./to-definition.js";

/** One layout of a document: its bytes and where every measure-table row started. */
export interface RowLayout {
  readonly bytes: Uint8Array;
  readonly starts: readonly RowStart[];
}

/** Lays `doc` out with the rows listed in `breaks[t]` starting table t on a new page. */
export async function layOutRows(doc: Document, breaks: readonly (readonly number[])[]): Promise<RowLayout> {
  const cellStarts = new Map<string, RowStart>();
  const bytes = await createPdfBytes({
    ...toDefinition(doc, breaks),
    pageBreakBefore: pageBreakHook(cellStarts),
  });
  return { bytes, starts: rowStarts(cellStarts) };
}

/**
 * Where every measure-table row of `doc` starts with these breaks, without drawing the PDF. With
 * `tableTop`, the document's one section begins that far from the top edge of its first page
 * (an empty block fills the room above): a window of rows resumed in the middle of a page.
 */
export async function layOutRowStarts(
  doc: Document,
  breaks: readonly (readonly number[])[],
  tableTop?: number,
): Promise<{ readonly starts: readonly RowStart[] }> {
  const cellStarts = new Map<string, RowStart>();
  const definition = toDefinition(doc, breaks);
  const [first] = doc.sections;
  if (tableTop !== undefined && first !== undefined) {
    const [section, ...rest] = definition.content as { section: object[] }[];
    const room = tableTop - pageFrame(first).top;
    // An empty canvas takes exactly its margin (an empty text would add a line's height).
    const spacer = { canvas: [], margin: [0, room, 0, 0] };
    definition.content = [{ ...section, section: [spacer, ...(section?.section ?? [])] }, ...rest];
  }
  await layOutOnly(definition, pageBreakHook(cellStarts));
  return { starts: rowStarts(cellStarts) };
}
