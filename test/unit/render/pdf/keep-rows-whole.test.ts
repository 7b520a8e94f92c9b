import { describe, expect, it } from "vitest";
import { A4_WIDTH_PT, TABLE_MARGIN_CM } from "../../../../src/document/layout.js";
import { renderPdf, toDefinition } from "../../../../src/render/pdf/index.js";
import { firstRowToMove } from "../../../../src/render/pdf/keep-rows-whole.js";
import { createPdfBytes } from "../../../../src/render/pdf/pdf-engine.js";
import { tableRowsReport } from "../../../fixtures/documents/table-rows.js";
import type { PageView } from "./helpers/read-pdf.js";
import { cm, rendered } from "./helpers/rendered.js";

const PAGE = { top: cm(TABLE_MARGIN_CM), bottom: cm(TABLE_MARGIN_CM), height: A4_WIDTH_PT };
const SHORT_ROWS = [2, 3, 4, 5, 6, 7];

/** The pages (1-based) where text tagged for row n appears. */
function pagesOfRow(pages: readonly PageView[], n: number): number[] {
  return pages.flatMap((page, i) => (page.texts.some((t) => t.str.includes(`แถวทดสอบ ${n}`)) ? [i + 1] : []));
}

describe("table rows and page ends (docs/layout.md §2)", () => {
  it("would split a short row at a page end without the rule (the fixture exercises it)", async () => {
    const plain = await rendered(await createPdfBytes(toDefinition(tableRowsReport)));
    const split = SHORT_ROWS.filter((n) => pagesOfRow(plain.pages, n).length > 1);
    expect(split.length).toBeGreaterThan(0);
  });

  it("moves every short row whole to the next page, and lets the tall measure continue from page 1", async () => {
    const { pages } = await rendered(await renderPdf(tableRowsReport));
    for (const n of SHORT_ROWS) expect(pagesOfRow(pages, n), `row ${n}`).toHaveLength(1);
    const tallFirst = pages.findIndex((p) => p.text.includes("มาตรการการปฏิบัติหรือให้บริการ"));
    const tallLast = pages.findLastIndex((p) => p.text.includes("https://www.tanem.go.th/eservice"));
    expect(tallFirst).toBe(0);
    expect(tallLast).toBeGreaterThan(tallFirst);
    // A row that begins a page starts right under the repeated header, not lower.
    const startsPage = SHORT_ROWS.filter((n) => {
      const page = pages[(pagesOfRow(pages, n)[0] ?? 0) - 1];
      return (
        page !== undefined && !page.text.includes(`แถวทดสอบ ${n - 1}`) && !page.text.includes("eservice")
      );
    });
    expect(startsPage.length).toBeGreaterThan(0);
    for (const n of startsPage) {
      const page = pages[(pagesOfRow(pages, n)[0] ?? 0) - 1];
      const tag = `แถวทดสอบ ${n}`;
      const rowTop = Math.min(
        ...(page?.texts.filter((t) => t.str.includes(tag)).map((t) => t.baseline) ?? []),
      );
      const headerBottom = Math.max(
        ...(page?.texts.filter((t) => t.str === "การได้").map((t) => t.baseline) ?? []),
      );
      expect(rowTop - headerBottom, tag).toBeLessThan(30);
    }
  });

  it("closes the page a row left with the previous row's bottom rule, no empty cell stub below it", async () => {
    const { pages } = await rendered(await renderPdf(tableRowsReport));
    const movedTo = pages.findIndex((p) => p.text.includes("แถวทดสอบ 2"));
    const before = pages[movedTo - 1];
    const rules = before?.segments.filter((s) => s.dash.length === 0) ?? [];
    const lowestHorizontal = Math.max(...rules.filter((s) => s.y1 === s.y2).map((s) => s.y1));
    const lowestVertical = Math.max(...rules.filter((s) => s.x1 === s.x2).map((s) => Math.max(s.y1, s.y2)));
    const lowestText = Math.max(...(before?.texts.map((t) => t.baseline) ?? []));
    expect(lowestVertical - lowestHorizontal).toBeLessThan(1);
    // The last rule closes the last line of text (descender and padding), not an empty box.
    expect(lowestHorizontal - lowestText).toBeLessThan(12);
  });
});

describe("firstRowToMove", () => {
  const measures = [{ rowNeeds: [900, 100, 100], firstRowOffset: 90, minFragment: 40 }];
  const pageEnd = PAGE.height - PAGE.bottom;

  it("picks a row that does not fit in what is left of its page but fits on a fresh one", () => {
    const starts = [
      { table: 0, row: 0, top: 150 },
      { table: 0, row: 1, top: pageEnd - 50 },
      { table: 0, row: 2, top: 200 },
    ];
    expect(firstRowToMove(starts, measures, PAGE)).toEqual(starts[1]);
  });

  it("moves a row taller than a page that would begin with less than two lines left", () => {
    const starts = [{ table: 0, row: 0, top: pageEnd - 30 }];
    expect(firstRowToMove(starts, measures, PAGE)).toEqual(starts[0]);
  });

  it("leaves a row taller than a page where it begins on a fresh page, however little fits", () => {
    const tight = [{ ...measures[0]!, minFragment: PAGE.height }];
    const starts = [{ table: 0, row: 0, top: PAGE.top + 90 }];
    expect(firstRowToMove(starts, tight, PAGE)).toBeUndefined();
  });

  it("leaves alone rows that fit, and rows taller than a page", () => {
    const starts = [
      { table: 0, row: 0, top: 150 },
      { table: 0, row: 1, top: pageEnd - 100 },
    ];
    expect(firstRowToMove(starts, measures, PAGE)).toBeUndefined();
  });
});
