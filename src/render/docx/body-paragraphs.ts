/**
 * The memo body: เรียน, section heads, body paragraphs, the closing line and lists, each in its
 * named style (styles.ts): body text distributed the Thai way (`thaiDistribute`: Word spreads the
 * slack over letters, not spaces), the body size on the exact body pitch, 6 pt before every
 * paragraph, the first line indented 2.5 cm.
 */
import { Paragraph } from "docx";
import type { List, Paragraph as ParagraphNode } from "../../document/nodes.js";
import { STYLE } from "./styles.js";
import { thaiRuns, thaiTextRun } from "./thai-run.js";

const ROLE_STYLE: Record<ParagraphNode["role"], string> = {
  salutation: STYLE.salutation,
  heading: STYLE.heading,
  body: STYLE.body,
  closing: STYLE.closing,
};

export function bodyParagraph(node: ParagraphNode): Paragraph {
  return new Paragraph({ style: ROLE_STYLE[node.role], children: thaiRuns(node.runs) });
}

/** "-" or "๑." at the first-line indent, wrapped lines back at the margin. */
export function bodyList(node: List): Paragraph[] {
  return node.items.map(
    (item) =>
      new Paragraph({
        style: STYLE.list,
        children: [thaiTextRun(`${item.marker} `), ...thaiRuns(item.runs)],
      }),
  );
}
