/**
 * Line spacing of each paragraph role, exact and the same as the PDF's (typography.ts): a page
 * holds what a Word memo typed at the official sizes holds, whatever the font's own metrics say.
 * Lines carrying the header labels are as tall as Word makes them: the label size at the memo's
 * spacing (as the PDF writer does); the body pitch would cut their stacked marks.
 */
import { LineRuleType } from "docx";
import { PARAGRAPH_SPACE_BEFORE_PT } from "../../document/layout.js";
import type { Typography } from "../../document/typography.js";
import { ptToTwips } from "./units.js";

export function bodyLine(type: Typography): { line: number; lineRule: typeof LineRuleType.EXACT } {
  return { line: ptToTwips(type.bodyPitchPt), lineRule: LineRuleType.EXACT };
}

export function labelLine(type: Typography): { line: number; lineRule: typeof LineRuleType.EXACT } {
  return { line: ptToTwips(type.labelPitchPt), lineRule: LineRuleType.EXACT };
}

export function tableLine(type: Typography): { line: number; lineRule: typeof LineRuleType.EXACT } {
  return { line: ptToTwips(type.tablePitchPt), lineRule: LineRuleType.EXACT };
}

/** 6 pt before เรื่อง, เรียน and every body paragraph. */
export const SPACE_BEFORE = ptToTwips(PARAGRAPH_SPACE_BEFORE_PT);
