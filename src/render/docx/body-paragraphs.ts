/**
 * The memo body: เรียน, section heads, body paragraphs, the closing line and lists, each in its
 * named style (styles.ts): body text distributed the Thai way (`thaiDistribute`: Word spreads the
 * slack over letters, not spaces), the body size on the exact body pitch, 6 pt before every
 * paragraph, the first line indented 2.5 cm.
 */
import { Paragraph } from "docx";
import { CLOSING_MAX_LINES_KEPT_WITH_SIGNATURE, FIRST_LINE_INDENT_CM } from "../../document/layout.js";
import type { List, Paragraph as ParagraphNode } from "../../document/nodes.js";
import type { Typography } from "../../document/typography.js";
import { wrapText } from "../pdf/wrap-text.js";
import type { PageGeometry } from "./page-geometry.js";
import { STYLE } from "./styles.js";
import type { TextMeasure } from "./text-measure.js";
import { cmToTwips } from "./units.js";
import { thaiRuns, thaiTextRun } from "./thai-run.js";

const ROLE_STYLE: Record<ParagraphNode["role"], string> = {
  salutation: STYLE.salutation,
  heading: STYLE.heading,
  body: STYLE.body,
  closing: STYLE.closing,
};

/** What a closing's length is measured against. */
export interface ClosingContext {
  readonly page: PageGeometry;
  readonly measure: TextMeasure;
  readonly type: Typography;
}

export function bodyParagraph(node: ParagraphNode, context: ClosingContext): Paragraph {
  const children = thaiRuns(node.runs);
  if (node.role === "closing" && !keptWithSignature(node, context)) {
    // The closing style keeps it with the signature; a long closing breaks like body text.
    return new Paragraph({ style: ROLE_STYLE[node.role], keepNext: false, children });
  }
  return new Paragraph({ style: ROLE_STYLE[node.role], children });
}

/** The PDF's rule (closing-with-signature.ts): a closing of a few lines only goes with the signature. */
function keptWithSignature(node: ParagraphNode, { page, measure, type }: ClosingContext): boolean {
  const widthPt = page.textWidth / 20;
  const indentPt = cmToTwips(FIRST_LINE_INDENT_CM) / 20;
  const lines = wrapText(
    node.runs.map((run) => run.text).join(""),
    (line) => widthPt - (line === 0 ? indentPt : 0),
    (s) => measure.width(s, type.bodyPt, false),
    CLOSING_MAX_LINES_KEPT_WITH_SIGNATURE,
  );
  return lines.length <= CLOSING_MAX_LINES_KEPT_WITH_SIGNATURE;
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
