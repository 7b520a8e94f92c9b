/**
 * The sizes and line pitches actually set, from the official (nominal) sizes of layout.ts and the
 * agency's type scale (docs/layout.md §0). Both writers take every size from one `Typography`,
 * so the PDF and the DOCX set the same text at the same size on the same pitch.
 */
import {
  BODY_SIZE_PT,
  CHECK_MARK_SIZE_PT,
  COVER_AGENCY_SIZE_PT,
  COVER_MIN_SIZE_PT,
  COVER_TITLE_SIZE_PT,
  MEMO_LABEL_SIZE_PT,
  MEMO_TITLE_SIZE_PT,
  PSK_SINGLE_LINE_EM,
  SARABUN_SIZE_PER_PSK_SIZE,
  TABLE_HEADER_MIN_SIZE_PT,
  TABLE_SIZE_PT,
  TABLE_TITLE_MIN_SIZE_PT,
  TABLE_TITLE_SIZE_PT,
  TH_SARABUN_NEW_BODY_LINE_EM,
  TH_SARABUN_NEW_TABLE_LINE_EM,
  TH_SARABUN_NEW_TABLE_SIZE_PT,
} from "./layout.js";

/**
 * - `psk` (default): the official look. The guidance's sizes are TH SarabunPSK sizes; Sarabun is
 *   set at SARABUN_SIZE_PER_PSK_SIZE of them so its glyphs are as large as PSK's, and lines are
 *   at PSK's single spacing.
 * - `new`: the larger look of agencies that type in TH Sarabun New, whose glyphs are as large as
 *   Sarabun's: the nominal sizes set as they are, on TH Sarabun New's looser single spacing.
 */
export type TypeScale = "psk" | "new";

/** The font a DOCX names: Sarabun (embedded, sizes scaled) or a government font installed on the clerk's PC. */
export type DocxFont = "Sarabun" | "TH SarabunPSK" | "TH SarabunIT๙";

/** Every size set (in pt of the font used) and every line pitch (in pt), by role. */
export interface Typography {
  readonly scale: TypeScale;
  /** The family the sizes are for. */
  readonly font: DocxFont;
  /** Set size per official size (0.655 for Sarabun at the PSK scale, else 1). */
  readonly sizeFactor: number;
  /** Single spacing, in em of the official size. */
  readonly lineEm: number;
  readonly titlePt: number;
  readonly labelPt: number;
  readonly bodyPt: number;
  readonly tablePt: number;
  readonly tableHeaderMinPt: number;
  readonly tableTitlePt: number;
  readonly tableTitleMinPt: number;
  readonly coverTitlePt: number;
  readonly coverAgencyPt: number;
  readonly coverMinPt: number;
  readonly checkMarkPt: number;
  /** Distance between body lines of the memo. */
  readonly bodyPitchPt: number;
  /** Distance between lines holding a header label (ส่วนราชการ, ที่, เรื่อง). */
  readonly labelPitchPt: number;
  /** Distance between lines of table text. */
  readonly tablePitchPt: number;
}

/**
 * The typography of a scale for a font. Sarabun sizes are rounded to half points, the unit of a
 * DOCX size (`w:sz`), so the PDF sets exactly what the DOCX says. A PSK-family font is set at the
 * nominal sizes themselves. Pitches are physical: the same for every font of a scale.
 */
export function typography(scale: TypeScale, font: DocxFont = "Sarabun"): Typography {
  const factor = font === "Sarabun" && scale === "psk" ? SARABUN_SIZE_PER_PSK_SIZE : 1;
  const set = (nominalPt: number): number => Math.round(nominalPt * factor * 2) / 2;
  // The smallest sizes text may shrink to (header words, title and cover lines) are a glyph
  // size, the official one in PSK: at the `new` scale Sarabun's table text (14 pt) is already
  // its header minimum, so "ลำดับ" (1.1 cm column) and "สามารถ" could only break inside the word.
  const minFactor = font === "Sarabun" ? SARABUN_SIZE_PER_PSK_SIZE : 1;
  const setMin = (nominalPt: number): number => Math.round(nominalPt * minFactor * 2) / 2;
  const tableNominal = scale === "psk" ? TABLE_SIZE_PT : TH_SARABUN_NEW_TABLE_SIZE_PT;
  const bodyLineEm = scale === "psk" ? PSK_SINGLE_LINE_EM : TH_SARABUN_NEW_BODY_LINE_EM;
  const tableLineEm = scale === "psk" ? PSK_SINGLE_LINE_EM : TH_SARABUN_NEW_TABLE_LINE_EM;
  return {
    scale,
    font,
    sizeFactor: factor,
    lineEm: bodyLineEm,
    titlePt: set(MEMO_TITLE_SIZE_PT),
    labelPt: set(MEMO_LABEL_SIZE_PT),
    bodyPt: set(BODY_SIZE_PT),
    tablePt: set(tableNominal),
    tableHeaderMinPt: setMin(TABLE_HEADER_MIN_SIZE_PT),
    tableTitlePt: set(TABLE_TITLE_SIZE_PT),
    tableTitleMinPt: setMin(TABLE_TITLE_MIN_SIZE_PT),
    coverTitlePt: set(COVER_TITLE_SIZE_PT),
    coverAgencyPt: set(COVER_AGENCY_SIZE_PT),
    coverMinPt: setMin(COVER_MIN_SIZE_PT),
    checkMarkPt: set(CHECK_MARK_SIZE_PT),
    bodyPitchPt: round2(BODY_SIZE_PT * bodyLineEm),
    labelPitchPt: round2(MEMO_LABEL_SIZE_PT * bodyLineEm),
    tablePitchPt: round2(tableNominal * tableLineEm),
  };
}

/**
 * The single-spaced pitch of text set at `setPt` (any role: cover lines, a shrunk header): the
 * official size it stands for, at the scale's single spacing.
 */
export function pitchOf(type: Typography, setPt: number): number {
  return round2((setPt / type.sizeFactor) * type.lineEm);
}

/** The pitch of table text set at `setPt` (a header shrunk to fit its column): the table's spacing. */
export function tablePitchOf(type: Typography, setPt: number): number {
  return round2((type.tablePitchPt * setPt) / type.tablePt);
}

/** Pitches to 0.05 pt, the twip (DOCX `w:line`): the PDF then uses the pitch the DOCX states. */
function round2(pt: number): number {
  return Math.round(pt * 20) / 20;
}
