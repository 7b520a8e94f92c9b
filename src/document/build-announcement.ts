import type { Announcement } from "../model/report.js";
import type { YearData } from "../model/year-data.js";
import type { CalendarDate } from "../thai/calendar-date.js";
import { fiscalYearPeriod } from "../thai/fiscal-year.js";
import { formatThaiDate } from "../thai/format-date.js";
import type { Digits } from "./digits.js";
import { signatureLines } from "./build-memo.js";
import { creationDateOf } from "./creation-date.js";
import { digitsFor } from "./digits.js";
import { hasBudget } from "./build-report.js";
import { BUDGET_COLUMN, PLAN_COLUMN_WIDTHS_CM } from "./layout.js";
import { planCells } from "./measure-row.js";
import { fillPlaceholders } from "./placeholders.js";
import type { Block, Cell, Document, TableColumn } from "./nodes.js";
import { protectedWords } from "./protected-words.js";
import { foldWhitespace, toRuns } from "./runs.js";
import {
  ANNOUNCEMENT_DATE_PREFIX,
  ANNOUNCEMENT_SUBJECT_PREFIX,
  ANNOUNCEMENT_TITLE_PREFIX,
  ERA_BE,
  HEADER_BUDGET,
  HEADER_NO,
  HEADER_PERIOD,
  HEADER_PLAN_MEASURE,
  HEADER_RESPONSIBLE,
  HEADER_STEPS,
  LABEL_SUBJECT,
  PLAN_TITLE_ATTACHED_TO,
  PLAN_TITLE_DATED,
} from "./wording.js";

/**
 * The announcement of the year's measures (ประกาศ, docs/layout.md §5): the official ประกาศ page
 * (the 3 cm Garuda centred, title, rule, preamble, "ประกาศ ณ วันที่ …", the head's signature),
 * then the measures as a landscape plan table without result columns.
 * @throws Error when the report has no announcement (the build only asks when it has one).
 */
export function buildAnnouncement(data: YearData): Document {
  const { report, agency } = data;
  const announcement = report.announcement;
  if (announcement === undefined) throw new Error("buildAnnouncement: report.yaml has no announcement");
  const digits = digitsFor(report.numerals);
  const text = (t: string): string => digits.text(foldWhitespace(t));
  const fill = (t: string): string => fillPlaceholders(t, data.measures, report.numerals);
  const year = digits.number(report.fiscalYear);
  const subject =
    announcement.subject !== undefined
      ? text(announcement.subject)
      : `${ANNOUNCEMENT_SUBJECT_PREFIX} ${year}`;
  const issuer = `${ANNOUNCEMENT_TITLE_PREFIX}${text(agency.name)}`;
  const dated = announcement.date === undefined ? "" : announcementDate(announcement.date, digits);

  const page: Block[] = [
    {
      type: "announcementTitle",
      ...(data.images.emblem ? { emblem: data.images.emblem } : {}),
      lines: [
        issuer,
        ...(announcement.number !== undefined ? [text(announcement.number)] : []),
        `${LABEL_SUBJECT} ${subject}`,
      ],
    },
    // The last paragraph is the ประกาศ's closing ("จึงประกาศให้ทราบโดยทั่วกัน"): it goes over to a
    // new page with the date line and the signature, never leaving them alone on it.
    ...announcement.preamble.map((paragraph, index): Block => ({
      type: "paragraph",
      role: index === announcement.preamble.length - 1 ? "closing" : "body",
      runs: toRuns(fill(paragraph), digits),
    })),
    {
      type: "dateLine",
      text: dated === "" ? ANNOUNCEMENT_DATE_PREFIX : `${ANNOUNCEMENT_DATE_PREFIX} ${dated}`,
    },
    { type: "signature", lines: signatureLines(announcement.signer, text) },
  ];
  const planTitle =
    dated === ""
      ? `${PLAN_TITLE_ATTACHED_TO}${text(agency.name)}`
      : `${PLAN_TITLE_ATTACHED_TO}${text(agency.name)} ${PLAN_TITLE_DATED} ${dated}`;
  const period = fiscalYearPeriod(report.fiscalYear);
  const withBudget = hasBudget(data);

  return {
    kind: "announcement",
    words: protectedWords(data),
    info: {
      title: `${issuer} ${LABEL_SUBJECT} ${subject}`,
      author: agency.name,
      subject,
      keywords: ["ITA", `ปีงบประมาณ ${year}`, ANNOUNCEMENT_TITLE_PREFIX],
      creationDate: creationDate(announcement, data),
    },
    pageNumbers: { digits: digits.style, fromPage: 2 },
    typeScale: agency.typeScale,
    docxFont: agency.docxFont,
    sections: [
      { layout: "memo", orientation: "portrait", blocks: page },
      {
        layout: "table",
        orientation: "landscape",
        blocks: [
          { type: "tableTitle", lines: [subject, planTitle] },
          {
            type: "measureTable",
            columns: planColumns(withBudget),
            headerRows: [planHeader(withBudget)],
            rows: data.measures.map((measure) => planCells(measure, period, digits, withBudget)),
          },
        ],
      },
    ],
  };
}

/** "๑ ตุลาคม พ.ศ. ๒๕๖๗": an announcement writes the era before the year. */
export function announcementDate(date: CalendarDate, digits: Digits): string {
  const [day, month, yearBe] = formatThaiDate(date, "full", digits.style).split(" ");
  return `${day} ${month} ${ERA_BE} ${yearBe}`;
}

function creationDate(announcement: Announcement, data: YearData): CalendarDate {
  return announcement.date ?? creationDateOf(data);
}

/** ลำดับ | มาตรการ | ขั้นตอน/วิธีการ (the rest of the width) | ระยะเวลา | ผู้รับผิดชอบ. */
function planColumns(withBudget: boolean): TableColumn[] {
  const widths = PLAN_COLUMN_WIDTHS_CM;
  return [
    // Widens to the longest measure number, as the report's ลำดับที่.
    { widthCm: widths.no, fitContent: true },
    { widthCm: widths.measure },
    {},
    { widthCm: widths.period },
    { widthCm: widths.responsible },
    ...(withBudget ? [BUDGET_COLUMN] : []),
  ];
}

function header(text: string): Cell {
  return { content: [{ kind: "text", runs: [{ text, bold: true }], level: 0, align: "center" }] };
}

function planHeader(withBudget: boolean): Cell[] {
  const headings = [HEADER_NO, HEADER_PLAN_MEASURE, HEADER_STEPS, HEADER_PERIOD, HEADER_RESPONSIBLE];
  return [...headings, ...(withBudget ? [HEADER_BUDGET] : [])].map(header);
}
