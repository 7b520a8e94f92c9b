/**
 * The named styles of both documents: every paragraph references one, so a clerk who applies a
 * style, or pastes plain text into a paragraph, keeps the memo's look. Styles carry the font,
 * sizes, Thai language, the exact line pitch (the PDF's, from typography.ts) and the paragraph
 * settings; direct formatting is left for what a style cannot say (the 6 pt before เรื่อง's
 * cells, a marker's hanging indent in a cell, a size shrunk to fit).
 *
 * Document defaults: the body size on the body pitch, widow and orphan control on, so anything
 * the clerk types outside a styled paragraph still looks like the memo.
 */
import { AlignmentType, BorderStyle, LineRuleType, UnderlineType, type IStylesOptions } from "docx";
import {
  ANNOUNCEMENT_DATE_BLANK_LINES,
  ANNOUNCEMENT_EMBLEM_HEIGHT_CM,
  ANNOUNCEMENT_RULE_LENGTH_CM,
  ANNOUNCEMENT_RULE_STROKE_PT,
  DOCX_WRITING_LINE_EIGHTHS,
  FIRST_LINE_INDENT_CM,
  MEMO_EMBLEM_HEIGHT_CM,
  PT_PER_CM,
  MEMO_TITLE_LINE_PT,
  PARAGRAPH_SPACE_BEFORE_PT,
  REVIEWER_SPACE_BEFORE_PT,
  SIGNATURE_AXIS_FROM_LEFT_CM,
  TWIPS_PER_PT,
} from "../../document/layout.js";
import { pitchOf, type Typography } from "../../document/typography.js";
import type { PageGeometry } from "./page-geometry.js";
import { THAI_LANGUAGE } from "./thai-run.js";
import { cmToTwips, ptToHalfPoints, ptToTwips } from "./units.js";

/** Style ids, referenced by the writers. Names (what Word shows) are in STYLE_NAMES. */
export const STYLE = {
  body: "MemoBody",
  salutation: "MemoSalutation",
  heading: "MemoSectionHeading",
  closing: "MemoClosing",
  list: "MemoListItem",
  title: "MemoTitle",
  headerLabel: "MemoHeaderLabel",
  headerValue: "MemoHeaderValue",
  signature: "MemoSignature",
  reviewer: "MemoReviewer",
  reviewerLine: "MemoReviewerLine",
  pageNumber: "PageNumber",
  coverTitle: "CoverTitle",
  coverAgency: "CoverAgency",
  tableTitle: "TableTitle",
  tableText: "TableText",
  tableHeader: "TableHeader",
  tableMark: "TableMark",
  announcementEmblem: "AnnouncementEmblem",
  announcementTitle: "AnnouncementTitle",
  announcementRule: "AnnouncementRule",
  announcementDate: "AnnouncementDate",
} as const;

/** The character style of a reviewer's writing line: a dotted underline carried by a tab to the margin. */
export const VALUE_LINE_STYLE = "MemoWritingLine";

const STYLE_NAMES: Record<(typeof STYLE)[keyof typeof STYLE] | typeof VALUE_LINE_STYLE, string> = {
  MemoBody: "Memo Body (เนื้อความ)",
  MemoSalutation: "Memo Salutation (เรียน)",
  MemoSectionHeading: "Memo Section Heading (หัวข้อ)",
  MemoClosing: "Memo Closing (จึงเรียนมา)",
  MemoListItem: "Memo List Item (รายการ)",
  MemoTitle: "Memo Title (บันทึกข้อความ)",
  MemoHeaderLabel: "Memo Header Label (ส่วนราชการ ที่ วันที่ เรื่อง)",
  MemoHeaderValue: "Memo Header Value",
  MemoWritingLine: "Memo Writing Line (จุดไข่ปลา)",
  MemoSignature: "Memo Signature (ลงชื่อ)",
  MemoReviewer: "Memo Reviewer (ความคิดเห็น)",
  MemoReviewerLine: "Memo Reviewer Writing Line",
  PageNumber: "Page Number",
  CoverTitle: "Cover Title",
  CoverAgency: "Cover Agency",
  TableTitle: "Table Title",
  TableText: "Table Text",
  TableHeader: "Table Header",
  TableMark: "Table Status Mark",
  AnnouncementEmblem: "Announcement Emblem (ตราครุฑ)",
  AnnouncementTitle: "Announcement Title (ประกาศ เรื่อง)",
  AnnouncementRule: "Announcement Rule",
  AnnouncementDate: "Announcement Date (ประกาศ ณ วันที่)",
};

/**
 * The exact line of a memo header cell, in twips: the header pitch less the writing line's width.
 * LibreOffice makes a row at least as tall as its text and its bottom border together, so a full
 * pitch of text would grow each row by the border; text and border together fill the pitch, and
 * whether Word adds the border or not, the row keeps the pitch the PDF has.
 */
export function headerLineTwips(type: Typography): number {
  return Math.floor(ptToTwips(type.labelPitchPt) - (DOCX_WRITING_LINE_EIGHTHS * TWIPS_PER_PT) / 8);
}

export function documentStyles(type: Typography, memoPage: PageGeometry): IStylesOptions {
  const run = (sizePt: number, bold = false) => ({
    font: type.font,
    size: ptToHalfPoints(sizePt),
    sizeComplexScript: ptToHalfPoints(sizePt),
    ...(bold ? { bold: true, boldComplexScript: true } : {}),
    language: { bidirectional: THAI_LANGUAGE },
  });
  const exact = (pitchPt: number) => ({ line: ptToTwips(pitchPt), lineRule: LineRuleType.EXACT });
  const body = exact(type.bodyPitchPt);
  const headerLine = { line: headerLineTwips(type), lineRule: LineRuleType.EXACT };
  const before = ptToTwips(PARAGRAPH_SPACE_BEFORE_PT);
  const indent = cmToTwips(FIRST_LINE_INDENT_CM);
  // Centred between the left indent and the right margin, a line's middle is on the signature
  // axis when the left indent is 2 × axis − text width.
  const titlePadding = ptToTwips(Math.max(0, (MEMO_EMBLEM_HEIGHT_CM * PT_PER_CM - MEMO_TITLE_LINE_PT) / 2));
  const axisIndent = Math.max(0, 2 * cmToTwips(SIGNATURE_AXIS_FROM_LEFT_CM) - memoPage.textWidth);
  const ruleIndent = Math.max(
    0,
    Math.round((memoPage.textWidth - cmToTwips(ANNOUNCEMENT_RULE_LENGTH_CM)) / 2),
  );
  const style = (id: keyof typeof STYLE_NAMES, basedOn = "Normal") => ({
    id,
    name: STYLE_NAMES[id],
    basedOn,
    quickFormat: true,
  });
  /** A bold centred line kept with the next (cover and table-title lines) on its size's pitch. */
  const centredLine = (id: keyof typeof STYLE_NAMES, sizePt: number) => ({
    ...style(id),
    run: run(sizePt, true),
    paragraph: { alignment: AlignmentType.CENTER, spacing: exact(pitchOf(type, sizePt)), keepNext: true },
  });
  return {
    default: {
      document: {
        run: run(type.bodyPt),
        // Widow and orphan control is added to these defaults when packing (docx has no option).
        paragraph: { spacing: { before: 0, after: 0, ...body } },
      },
    },
    paragraphStyles: [
      {
        ...style(STYLE.body),
        next: STYLE.body,
        run: run(type.bodyPt),
        paragraph: {
          spacing: { ...body, before },
          indent: { firstLine: indent },
          alignment: AlignmentType.THAI_DISTRIBUTE,
        },
      },
      {
        ...style(STYLE.salutation, STYLE.body),
        next: STYLE.heading,
        paragraph: { indent: { firstLine: 0 }, alignment: AlignmentType.LEFT },
      },
      {
        ...style(STYLE.heading, STYLE.body),
        next: STYLE.body,
        run: { bold: true, boldComplexScript: true },
        paragraph: { alignment: AlignmentType.LEFT, keepNext: true },
      },
      // Kept with the signature that follows it: a page must not start with a lone signature.
      { ...style(STYLE.closing, STYLE.body), next: STYLE.signature, paragraph: { keepNext: true } },
      { ...style(STYLE.list, STYLE.body), next: STYLE.list },
      {
        ...style(STYLE.title),
        run: run(type.titlePt, true),
        // Equal space above and below centre the exact line on the emblem's band.
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { ...exact(MEMO_TITLE_LINE_PT), before: titlePadding, after: titlePadding },
        },
      },
      // The header table's cells (memo-header.ts): a label, and a value on the cell's dotted
      // bottom border, on a line as much shorter than the header pitch as the border is wide.
      {
        ...style(STYLE.headerLabel),
        next: STYLE.headerValue,
        run: run(type.labelPt, true),
        paragraph: { spacing: headerLine, alignment: AlignmentType.LEFT },
      },
      {
        ...style(STYLE.headerValue),
        run: run(type.bodyPt),
        paragraph: { spacing: headerLine, alignment: AlignmentType.LEFT },
      },
      {
        ...style(STYLE.signature),
        run: run(type.bodyPt),
        paragraph: {
          spacing: body,
          alignment: AlignmentType.CENTER,
          indent: { left: axisIndent },
        },
      },
      {
        ...style(STYLE.reviewer),
        next: STYLE.reviewerLine,
        run: run(type.bodyPt),
        paragraph: { spacing: { ...body, before: ptToTwips(REVIEWER_SPACE_BEFORE_PT) }, keepNext: true },
      },
      {
        ...style(STYLE.reviewerLine),
        run: run(type.bodyPt),
        paragraph: {
          spacing: body,
          keepNext: true,
          rightTabStop: memoPage.textWidth,
        },
      },
      {
        ...style(STYLE.pageNumber),
        run: run(type.bodyPt),
        paragraph: { alignment: AlignmentType.CENTER, spacing: body },
      },
      centredLine(STYLE.coverTitle, type.coverTitlePt),
      centredLine(STYLE.coverAgency, type.coverAgencyPt),
      centredLine(STYLE.tableTitle, type.tableTitlePt),
      {
        ...style(STYLE.tableText),
        run: run(type.tablePt),
        paragraph: { spacing: exact(type.tablePitchPt), alignment: AlignmentType.LEFT },
      },
      {
        ...style(STYLE.tableHeader, STYLE.tableText),
        run: { bold: true, boldComplexScript: true },
        paragraph: { alignment: AlignmentType.CENTER, keepLines: true },
      },
      { ...style(STYLE.tableMark, STYLE.tableText), paragraph: { alignment: AlignmentType.CENTER } },
      // The announcement (docs/layout.md §5).
      {
        ...style(STYLE.announcementEmblem),
        next: STYLE.announcementTitle,
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: exact(ANNOUNCEMENT_EMBLEM_HEIGHT_CM * PT_PER_CM),
          keepNext: true,
        },
      },
      {
        ...style(STYLE.announcementTitle),
        next: STYLE.body,
        run: run(type.bodyPt, true),
        paragraph: { alignment: AlignmentType.CENTER, spacing: body, keepNext: true },
      },
      {
        ...style(STYLE.announcementRule),
        next: STYLE.body,
        // Half a body line above the rule and half below: the rule sits in the middle of a line.
        paragraph: {
          spacing: { ...exact(type.bodyPitchPt / 2), after: ptToTwips(type.bodyPitchPt / 2) },
          indent: { left: ruleIndent, right: ruleIndent },
          border: {
            bottom: {
              style: BorderStyle.SINGLE,
              size: Math.round(ANNOUNCEMENT_RULE_STROKE_PT * 8),
              color: "000000",
              space: 0,
            },
          },
          keepNext: true,
        },
      },
      {
        ...style(STYLE.announcementDate, STYLE.signature),
        next: STYLE.signature,
        paragraph: {
          spacing: { before: ptToTwips(ANNOUNCEMENT_DATE_BLANK_LINES * type.bodyPitchPt) },
          keepNext: true,
        },
      },
    ],
    characterStyles: [
      {
        id: VALUE_LINE_STYLE,
        name: STYLE_NAMES[VALUE_LINE_STYLE],
        basedOn: "DefaultParagraphFont",
        quickFormat: true,
        run: { underline: { type: UnderlineType.DOTTED } },
      },
    ],
  };
}
