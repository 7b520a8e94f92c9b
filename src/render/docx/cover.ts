/**
 * The report's cover (optional logo, title lines, agency lines, centred as a block) and the
 * two-line bold title above the measure table. Each line of the tree stays one line: its group
 * shrinks to the size at which the longest line fits, as in the PDF.
 */
import { AlignmentType, ImageRun, Paragraph } from "docx";
import {
  COVER_BLOCK_TOP_CM,
  COVER_GAP_PT,
  COVER_LOGO_HEIGHT_CM,
  PT_PER_CM,
  TABLE_TITLE_SPACE_AFTER_PT,
  TWIPS_PER_PT,
} from "../../document/layout.js";
import { pitchOf, type Typography } from "../../document/typography.js";
import { STYLE } from "./styles.js";
import type { CoverTitle, TableTitle } from "../../document/nodes.js";
import type { DrawingIds } from "./drawing-ids.js";
import { docxImage } from "./image.js";
import type { PageGeometry } from "./page-geometry.js";
import { sizeToFit, type TextMeasure } from "./text-measure.js";
import { thaiTextRun } from "./thai-run.js";
import { cmToPx, ptToTwips } from "./units.js";

interface Context {
  readonly page: PageGeometry;
  readonly ids: DrawingIds;
  readonly measure: TextMeasure;
  readonly type: Typography;
}

/**
 * The block starts COVER_BLOCK_TOP_CM below the paper edge; without a logo its place stays empty,
 * so the title sits at the same height either way.
 */
export function coverTitle(node: CoverTitle, context: Context): Paragraph[] {
  const logoPt = COVER_LOGO_HEIGHT_CM * PT_PER_CM;
  const topPt = COVER_BLOCK_TOP_CM * PT_PER_CM - context.page.top / TWIPS_PER_PT;
  const gap = ptToTwips(COVER_GAP_PT);
  const paragraphs: Paragraph[] = [];
  if (node.logo !== undefined) {
    const heightPx = cmToPx(COVER_LOGO_HEIGHT_CM);
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: ptToTwips(Math.max(0, topPt)), after: gap },
        keepNext: true,
        children: [
          new ImageRun({
            ...docxImage(node.logo),
            transformation: { height: heightPx, width: (heightPx * node.logo.widthPx) / node.logo.heightPx },
            altText: { id: context.ids.next(), name: "logo", description: "ตราสัญลักษณ์ของหน่วยงาน" },
          }),
        ],
      }),
    );
  }
  const firstBefore = node.logo === undefined ? ptToTwips(Math.max(0, topPt + logoPt + COVER_GAP_PT)) : 0;
  const { type } = context;
  const titleSize = fittedSize(node.titleLines, type.coverTitlePt, type.coverMinPt, context);
  const agencySize = fittedSize(node.agencyLines, type.coverAgencyPt, type.coverMinPt, context);
  node.titleLines.forEach((line, index) => {
    const before = index === 0 ? firstBefore : 0;
    paragraphs.push(centredLine(line, STYLE.coverTitle, type.coverTitlePt, titleSize, before, 0, type));
  });
  node.agencyLines.forEach((line, index) => {
    const before = index === 0 ? gap : 0;
    paragraphs.push(centredLine(line, STYLE.coverAgency, type.coverAgencyPt, agencySize, before, 0, type));
  });
  return paragraphs;
}

/**
 * The title paragraphs also start the landscape section: LibreOffice 7.4 drew a landscape section
 * as portrait when it began directly with a table.
 */
export function tableTitle(node: TableTitle, context: Context): Paragraph[] {
  const { type } = context;
  const size = fittedSize(node.lines, type.tableTitlePt, type.tableTitleMinPt, context);
  const after = ptToTwips(TABLE_TITLE_SPACE_AFTER_PT);
  return node.lines.map((line, index) =>
    centredLine(
      line,
      STYLE.tableTitle,
      type.tableTitlePt,
      size,
      0,
      index === node.lines.length - 1 ? after : 0,
      type,
    ),
  );
}

function fittedSize(lines: readonly string[], max: number, min: number, context: Context): number {
  const available = context.page.textWidth / TWIPS_PER_PT;
  return Math.min(max, ...lines.map((line) => sizeToFit(context.measure, line, available, max, min)));
}

/**
 * A line in its style (bold, centred, kept with the next line); a size shrunk below the style's
 * to keep the line whole is stated on the run, with the pitch of that size.
 */
function centredLine(
  text: string,
  style: string,
  stylePt: number,
  sizePt: number,
  before: number,
  after: number,
  type: Typography,
): Paragraph {
  const shrunk = sizePt !== stylePt;
  return new Paragraph({
    style,
    spacing: { before, after, ...(shrunk ? { line: ptToTwips(pitchOf(type, sizePt)) } : {}) },
    children: [thaiTextRun(text, shrunk ? { sizePt } : {})],
  });
}
