import { createRequire } from "node:module";
import { SARABUN_FILES } from "./font-files.js";

interface FontkitFont {
  readonly unitsPerEm: number;
  layout(text: string): { readonly advanceWidth: number };
}

const require = createRequire(import.meta.url);
// fontkit is the shaper pdfkit itself uses, so widths measured here match what pdfmake lays out.
const fontkit = require("fontkit") as { openSync(path: string): FontkitFont };

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
