import type { Document } from "../../document/nodes.js";
import type { RowStart } from "./keep-rows-whole.js";
import { layOutOnly } from "./layout-only.js";
import { pageBreakHook, rowStarts } from "./page-break-hook.js";
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

/** Where every measure-table row of `doc` starts with these breaks, without drawing the PDF. */
export async function layOutRowStarts(
  doc: Document,
  breaks: readonly (readonly number[])[],
): Promise<{ readonly starts: readonly RowStart[] }> {
  const cellStarts = new Map<string, RowStart>();
  await layOutOnly(toDefinition(doc, breaks), pageBreakHook(cellStarts));
  return { starts: rowStarts(cellStarts) };
}
