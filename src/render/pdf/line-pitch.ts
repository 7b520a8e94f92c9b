import { EXACT_LINE_BASELINE_FRACTION, FONT_LINE_EM } from "../../document/layout.js";

/** pdfmake's lineHeight factor that makes lines of `sizePt` text exactly `pitchPt` apart. */
export function lineHeightFor(pitchPt: number, sizePt: number): number {
  return pitchPt / (FONT_LINE_EM * sizePt);
}

/** Where a line `pitchPt` high has its baseline, from its top (as Word places it; see the engine). */
export function baselineInLine(pitchPt: number): number {
  return EXACT_LINE_BASELINE_FRACTION * pitchPt;
}
