/**
 * The signature and the reviewers' comment blocks (เกษียน). Lines are centred on the signature
 * axis by the signature style (a centred paragraph whose left indent puts the middle of its box
 * on the axis). Every paragraph of a block keeps its lines together and all but the last stay
 * with the next one, so a block never splits across pages.
 */
import { Paragraph, type IParagraphOptions } from "docx";
import { breakAtSpaces } from "../../document/break-at-spaces.js";
import {
  REVIEWER_SIGNATURE_BLANK_LINES,
  SIGNATURE_AXIS_FROM_LEFT_CM,
  SIGNATURE_BLANK_LINES,
  TWIPS_PER_PT,
} from "../../document/layout.js";
import type { ReviewerBlock, Signature } from "../../document/nodes.js";
import type { BlockContext } from "./blocks.js";
import { STYLE, VALUE_LINE_STYLE } from "./styles.js";
import { cmToTwips } from "./units.js";

const NO_BREAK_SPACE = "\u00A0";
import { thaiTabRun, thaiTextRun } from "./thai-run.js";

export function signature(node: Signature, context: SignatureContext): Paragraph[] {
  return keptTogether([
    ...blankLines(SIGNATURE_BLANK_LINES),
    ...columnLines(node.lines, context).map(centredOnAxis),
  ]);
}

/** What the signature lines are measured with: the page and the DOCX font's widths. */
export type SignatureContext = Pick<BlockContext, "page" | "measure" | "type">;

/**
 * The lines, each wider than the signature column broken at its spaces (breakAtSpaces): the
 * column is the signature style's box, from its left indent (2 × axis − text width) to the
 * right margin, measured as the PDF measures it.
 */
function columnLines(lines: readonly string[], { page, measure, type }: SignatureContext): string[] {
  const axisIndent = Math.max(0, 2 * cmToTwips(SIGNATURE_AXIS_FROM_LEFT_CM) - page.textWidth);
  const columnPt = (page.textWidth - axisIndent) / TWIPS_PER_PT;
  return lines.flatMap((line) => breakAtSpaces(line, columnPt, (s) => measure.width(s, type.bodyPt, false)));
}

/** Heading, dotted lines across the text width for the handwritten comment, then a signature. */
export function reviewer(node: ReviewerBlock, context: SignatureContext): Paragraph[] {
  const title: IParagraphOptions = { style: STYLE.reviewer, children: [thaiTextRun(node.title)] };
  // A dotted writing line: an underlined tab to the margin's stop. A no-break space leads it:
  // LibreOffice sets a line that holds nothing but a tab 4.5 pt shorter than its exact pitch
  // (each reviewer block came out 4.5 pt per line shorter than the PDF's); with it, equal.
  const dotted = Array.from({ length: node.dottedLines }, (): IParagraphOptions => ({
    style: STYLE.reviewerLine,
    children: [
      thaiTextRun(NO_BREAK_SPACE, { characterStyle: VALUE_LINE_STYLE }),
      thaiTabRun({ characterStyle: VALUE_LINE_STYLE }),
    ],
  }));
  return keptTogether([
    title,
    ...dotted,
    ...blankLines(REVIEWER_SIGNATURE_BLANK_LINES),
    ...columnLines(node.signature, context).map(centredOnAxis),
  ]);
}

function centredOnAxis(text: string): IParagraphOptions {
  return { style: STYLE.signature, children: [thaiTextRun(text)] };
}

function blankLines(count: number): IParagraphOptions[] {
  return Array.from({ length: count }, () => ({ style: STYLE.signature, children: [] }));
}

function keptTogether(options: readonly IParagraphOptions[]): Paragraph[] {
  return options.map(
    (option, index) => new Paragraph({ ...option, keepLines: true, keepNext: index < options.length - 1 }),
  );
}
