/**
 * The signature and the reviewers' comment blocks (เกษียน). Lines are centred on the signature
 * axis: a centred paragraph whose left indent puts the middle of its box on the axis. Every
 * paragraph of a block keeps its lines together and all but the last stay with the next one, so a
 * block never splits across pages.
 */
import { AlignmentType, Paragraph, TabStopType, type IParagraphOptions } from "docx";
import {
  BODY_SIZE_PT,
  REVIEWER_SIGNATURE_BLANK_LINES,
  REVIEWER_SPACE_BEFORE_PT,
  SIGNATURE_AXIS_FROM_LEFT_CM,
  SIGNATURE_BLANK_LINES,
} from "../../document/layout.js";
import type { ReviewerBlock, Signature } from "../../document/nodes.js";
import { BODY_LINE } from "./line-spacing.js";
import type { PageGeometry } from "./page-geometry.js";
import { thaiTabRun, thaiTextRun } from "./thai-run.js";
import { cmToTwips, ptToTwips } from "./units.js";

const BODY = { sizePt: BODY_SIZE_PT } as const;

export function signature(node: Signature, page: PageGeometry): Paragraph[] {
  return keptTogether([
    ...blankLines(SIGNATURE_BLANK_LINES),
    ...node.lines.map((line) => centredOnAxis(line, page)),
  ]);
}

/** Heading, dotted lines across the text width for the handwritten comment, then a signature. */
export function reviewer(node: ReviewerBlock, page: PageGeometry): Paragraph[] {
  const title: IParagraphOptions = {
    spacing: { ...BODY_LINE, before: ptToTwips(REVIEWER_SPACE_BEFORE_PT) },
    children: [thaiTextRun(node.title, BODY)],
  };
  const dotted = Array.from({ length: node.dottedLines }, (): IParagraphOptions => ({
    spacing: { ...BODY_LINE },
    // The same dotted writing line as the memo's head: an underlined tab to the margin.
    tabStops: [{ type: TabStopType.RIGHT, position: page.textWidth }],
    children: [thaiTabRun({ ...BODY, dottedUnderline: true })],
  }));
  return keptTogether([
    title,
    ...dotted,
    ...blankLines(REVIEWER_SIGNATURE_BLANK_LINES),
    ...node.signature.map((line) => centredOnAxis(line, page)),
  ]);
}

function centredOnAxis(text: string, page: PageGeometry): IParagraphOptions {
  // Centred between the left indent and the right margin, the middle is on the axis when the
  // left indent is 2 × axis − text width.
  const left = Math.max(0, 2 * cmToTwips(SIGNATURE_AXIS_FROM_LEFT_CM) - page.textWidth);
  return {
    spacing: { ...BODY_LINE },
    alignment: AlignmentType.CENTER,
    indent: { left },
    children: [thaiTextRun(text, BODY)],
  };
}

function blankLines(count: number): IParagraphOptions[] {
  return Array.from({ length: count }, () => ({ spacing: { ...BODY_LINE }, children: [] }));
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
