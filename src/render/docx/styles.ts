/**
 * Document defaults: Sarabun in every script slot, 16 pt, Thai as the complex-script language,
 * no space between paragraphs and single spacing unless a role says otherwise. Paragraph marks
 * and anything the clerk types into an empty line then look like the rest of the memo.
 */
import { LineRuleType, type IStylesOptions } from "docx";
import type { Typography } from "../../document/typography.js";
import { THAI_LANGUAGE } from "./thai-run.js";
import { ptToHalfPoints } from "./units.js";

export function documentStyles(type: Typography): IStylesOptions {
  const size = ptToHalfPoints(type.bodyPt);
  return {
    default: {
      document: {
        run: {
          font: type.font,
          size,
          sizeComplexScript: size,
          language: { bidirectional: THAI_LANGUAGE },
        },
        // Single spacing (240/240 of the font's line); lineRule written out, since LibreOffice
        // reads a bare w:line as an exact height.
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
  };
}
