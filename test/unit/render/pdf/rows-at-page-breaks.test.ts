/**
 * Measure rows at page ends, as a reader sees them in the PDF (docs/layout.md §2): the check mark
 * beside its row's first line, never alone in a stub; no row begins a page foot with less than two
 * lines; the period cell breaks only between its two dates; a bold sub-heading in a cell never
 * ends a page. Checked on the 2568 report and on generated years whose rows (cut from the 2568
 * measures to varied lengths) start at many different heights, page feet included.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { TABLE_COLUMN_WIDTHS_CM, TABLE_MARGIN_CM } from "../../../../src/document/layout.js";
import { buildReport } from "../../../../src/document/build-report.js";
import { typography } from "../../../../src/document/typography.js";
import { renderPdf } from "../../../../src/render/pdf/index.js";
import { yearData } from "../../document/year-data-fixture.js";
import type { PageView, PlacedText } from "./helpers/read-pdf.js";
import { cm, rendered, renderedReal } from "./helpers/rendered.js";

const MEASURES_DIR = fileURLToPath(new URL("../../../../data/2568/measures/", import.meta.url));
const TYPE = typography("psk");
const LEFT = cm(TABLE_MARGIN_CM);
const EDGES = TABLE_COLUMN_WIDTHS_CM.reduce<number[]>(
  (edges, w) => [...edges, (edges.at(-1) ?? LEFT) + cm(w)],
  [LEFT],
);
/** Left edges: ลำดับ | มาตรการ | ขั้นตอน | ระยะเวลา | ผู้รับผิดชอบ | แล้วเสร็จ | ไม่สามารถ | ผลลัพธ์. */
const [, NUMBER_END = 0, , PERIOD_START = 0, PERIOD_END = 0, STATUS_START = 0, , OUTCOME_START = 0] = EDGES;
const HEADING = "ผลลัพธ์หรือความสำเร็จ";
const THAI_DATE = /^[๐-๙]{1,2} [ก-๙]+ [๐-๙]{4}( -)?$/u;

/** The 2568 measures cut to varied lengths, so that rows start at many heights. */
function variedYear(count: number, shift: number): ReturnType<typeof yearData> {
  const seeds = readdirSync(MEASURES_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => parse(readFileSync(`${MEASURES_DIR}${f}`, "utf8")) as Record<string, unknown[]>);
  const measures = Array.from({ length: count }, (_, i) => {
    const seed = seeds[(i + shift) % seeds.length] ?? {};
    const steps = (seed["steps"] ?? []).slice(0, 1 + ((i * 7 + shift) % 6));
    const outcomes = (seed["outcomes"] ?? []).slice(0, 1 + ((i * 5 + shift) % 4));
    // Every other row ends with a sub-heading and its paragraph, to meet a page end somewhere.
    const heading = i % 2 === 0 ? [{ heading: HEADING }, { paragraph: String(seed["title"]) }] : [];
    return {
      ...seed,
      no: i + 1,
      steps: steps.map((s) =>
        typeof s === "object" && s !== null && "no" in s ? { ...s, no: undefined } : s,
      ),
      outcomes: [...outcomes, ...heading],
    };
  });
  return yearData({ measures: measures.map((m) => JSON.parse(JSON.stringify(m)) as object) });
}

const headerBottom = (page: PageView): number =>
  Math.max(...page.texts.filter((t) => t.str === "การได้").map((t) => t.baseline));
const bodyTexts = (page: PageView): PlacedText[] =>
  page.texts.filter((t) => t.baseline > headerBottom(page) + 1 && t.str.trim() !== "");
const rowNumbers = (page: PageView): PlacedText[] => bodyTexts(page).filter((t) => t.x < NUMBER_END);
const ticks = (page: PageView) =>
  page.segments.filter(
    (s) => Math.abs(s.x1 - s.x2) > 0.5 && Math.abs(s.y1 - s.y2) > 0.5 && Math.min(s.x1, s.x2) > STATUS_START,
  );

/** Checks every page; returns how many rows continue onto a next page (the cases (c) and (d) see). */
function checkPages(tablePages: readonly PageView[]): number {
  let continued = 0;
  tablePages.forEach((page, p) => {
    const numbers = rowNumbers(page);
    // (a) A check mark sits beside its row's first line: the row's number is on that line.
    for (const tick of ticks(page)) {
      const top = Math.min(tick.y1, tick.y2);
      const beside = numbers.some(
        (n) => n.baseline > top - TYPE.tablePitchPt && n.baseline < top + 2 * TYPE.tablePitchPt,
      );
      expect(beside, `page ${p + 1}: a check mark at ${top.toFixed(1)} with no row number beside it`).toBe(
        true,
      );
    }
    // (b) The period cell's lines are whole dates (the first ending with its dash).
    for (const t of bodyTexts(page).filter((x) => x.x > PERIOD_START && x.x < PERIOD_END - 1)) {
      expect(t.str.trim(), `page ${p + 1}`).toMatch(THAI_DATE);
    }
    const next = tablePages[p + 1];
    if (next === undefined) return;
    const nextBody = bodyTexts(next);
    const nextFirst = Math.min(...nextBody.map((t) => t.baseline));
    const continues = !rowNumbers(next).some((n) => Math.abs(n.baseline - nextFirst) < 1);
    if (!continues) return;
    continued += 1;
    // (c) A row continued on the next page left at least two lines here.
    const lastStart = Math.max(...numbers.map((n) => n.baseline));
    const lines = new Set(
      bodyTexts(page)
        .filter((t) => t.baseline >= lastStart - 1)
        .map((t) => Math.round(t.baseline)),
    );
    expect(
      lines.size,
      `page ${p + 1}: the last row leaves ${lines.size} line(s) before continuing`,
    ).toBeGreaterThanOrEqual(2);
    // (d) The outcome column of a continued row does not end the page on a sub-heading.
    const outcomes = bodyTexts(page).filter((t) => t.x > OUTCOME_START);
    const lowest = outcomes.reduce<PlacedText | undefined>(
      (low, t) => (low === undefined || t.baseline > low.baseline ? t : low),
      undefined,
    );
    expect(lowest?.str.trim(), `page ${p + 1}`).not.toBe(HEADING);
  });
  return continued;
}

describe("measure rows at page ends", () => {
  it("on the 2568 report", async () => {
    const { pages } = await renderedReal("report");
    expect(checkPages(pages.slice(1))).toBeGreaterThan(0);
  });

  it.each([0, 3, 5])("on a generated year of 20 rows of varied length (shift %i)", async (shift) => {
    const { pages } = await rendered(await renderPdf(buildReport(variedYear(20, shift))));
    const tablePages = pages.slice(1);
    expect(tablePages.length).toBeGreaterThan(3);
    // The years reach page feet: some rows continue onto a next page.
    expect(checkPages(tablePages)).toBeGreaterThan(0);
  });
});
