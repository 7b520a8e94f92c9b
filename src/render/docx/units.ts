/**
 * Unit conversions for WordprocessingML. Lengths in `w:pgSz`, `w:pgMar`, `w:ind`, `w:spacing`,
 * `w:tab` and table widths are twips (1/20 pt, ECMA-376 §17.18.105 ST_TwipsMeasure); run sizes
 * `w:sz`/`w:szCs` are half-points (§17.18.42 ST_HpsMeasure); drawing extents are EMU (§20.1.10.16).
 */
import { PT_PER_CM, TWIPS_PER_PT } from "../../document/layout.js";

/** English Metric Units per point (914400 per inch / 72). */
const EMU_PER_PT = 12700;
/** docx takes image sizes in CSS pixels: 96 per inch, 72 pt per inch. */
const PX_PER_PT = 96 / 72;

export function ptToTwips(pt: number): number {
  return Math.round(pt * TWIPS_PER_PT);
}

export function cmToTwips(cm: number): number {
  return ptToTwips(cm * PT_PER_CM);
}

/** Font size in half-points, as `w:sz` wants it. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

export function cmToEmu(cm: number): number {
  return Math.round(cm * PT_PER_CM * EMU_PER_PT);
}

/** Image sizes for docx's `transformation`, which it converts to EMU itself. */
export function cmToPx(cm: number): number {
  return cm * PT_PER_CM * PX_PER_PT;
}

/** Image sizes for docx's `transformation`, from points. */
export function ptToPx(pt: number): number {
  return pt * PX_PER_PT;
}
