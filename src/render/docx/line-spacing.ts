/**
 * Line spacing of each paragraph role. Body text uses an exact pitch (layout.ts
 * BODY_LINE_PITCH_PT, ≈ 2.01 em) so a page holds what a Word memo typed in TH Sarabun holds; it is
 * above Sarabun's own Word line (win ascent + descent ≈ 1.85 em), so nothing is clipped. Lines
 * carrying the 20 pt labels are as tall as Word makes them in a memo typed in TH Sarabun: the label
 * size at the same pitch (as the PDF writer does); the 16 pt pitch would cut their stacked marks.
 */
import { LineRuleType } from "docx";
import {
  BODY_LINE_PITCH_EM,
  BODY_LINE_PITCH_PT,
  MEMO_LABEL_SIZE_PT,
  PARAGRAPH_SPACE_BEFORE_PT,
} from "../../document/layout.js";
import { ptToTwips } from "./units.js";

export const BODY_LINE = { line: ptToTwips(BODY_LINE_PITCH_PT), lineRule: LineRuleType.EXACT } as const;

export const LABEL_LINE = {
  line: ptToTwips(MEMO_LABEL_SIZE_PT * BODY_LINE_PITCH_EM),
  lineRule: LineRuleType.EXACT,
} as const;

/** 6 pt before เรื่อง, เรียน and every body paragraph. */
export const SPACE_BEFORE = ptToTwips(PARAGRAPH_SPACE_BEFORE_PT);
