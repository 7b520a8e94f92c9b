/**
 * Document defaults: Sarabun in every script slot, 16 pt, Thai as the complex-script language,
 * no space between paragraphs and single spacing unless a role says otherwise. Paragraph marks
 * and anything the clerk types into an empty line then look like the rest of the memo.
 */
import { LineRuleType, type IStylesOptions } from "docx";
import { BODY_SIZE_PT, FONT_FAMILY } from "../../document/layout.js";
import { THAI_LANGUAGE } from "./thai-run.js";
import { ptToHalfPoints } from "./units.js";

export function documentStyles(): IStylesOptions {
  const size = ptToHalfPoints(BODY_SIZE_PT);
  return {
    default: {
      document: {
        run: {
          font: FONT_FAMILY,
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
