import { createRequire } from "node:module";
import { fontHash, widthInEm } from "./engine/shaping-store.js";
import { SARABUN_FILES } from "./font-files.js";

interface FontkitFont {
  readonly unitsPerEm: number;
  readonly stream: { readonly buffer: Uint8Array };
  layout(text: string): { readonly advanceWidth: number };
}

// fontkit as pdfkit itself loads it (pdfmake → pdfkit → fontkit, exact dependencies of the
// package, checked by installThaiFixes), so widths measured here match what pdfmake lays out,
// however npm nests them.
const fromPdfmake = createRequire(createRequire(import.meta.url).resolve("pdfmake"));
const fromPdfkit = createRequire(fromPdfmake.resolve("pdfkit"));
const fontkit = fromPdfkit("fontkit") as { openSync(path: string): FontkitFont };

const fonts = new Map<boolean, { font: FontkitFont; hash: string }>();

function font(bold: boolean): { font: FontkitFont; hash: string } {
  let loaded = fonts.get(bold);
  if (loaded === undefined) {
    const opened = fontkit.openSync(bold ? SARABUN_FILES.bold : SARABUN_FILES.normal);
    loaded = { font: opened, hash: fontHash(opened.stream.buffer) };
    fonts.set(bold, loaded);
  }
  return loaded;
}

/**
 * Advance widths in em by text, per weight. The same texts are measured in every layout of a
 * document (the row-measuring pass, the page-break passes, the final one) and again for the
 * announcement's copy of the report's cells; shaping one costs far more than a lookup. Bounded so
 * that a year of many measures does not keep every line prefix wrapText tried.
 */
const widthsInEm = new Map<boolean, Map<string, number>>([
  [false, new Map()],
  [true, new Map()],
]);
const MAX_CACHED_WIDTHS = 50_000;

/** The advance width in points of `text` set in Sarabun at `sizePt`. */
export function textWidth(text: string, sizePt: number, bold = false): number {
  const cache = widthsInEm.get(bold) ?? new Map<string, number>();
  let em = cache.get(text);
  if (em === undefined) {
    // Kept between builds too (engine/shaping-store.ts): shaping a line costs far more than reading it.
    const { font: f, hash } = font(bold);
    em = widthInEm(hash, text, () => f.layout(text).advanceWidth / f.unitsPerEm);
    if (cache.size >= MAX_CACHED_WIDTHS) cache.clear();
    cache.set(text, em);
  }
  return em * sizePt;
}
