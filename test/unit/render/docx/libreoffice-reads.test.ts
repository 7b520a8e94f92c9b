import { describe, expect, it } from "vitest";
import {
  A4_WIDTH_PT,
  LEADER_BELOW_BASELINE_EM,
  MEMO_MARGIN_RIGHT_CM,
  PT_PER_CM,
} from "../../../../src/document/layout.js";
import type { Document } from "../../../../src/document/nodes.js";
import { typography } from "../../../../src/document/typography.js";
import { renderDocx } from "../../../../src/render/docx/index.js";
import { renderPdf } from "../../../../src/render/pdf/index.js";
import { pdfjsLines } from "../../../helpers/pdf-text.js";
import { readPdf } from "../pdf/helpers/read-pdf.js";
import { tableRowsReport } from "../../../fixtures/documents/table-rows.js";
import { documentTexts } from "../../../helpers/document-texts.js";
import { realDocuments } from "../../../helpers/real-documents.js";
import { convertWithLibreOffice, imagesDrawn, piecesIn, squeeze } from "./helpers/libreoffice.js";

const { memo, report, announcement } = await realDocuments();
const converted = {
  memo: convertWithLibreOffice(await renderDocx(memo), "memo"),
  announcement: convertWithLibreOffice(await renderDocx(announcement), "announcement"),
  report: convertWithLibreOffice(await renderDocx(report), "report"),
  rows: convertWithLibreOffice(await renderDocx(tableRowsReport), "rows"),
};

/** The page number line "- 2 -": LibreOffice draws thaiNumbers as Arabic digits. */
const PAGE_NUMBER_LINE = /^- ?[0-9๐-๙]+ ?-$/m;

function allTexts(doc: Document): string[] {
  return documentTexts(doc).filter((t) => squeeze(t) !== "");
}

describe("LibreOffice reading the memo DOCX", () => {
  const { pageSizes, pageTexts } = converted.memo;

  it("lays every page out A4 portrait", () => {
    expect(pageSizes.length).toBeGreaterThan(1);
    for (const size of pageSizes) {
      expect(size.width).toBeCloseTo(595.3, 0);
      expect(size.height).toBeCloseTo(841.9, 0);
    }
  });

  it("shows every text of the tree, in order, each paragraph whole or continued on the next page", () => {
    const stream = squeeze(pageTexts.map((t) => t.replace(PAGE_NUMBER_LINE, "")).join(""));
    let from = 0;
    for (const text of allTexts(memo)) {
      expect(piecesIn(stream.slice(from), squeeze(text)), text).toBeLessThanOrEqual(2);
      from += Math.max(0, stream.slice(from).indexOf(squeeze(text).slice(0, 8)));
    }
  });

  it("numbers pages from the second on, '- 2 -' at the top, and not the first page", () => {
    expect(pageTexts[0]).not.toMatch(PAGE_NUMBER_LINE);
    pageTexts.slice(1).forEach((text, i) => {
      expect(text.split("\n")[0]?.trim()).toMatch(new RegExp(`^- ?(${i + 2}|${"๐๑๒๓๔๕๖๗๘๙"[i + 2]}) ?-$`));
    });
  });
});

describe("LibreOffice laying out the memo's lines where the PDF has them", async () => {
  const TYPE = typography("psk");
  const ours = await renderPdf(memo);
  const [theirs] = await readPdf(converted.memo.pdf);
  // The page number's digits differ (LibreOffice draws thaiNumbers as Arabic digits).
  const lines = async (pdf: Uint8Array) =>
    (await pdfjsLines(pdf)).filter((l) => !/^-.*-$/u.test(squeeze(l.text)));

  it("puts every line, and the page number, within 2 pt of the PDF's baseline on the same page", async () => {
    // LibreOffice's PDF maps some vowel glyphs to no text: lines are matched by their first two
    // consonants (or digits, Latin letters).
    const key = (text: string): string =>
      text.replace(/[^\u0E01-\u0E2E\u0E50-\u0E590-9A-Za-z]/gu, "").slice(0, 2);
    const [expected, actual] = [await lines(ours), await lines(converted.memo.pdf)];
    expect(actual.map((l) => `${l.page} ${key(l.text)}`)).toEqual(
      expected.map((l) => `${l.page} ${key(l.text)}`),
    );
    const pageNumber = async (pdf: Uint8Array) =>
      (await pdfjsLines(pdf)).find((l) => l.page === 2 && /^-.*-$/u.test(squeeze(l.text)))?.y ?? Number.NaN;
    expect(Math.abs((await pageNumber(converted.memo.pdf)) - (await pageNumber(ours)))).toBeLessThanOrEqual(
      2,
    );
    actual.forEach((line, i) =>
      expect(Math.abs(line.y - (expected[i]?.y ?? 0)), line.text).toBeLessThanOrEqual(2),
    );
  });

  it("draws each header value's writing line in dots at least 0.4 em under its baseline, to the right margin", () => {
    const rightMargin = A4_WIDTH_PT - MEMO_MARGIN_RIGHT_CM * PT_PER_CM;
    const dots = (theirs?.segments ?? []).filter((s) => s.y1 === s.y2 && s.dash.length > 0);
    for (const label of ["ส่วนราชการ", "ที่", "เรื่อง"]) {
      const baseline = theirs?.texts.find((t) => t.str.trim() === label)?.baseline ?? Number.NaN;
      const under = dots.filter((s) => s.y1 > baseline && s.y1 < baseline + TYPE.labelPitchPt / 2);
      expect(under.length, label).toBeGreaterThan(0);
      for (const s of under)
        expect(s.y1 - baseline, label).toBeGreaterThanOrEqual(LEADER_BELOW_BASELINE_EM * TYPE.bodyPt);
      expect(Math.max(...under.map((s) => Math.max(s.x1, s.x2))), label).toBeCloseTo(rightMargin, 0);
    }
  });
});

describe("LibreOffice paginating the DOCX files as the PDF writer does", () => {
  /** Lines (distinct baselines) per page. */
  const linesPerPage = async (pdf: Uint8Array): Promise<number[]> => {
    const counts: number[] = [];
    for (const line of await pdfjsLines(pdf)) counts[line.page - 1] = (counts[line.page - 1] ?? 0) + 1;
    return counts;
  };

  it.each(["memo", "announcement"] as const)(
    "lays the %s out on as many pages as the PDF, with as many lines on each",
    async (kind) => {
      const pdf = await renderPdf(kind === "memo" ? memo : announcement);
      const [expected, actual] = [await linesPerPage(pdf), await linesPerPage(converted[kind].pdf)];
      // Page 2's number line: "-" "๒" "-" are one line in both.
      expect(actual).toEqual(expected);
    },
  );

  it("lays the report out within one page of the PDF (LibreOffice breaks Thai with its own dictionary: a tall row may take a line more)", async () => {
    const pdf = await renderPdf(report);
    const pages = (await linesPerPage(pdf)).length;
    expect(Math.abs(converted.report.pageSizes.length - pages)).toBeLessThanOrEqual(1);
  });
});

describe("LibreOffice reading the report DOCX", () => {
  const { pageSizes, pageTexts } = converted.report;

  it("puts the cover on a portrait page and every table page in landscape", () => {
    expect(pageSizes.length).toBeGreaterThan(2);
    const [cover, ...tablePages] = pageSizes;
    expect(cover?.width).toBeLessThan(cover?.height ?? 0);
    for (const size of tablePages) expect(size.width).toBeGreaterThan(size.height);
  });

  it("shows every text of the tree: title lines and each cell paragraph whole, or continued across pages", () => {
    const stream = squeeze(pageTexts.map((t) => t.replace(PAGE_NUMBER_LINE, "")).join(""));
    const texts = allTexts(report);
    expect(texts.length).toBeGreaterThan(100);
    const split = texts.filter((t) => piecesIn(stream, squeeze(t)) > 1);
    for (const text of texts) expect(piecesIn(stream, squeeze(text)), text).toBeLessThanOrEqual(3);
    // Only paragraphs that meet a page break are split (a few per break, one per column).
    expect(split.length / texts.length).toBeLessThan(0.2);
  });

  it("repeats the header rows at the top of every table page", () => {
    for (const text of pageTexts.slice(1)) expect(squeeze(text)).toContain(squeeze("มาตรการหรือ"));
  });

  it("draws the check mark of every measure done (the drawing's PNG fallback), and no ✓ glyph", () => {
    const checks = report.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.type === "measureTable" ? b.rows : []))
      .filter((row) => row.some((cell) => cell.content.some((c) => c.kind === "check"))).length;
    expect(imagesDrawn(converted.report.pdf)).toBe(checks);
    expect(pageTexts.join("")).not.toContain("\u2713");
  });
});

describe("LibreOffice reading a table of one tall and six short rows", () => {
  const { pageSizes, pageTexts } = converted.rows;

  it("breaks the tall row over pages and moves each short row whole", () => {
    expect(pageSizes.length).toBeGreaterThan(2);
    const pagesWith = (tag: string): number[] =>
      pageTexts.flatMap((text, page) => (squeeze(text).includes(squeeze(tag)) ? [page] : []));
    // The tall row starts with its first step and ends with the link outcome, pages apart.
    const [start] = pagesWith("จัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน");
    const end = pagesWith("ประชาชนเข้าถึงบริการออนไลน์ได้ที่").at(-1);
    expect((end ?? 0) - (start ?? 0)).toBeGreaterThanOrEqual(1);
    for (const n of [2, 3, 4, 5, 6, 7]) expect(pagesWith(`แถวทดสอบ ${n}`), `row ${n}`).toHaveLength(1);
  });
});
