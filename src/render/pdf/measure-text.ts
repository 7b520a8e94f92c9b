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

/** The advance width in points of `text` set in Sarabun at `sizePt`. */
export function textWidth(text: string, sizePt: number, bold = false): number {
  const f = font(bold);
  return (f.layout(text).advanceWidth / f.unitsPerEm) * sizePt;
}
