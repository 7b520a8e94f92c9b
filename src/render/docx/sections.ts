/**
 * Section properties: A4 in the section's orientation (docx wants the portrait width and height
 * plus the orientation, and swaps them itself), margins from layout.ts, and the page-number header
 * "- ๒ -". The first page of the memo has a different header (`w:titlePg`), none at all; the number is a
 * PAGE field formatted `thaiNumbers` (or `decimal`), so Word keeps counting when the memo is edited.
 */
import {
  Header,
  LineRuleType,
  NumberFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from "docx";
import {
  MEMO_MARGIN_TOP_LATER_PAGES_CM,
  PAGE_NUMBER_TOP_CM,
  PT_PER_CM,
  TABLE_PAGE_NUMBER_TOP_CM,
} from "../../document/layout.js";
import type { Document, Section } from "../../document/nodes.js";
import { typography, type Typography } from "../../document/typography.js";
import type { PageGeometry } from "./page-geometry.js";
import { STYLE } from "./styles.js";
import { cmToTwips, ptToTwips } from "./units.js";

type SectionChildren = ISectionOptions["children"];

export function sectionOptions(
  doc: Document,
  section: Section,
  index: number,
  page: PageGeometry,
  children: SectionChildren,
): ISectionOptions {
  const numbering = doc.pageNumbers;
  const numbered = numbering !== undefined;
  const type = typography(doc.typeScale, doc.docxFont);
  // The memo's first page always differs: it starts at the emblem (1.5 cm), later pages below the
  // header band (2.5 cm), with or without page numbers. Elsewhere only a hidden number differs.
  const memo = section.layout === "memo";
  const differentFirstPage = memo || (numbered && index === 0 && numbering.fromPage > 1);
  const numberOnFirstPage = numbered && !(index === 0 && numbering.fromPage > 1);
  const headers =
    memo || numbered
      ? {
          default: pageHeader(section, numbered, type),
          ...(differentFirstPage
            ? // No first-page header at all when page 1 shows no number: an empty one still has a
              // height, which Word and LibreOffice add above the emblem band.
              numberOnFirstPage
              ? { first: pageHeader(section, true, type) }
              : {}
            : {}),
        }
      : undefined;
  return {
    properties: {
      page: {
        size: {
          width: page.portraitWidth,
          height: page.portraitHeight,
          orientation: page.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: page.top,
          right: page.right,
          bottom: page.bottom,
          left: page.left,
          header: cmToTwips(headerDistanceCm(section)),
          footer: page.bottom,
        },
        ...(numbering === undefined
          ? {}
          : {
              pageNumbers: {
                ...(index === 0 ? { start: 1 } : {}),
                formatType: numbering.digits === "thai" ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL,
              },
            }),
      },
      ...(differentFirstPage ? { titlePage: true } : {}),
    },
    ...(headers === undefined ? {} : { headers }),
    children,
  };
}

function headerDistanceCm(section: Section): number {
  return section.layout === "table" ? TABLE_PAGE_NUMBER_TOP_CM : PAGE_NUMBER_TOP_CM;
}

/**
 * "- ๒ -" centred. In the memo the header is exactly as tall as the band between
 * PAGE_NUMBER_TOP_CM and MEMO_MARGIN_TOP_LATER_PAGES_CM: Word starts the body below a header that
 * reaches past the top margin, so later pages start 2.5 cm down while page 1 (empty header)
 * starts at the emblem, 1.5 cm down. The number sits on a body line at the band's top, as in the
 * PDF; space after it fills the band (one exact line as tall as the band put the number 8.2 pt
 * lower than the PDF's).
 */
function pageHeader(section: Section, numbered: boolean, type: Typography): Header {
  const bandPt = (MEMO_MARGIN_TOP_LATER_PAGES_CM - PAGE_NUMBER_TOP_CM) * PT_PER_CM;
  const linePt = Math.min(bandPt, type.bodyPitchPt);
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        ...(section.layout === "memo"
          ? {
              spacing: {
                line: ptToTwips(linePt),
                lineRule: LineRuleType.EXACT,
                after: ptToTwips(bandPt) - ptToTwips(linePt),
              },
            }
          : {}),
        children: numbered ? [new TextRun({ children: ["- ", PageNumber.CURRENT, " -"] })] : [],
      }),
    ],
  });
}
