import { renderPdf } from "../../../../../src/render/pdf/index.js";
import { PT_PER_CM } from "../../../../../src/document/layout.js";
import { realDocuments } from "../../../../helpers/real-documents.js";
import { readPdf, type PageView, type PlacedText } from "./read-pdf.js";

export interface Rendered {
  readonly bytes: Uint8Array;
  readonly pages: readonly PageView[];
}

const cache = new Map<"memo" | "report" | "announcement", Promise<Rendered>>();

/** The real 2568 memo, report or announcement rendered once per test file, with its pages read back. */
export function renderedReal(kind: "memo" | "report" | "announcement"): Promise<Rendered> {
  let found = cache.get(kind);
  if (found === undefined) {
    found = realDocuments().then(async (docs) => rendered(await renderPdf(docs[kind])));
    cache.set(kind, found);
  }
  return found;
}

export async function rendered(bytes: Uint8Array): Promise<Rendered> {
  return { bytes, pages: await readPdf(bytes) };
}

export const cm = (value: number): number => value * PT_PER_CM;

/** The first text item of a page whose string starts with `prefix`; fails loudly when absent. */
export function textStarting(page: PageView | undefined, prefix: string): PlacedText {
  const found = page?.texts.find((t) => t.str.startsWith(prefix));
  if (found === undefined) throw new Error(`no text starting with "${prefix}" on the page`);
  return found;
}

/** Horizontal centre of a text item. */
export const centreX = (t: PlacedText): number => t.x + t.width / 2;
