import {
  ANNOUNCEMENT_DATE_BLANK_LINES,
  CLOSING_MAX_LINES_KEPT_WITH_SIGNATURE,
  FIRST_LINE_INDENT_CM,
  PARAGRAPH_SPACE_BEFORE_PT,
  SIGNATURE_BLANK_LINES,
} from "../../document/layout.js";
import type { DateLine, Paragraph, Signature } from "../../document/nodes.js";
import type { Typography } from "../../document/typography.js";
import { textWidth } from "./measure-text.js";
import { memoParagraph } from "./memo-paragraph.js";
import type { PageFrame } from "./page-frame.js";
import { dateLine as dateLineNode, signatureBlock } from "./signature-block.js";
import { cm } from "./units.js";
import { wrapText } from "./wrap-text.js";

/**
 * Lines of room kept beyond the estimate: the estimate breaks lines greedily and flush, the
 * engine distributes them, and a position line wider than the signature column wraps.
 */
const ESTIMATE_SLACK_LINES = 2;

/**
 * The closing paragraph ("จึงเรียนมาเพื่อโปรดพิจารณา") and the signature under it, kept on one
 * page as one unbreakable block: a page that holds only the signature, with the text it signs on
 * the page before, could be taken off and put under another text. The DOCX keeps them together
 * the same way (the closing style's keepNext). A closing longer than
 * CLOSING_MAX_LINES_KEPT_WITH_SIGNATURE, or too long to share one page with the signature (an
 * unbreakable block taller than a page would lose what does not fit), is left to break like any
 * paragraph.
 *
 * A ประกาศ puts its date line ("ประกาศ ณ วันที่ …") between its closing paragraph
 * ("จึงประกาศให้ทราบโดยทั่วกัน") and the signature: the three go over as one block, and when the
 * closing must break, the date line still stays with the signature it dates.
 */
export function closingWithSignature(
  closing: Paragraph,
  signature: Signature,
  frame: PageFrame,
  type: Typography,
  dated?: DateLine,
): object[] {
  const closingNode = memoParagraph(closing, type);
  const signed = signatureWithDate(signature, frame, type, dated);
  if (!movesWhole(closing, signature, frame, type, dated)) return [closingNode, signed];
  return [{ unbreakable: true, stack: [closingNode, signed] }];
}

function signatureWithDate(
  signature: Signature,
  frame: PageFrame,
  type: Typography,
  dated: DateLine | undefined,
): object {
  const signatureNode = signatureBlock(signature, frame, type);
  if (dated === undefined) return signatureNode;
  return { unbreakable: true, stack: [dateLineNode(dated, frame, type), signatureNode] };
}

function movesWhole(
  closing: Paragraph,
  signature: Signature,
  frame: PageFrame,
  type: Typography,
  dated: DateLine | undefined,
): boolean {
  const indent = cm(FIRST_LINE_INDENT_CM);
  const text = closing.runs.map((run) => run.text).join("");
  const closingLines = wrapText(
    text,
    (line) => frame.textWidth - (line === 0 ? indent : 0),
    (s) => textWidth(s, type.bodyPt),
  ).length;
  if (closingLines > CLOSING_MAX_LINES_KEPT_WITH_SIGNATURE) return false;
  // The date line is one line (its text is far shorter than the signature column) after its blank.
  const dateLines = dated === undefined ? 0 : ANNOUNCEMENT_DATE_BLANK_LINES + 1;
  const lines =
    closingLines + dateLines + SIGNATURE_BLANK_LINES + signature.lines.length + ESTIMATE_SLACK_LINES;
  const pageRoom = frame.height - frame.top - frame.bottom;
  return PARAGRAPH_SPACE_BEFORE_PT + lines * type.bodyPitchPt <= pageRoom;
}
