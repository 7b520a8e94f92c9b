/**
 * The signature and the reviewers' comment blocks (เกษียน). Lines are centred on the signature
 * axis by the signature style (a centred paragraph whose left indent puts the middle of its box
 * on the axis). Every paragraph of a block keeps its lines together and all but the last stay
 * with the next one, so a block never splits across pages.
 */
import { Paragraph, type IParagraphOptions } from "docx";
import { REVIEWER_SIGNATURE_BLANK_LINES, SIGNATURE_BLANK_LINES } from "../../document/layout.js";
import type { ReviewerBlock, Signature } from "../../document/nodes.js";
import { STYLE, VALUE_LINE_STYLE } from "./styles.js";

const NO_BREAK_SPACE = "\u00A0";
import { thaiTabRun, thaiTextRun } from "./thai-run.js";

export function signature(node: Signature): Paragraph[] {
  return keptTogether([...blankLines(SIGNATURE_BLANK_LINES), ...node.lines.map(centredOnAxis)]);
}

/** Heading, dotted lines across the text width for the handwritten comment, then a signature. */
export function reviewer(node: ReviewerBlock): Paragraph[] {
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
    ...node.signature.map(centredOnAxis),
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
