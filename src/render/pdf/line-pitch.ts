import { FONT_ASCENT_EM, FONT_LINE_EM } from "../../document/layout.js";

/** pdfmake's lineHeight factor that makes lines of `sizePt` text exactly `pitchPt` apart. */
export function lineHeightFor(pitchPt: number, sizePt: number): number {
  return pitchPt / (FONT_LINE_EM * sizePt);
}

/** Where pdfmake puts the baseline: one ascender below the top of the line. */
export function baselineFromTop(sizePt: number): number {
  return FONT_ASCENT_EM * sizePt;
}
