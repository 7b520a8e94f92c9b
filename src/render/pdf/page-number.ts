import type { PageNumbering } from "../../document/nodes.js";
import type { Typography } from "../../document/typography.js";
import { lineHeightFor } from "./line-pitch.js";
import { formatNumber } from "../../thai/numerals.js";
import type { PageFrame } from "./page-frame.js";
import { thaiText } from "./thai-text.js";

/**
 * The page header: "- ๒ -" centred over the text area, its line `frame.pageNumberTop` below the
 * edge, from `fromPage` on (docs/layout.md §1: none on page 1).
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
      text: thaiText(`- ${n} -`),
      fontSize: type.bodyPt,
      lineHeight: lineHeightFor(type.bodyPitchPt, type.bodyPt),
      alignment: "center",
      margin: [frame.left, frame.pageNumberTop, frame.right, 0],
    };
  };
}
