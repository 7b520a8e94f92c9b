/**
 * The memo body: เรียน, section heads, body paragraphs, the closing line and lists. Body text is
 * distributed the Thai way (`thaiDistribute`: Word spreads the slack over letters, not spaces),
 * the body size on the exact body pitch, 6 pt before every paragraph.
 */
import { AlignmentType, Paragraph } from "docx";
import { FIRST_LINE_INDENT_CM } from "../../document/layout.js";
import type { List, Paragraph as ParagraphNode } from "../../document/nodes.js";
import type { Typography } from "../../document/typography.js";
import { bodyLine, SPACE_BEFORE } from "./line-spacing.js";
import { thaiRuns, thaiTextRun } from "./thai-run.js";
import { cmToTwips } from "./units.js";

export function bodyParagraph(node: ParagraphNode, type: Typography): Paragraph {
  const BODY = { font: type.font, sizePt: type.bodyPt };
  const spacing = { ...bodyLine(type), before: SPACE_BEFORE };
  const indented = { firstLine: cmToTwips(FIRST_LINE_INDENT_CM) };
  switch (node.role) {
    case "salutation":
      return new Paragraph({ spacing, children: thaiRuns(node.runs, BODY) });
    case "heading":
      return new Paragraph({
        spacing,
        indent: indented,
        keepNext: true,
        children: thaiRuns(node.runs, { ...BODY, bold: true }),
      });
    case "body":
      return new Paragraph({
        spacing,
        indent: indented,
        alignment: AlignmentType.THAI_DISTRIBUTE,
        children: thaiRuns(node.runs, BODY),
      });
    case "closing":
      // Kept with the signature that follows it: a page must not start with a lone signature.
      return new Paragraph({
        spacing,
        indent: indented,
        keepNext: true,
        children: thaiRuns(node.runs, BODY),
      });
  }
}

/** "-" or "๑." at the first-line indent, wrapped lines back at the margin. */
export function bodyList(node: List, type: Typography): Paragraph[] {
  const BODY = { font: type.font, sizePt: type.bodyPt };
  return node.items.map(
    (item) =>
      new Paragraph({
        spacing: { ...bodyLine(type), before: SPACE_BEFORE },
        indent: { firstLine: cmToTwips(FIRST_LINE_INDENT_CM) },
        alignment: AlignmentType.THAI_DISTRIBUTE,
        children: [thaiTextRun(`${item.marker} `, BODY), ...thaiRuns(item.runs, BODY)],
      }),
  );
}
