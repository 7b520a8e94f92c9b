import type { PageNumbering } from "../../document/nodes.js";
import type { Typography } from "../../document/typography.js";
import { lineHeightFor } from "./line-pitch.js";
import { formatNumber } from "../../thai/numerals.js";
import type { PageFrame } from "./page-frame.js";
import { thaiText } from "./thai-text.js";

/**
 * The page-number node's style name (no style of that name exists: it only marks the node).
 * pdfmake lists header nodes among a page's nodes, after its body, and the page-break hook must
 * not take a page number for text that follows on the page. A style, not an id: pdfmake writes
 * every id into the PDF as a named destination.
 */
export const PAGE_NUMBER_STYLE = "pageNumber";

/**
 * The page header: "- ๒ -" centred over the text area, its line `frame.pageNumberTop` below the
 * edge, from `fromPage` on (docs/layout.md §1: none on page 1). The header is the top margin,
 * and pdfmake silently drops a header taller than it: a line that would reach past the margin
 * (the `new` type scale's 32.2 pt pitch 1.5 cm down a 2.5 cm margin) moves up just enough to fit.
 */
export function pageNumberHeader(
  numbering: PageNumbering,
  frame: PageFrame,
  type: Typography,
): (page: number) => object | null {
  return (page) => {
    if (page < numbering.fromPage) return null;
    const n = formatNumber(page, numbering.digits);
    return {
      style: PAGE_NUMBER_STYLE,
      text: thaiText(`- ${n} -`),
      fontSize: type.bodyPt,
      lineHeight: lineHeightFor(type.bodyPitchPt, type.bodyPt),
      alignment: "center",
      margin: [frame.left, Math.min(frame.pageNumberTop, frame.top - type.bodyPitchPt), frame.right, 0],
    };
  };
}
