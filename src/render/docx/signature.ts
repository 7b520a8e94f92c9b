/**
 * The signature and the reviewers' comment blocks (เกษียน). Lines are centred on the signature
 * axis: a centred paragraph whose left indent puts the middle of its box on the axis. Every
 * paragraph of a block keeps its lines together and all but the last stay with the next one, so a
 * block never splits across pages.
 */
import { AlignmentType, Paragraph, TabStopType, type IParagraphOptions } from "docx";
import {
  REVIEWER_SIGNATURE_BLANK_LINES,
  REVIEWER_SPACE_BEFORE_PT,
  SIGNATURE_AXIS_FROM_LEFT_CM,
  SIGNATURE_BLANK_LINES,
} from "../../document/layout.js";
import type { ReviewerBlock, Signature } from "../../document/nodes.js";
import type { Typography } from "../../document/typography.js";
import { bodyLine } from "./line-spacing.js";
import type { PageGeometry } from "./page-geometry.js";
import { thaiTabRun, thaiTextRun } from "./thai-run.js";
import { cmToTwips, ptToTwips } from "./units.js";

export function signature(node: Signature, page: PageGeometry, type: Typography): Paragraph[] {
  return keptTogether([
    ...blankLines(SIGNATURE_BLANK_LINES, type),
    ...node.lines.map((line) => centredOnAxis(line, page, type)),
  ]);
}

/** Heading, dotted lines across the text width for the handwritten comment, then a signature. */
export function reviewer(node: ReviewerBlock, page: PageGeometry, type: Typography): Paragraph[] {
  const BODY = { font: type.font, sizePt: type.bodyPt };
  const title: IParagraphOptions = {
    spacing: { ...bodyLine(type), before: ptToTwips(REVIEWER_SPACE_BEFORE_PT) },
    children: [thaiTextRun(node.title, BODY)],
  };
  const dotted = Array.from({ length: node.dottedLines }, (): IParagraphOptions => ({
    spacing: { ...bodyLine(type) },
    // The same dotted writing line as the memo's head: an underlined tab to the margin.
    tabStops: [{ type: TabStopType.RIGHT, position: page.textWidth }],
    children: [thaiTabRun({ ...BODY, dottedUnderline: true })],
  }));
  return keptTogether([
    title,
    ...dotted,
    ...blankLines(REVIEWER_SIGNATURE_BLANK_LINES, type),
    ...node.signature.map((line) => centredOnAxis(line, page, type)),
  ]);
}

function centredOnAxis(text: string, page: PageGeometry, type: Typography): IParagraphOptions {
  // Centred between the left indent and the right margin, the middle is on the axis when the
  // left indent is 2 × axis − text width.
  const left = Math.max(0, 2 * cmToTwips(SIGNATURE_AXIS_FROM_LEFT_CM) - page.textWidth);
  return {
    spacing: { ...bodyLine(type) },
    alignment: AlignmentType.CENTER,
    indent: { left },
    children: [thaiTextRun(text, { font: type.font, sizePt: type.bodyPt })],
  };
}

function blankLines(count: number, type: Typography): IParagraphOptions[] {
  return Array.from({ length: count }, () => ({ spacing: { ...bodyLine(type) }, children: [] }));
}

function keptTogether(options: readonly IParagraphOptions[]): Paragraph[] {
  return options.map(
    (option, index) =>
      new Paragraph({
        ...option,
        keepLines: true,
        ...(index < options.length - 1 ? { keepNext: true } : {}),
      }),
  );
}
