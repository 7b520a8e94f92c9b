import { PT_PER_CM } from "../../document/layout.js";

/** Centimetres to PostScript points, the unit pdfmake works in. */
export function cm(value: number): number {
  return value * PT_PER_CM;
}
