import { createRequire } from "node:module";
import { SARABUN_FILES } from "./font-files.js";

interface FontkitFont {
  readonly unitsPerEm: number;
  layout(text: string): { readonly advanceWidth: number };
}

// fontkit as pdfkit itself loads it (pdfmake → pdfkit → fontkit, exact dependencies of the
// package, checked by installThaiFixes), so widths measured here match what pdfmake lays out,
// however npm nests them.
const fromPdfmake = createRequire(createRequire(import.meta.url).resolve("pdfmake"));
const fromPdfkit = createRequire(fromPdfmake.resolve("pdfkit"));
const fontkit = fromPdfkit("fontkit") as { openSync(path: string): FontkitFont };

const fonts = new Map<boolean, FontkitFont>();

function font(bold: boolean): FontkitFont {
  let loaded = fonts.get(bold);
  if (loaded === undefined) {
    loaded = fontkit.openSync(bold ? SARABUN_FILES.bold : SARABUN_FILES.normal);
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
    const f = font(bold);
    em = f.layout(text).advanceWidth / f.unitsPerEm;
    if (cache.size >= MAX_CACHED_WIDTHS) cache.clear();
    cache.set(text, em);
  }
  return em * sizePt;
}
