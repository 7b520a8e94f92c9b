import type { YearData } from "../model/year-data.js";
import { fiscalYearPeriod } from "../thai/fiscal-year.js";
import { creationDateOf } from "./creation-date.js";
import { protectedWords } from "./protected-words.js";
import { digitsFor } from "./digits.js";
import { BUDGET_COLUMN, TABLE_COLUMN_WIDTHS_CM } from "./layout.js";
import { measureRow } from "./measure-row.js";
import type { Cell, Document, TableColumn } from "./nodes.js";
import { foldWhitespace } from "./runs.js";
import {
  COVER_TITLE_LINES,
  HEADER_BUDGET,
  HEADER_DONE,
  HEADER_MEASURE,
  HEADER_NO,
  HEADER_NOT_DONE,
  HEADER_OUTCOMES,
  HEADER_PERIOD,
  HEADER_RESPONSIBLE,
  HEADER_STATUS,
  HEADER_STEPS,
  TABLE_TITLE_OF,
  TABLE_TITLE_PREFIX,
} from "./wording.js";

/** The ITA report: a portrait cover, then the landscape table of measures (docs/layout.md §2). */
export function buildReport(data: YearData): Document {
  const { report, agency } = data;
  const digits = digitsFor(report.numerals);
  const text = (t: string): string => digits.text(foldWhitespace(t));
  const year = digits.number(report.fiscalYear);

  const coverLines = report.cover?.title?.map(text) ?? defaultCoverTitle(year);
  const titleLine =
    report.reportTitle !== undefined ? text(report.reportTitle) : `${TABLE_TITLE_PREFIX}${year}`;
  const place = `${text(agency.district)} ${text(agency.province)}`;
  const period = fiscalYearPeriod(report.fiscalYear);
  const withBudget = hasBudget(data);

  return {
    kind: "report",
    words: protectedWords(data),
    info: {
      title: titleLine,
      author: agency.name,
      subject: `${titleLine} ${TABLE_TITLE_OF}${agency.name}`,
      keywords: ["ITA", `ปีงบประมาณ ${year}`, "มาตรการส่งเสริมคุณธรรมและความโปร่งใส"],
      creationDate: creationDateOf(data),
    },
    pageNumbers: { digits: digits.style, fromPage: 2 },
    typeScale: data.agency.typeScale,
    docxFont: data.agency.docxFont,
    sections: [
      {
        layout: "cover",
        orientation: "portrait",
        blocks: [
          {
            type: "coverTitle",
            ...(data.images.logo ? { logo: data.images.logo } : {}),
            titleLines: coverLines,
            agencyLines: [text(agency.name), place],
          },
        ],
      },
      {
        layout: "table",
        orientation: "landscape",
        blocks: [
          { type: "tableTitle", lines: [titleLine, `${TABLE_TITLE_OF}${text(agency.name)} ${place}`] },
          {
            type: "measureTable",
            columns: tableColumns(withBudget),
            headerRows: headerRows(withBudget),
            rows: data.measures.map((measure) => measureRow(measure, period, digits, withBudget)),
          },
        ],
      },
    ],
  };
}

function defaultCoverTitle(year: string): string[] {
  const lines: string[] = [...COVER_TITLE_LINES];
  lines[lines.length - 1] = `${lines[lines.length - 1]}${year}`;
  return lines;
}

/** True when any measure carries a budget: the tables then gain a งบประมาณ column. */
export function hasBudget(data: YearData): boolean {
  return data.measures.some((measure) => measure.budget !== undefined);
}

/**
 * The budget column comes after ผู้รับผิดชอบ, its width taken from the flexible outcome column;
 * it widens to its largest amount, which never breaks.
 */
function tableColumns(withBudget: boolean): TableColumn[] {
  // ลำดับที่ widens to the longest measure number (๑๐๐ at the `new` scale), which never breaks.
  const columns: TableColumn[] = TABLE_COLUMN_WIDTHS_CM.map((widthCm, i) =>
    i === 0 ? { widthCm, fitContent: true } : { widthCm },
  );
  if (withBudget) columns.splice(RESPONSIBLE_COLUMN + 1, 0, BUDGET_COLUMN);
  return [...columns, {}];
}

/** Index of ผู้รับผิดชอบ among the columns. */
const RESPONSIBLE_COLUMN = 4;

function header(text: string, span: { colSpan?: number; rowSpan?: number } = {}): Cell {
  return { content: [{ kind: "text", runs: [{ text, bold: true }], level: 0, align: "center" }], ...span };
}

/** Two header rows; the status group spans its two sub-columns, every other heading both rows. */
function headerRows(withBudget: boolean): Cell[][] {
  const both = { rowSpan: 2 };
  return [
    [
      header(HEADER_NO, both),
      header(HEADER_MEASURE, both),
      header(HEADER_STEPS, both),
      header(HEADER_PERIOD, both),
      header(HEADER_RESPONSIBLE, both),
      ...(withBudget ? [header(HEADER_BUDGET, both)] : []),
      header(HEADER_STATUS, { colSpan: 2 }),
      header(HEADER_OUTCOMES, both),
    ],
    [header(HEADER_DONE), header(HEADER_NOT_DONE)],
  ];
}
