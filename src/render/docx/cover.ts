/**
 * The report's cover (optional logo, title lines, agency lines, centred as a block) and the
 * two-line bold title above the measure table.
 */
import { AlignmentType, ImageRun, Paragraph } from "docx";
import {
  COVER_AGENCY_SIZE_PT,
  COVER_BLOCK_TOP_CM,
  COVER_GAP_PT,
  COVER_LOGO_HEIGHT_CM,
  COVER_MARGIN_CM,
  COVER_TITLE_SIZE_PT,
  TABLE_TITLE_SIZE_PT,
  TABLE_TITLE_SPACE_AFTER_PT,
} from "../../document/layout.js";
import type { CoverTitle, TableTitle } from "../../document/nodes.js";
import type { DrawingIds } from "./drawing-ids.js";
import { docxImage } from "./image.js";
import { thaiTextRun } from "./thai-run.js";
import { cmToPx, cmToTwips, ptToTwips } from "./units.js";

export function coverTitle(node: CoverTitle, ids: DrawingIds): Paragraph[] {
  // The block starts COVER_BLOCK_TOP_CM below the paper edge; the margin already gives part of it.
  const firstBefore = Math.max(0, cmToTwips(COVER_BLOCK_TOP_CM - COVER_MARGIN_CM));
  const gap = ptToTwips(COVER_GAP_PT);
  const paragraphs: Paragraph[] = [];
  if (node.logo !== undefined) {
    const heightPx = cmToPx(COVER_LOGO_HEIGHT_CM);
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: firstBefore, after: gap },
        children: [
          new ImageRun({
            ...docxImage(node.logo),
            transformation: { height: heightPx, width: (heightPx * node.logo.widthPx) / node.logo.heightPx },
            altText: { id: ids.next(), name: "logo", description: "ตราสัญลักษณ์ของหน่วยงาน" },
          }),
        ],
      }),
    );
  }
  node.titleLines.forEach((line, index) => {
    const before = index === 0 && paragraphs.length === 0 ? firstBefore : 0;
    paragraphs.push(centredLine(line, COVER_TITLE_SIZE_PT, true, before, 0));
  });
  node.agencyLines.forEach((line, index) => {
    paragraphs.push(centredLine(line, COVER_AGENCY_SIZE_PT, true, index === 0 ? gap : 0, 0));
  });
  return paragraphs;
}

/**
 * The title paragraphs also start the landscape section: LibreOffice 7.4 drew a landscape section
 * as portrait when it began directly with a table.
 */
export function tableTitle(node: TableTitle): Paragraph[] {
  return node.lines.map((line, index) =>
    centredLine(
      line,
      TABLE_TITLE_SIZE_PT,
      true,
      0,
      index === node.lines.length - 1 ? ptToTwips(TABLE_TITLE_SPACE_AFTER_PT) : 0,
    ),
  );
}

function centredLine(text: string, sizePt: number, bold: boolean, before: number, after: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before, after },
    keepNext: true,
    children: [thaiTextRun(text, { sizePt, bold })],
  });
}
