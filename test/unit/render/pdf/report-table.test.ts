import { beforeAll, describe, expect, it } from "vitest";
import {
  A4_HEIGHT_PT,
  A4_WIDTH_PT,
  CELL_LEVEL_STEP_CM,
  CELL_PADDING_TOP_PT,
  TABLE_COLUMN_WIDTHS_CM,
  TABLE_MARGIN_CM,
  TABLE_PAGE_NUMBER_TOP_CM,
} from "../../../../src/document/layout.js";
import { typography } from "../../../../src/document/typography.js";
import type { PageView, PlacedText } from "./helpers/read-pdf.js";
import { centreX, cm, renderedReal, textStarting } from "./helpers/rendered.js";

const TYPE = typography("psk");
const LEFT = cm(TABLE_MARGIN_CM);
const RIGHT_EDGE = A4_HEIGHT_PT - cm(TABLE_MARGIN_CM);
/** Left edges of the columns and the table's right edge. */
const COLUMN_EDGES = [
  ...TABLE_COLUMN_WIDTHS_CM.reduce<number[]>(
    (edges, w) => [...edges, (edges.at(-1) ?? LEFT) + cm(w)],
    [LEFT],
  ),
  RIGHT_EDGE,
];
const DONE = [COLUMN_EDGES[5] ?? 0, COLUMN_EDGES[6] ?? 0] as const;
let pages: readonly PageView[];
let tablePages: readonly PageView[];

beforeAll(async () => {
  pages = (await renderedReal("report")).pages;
  tablePages = pages.slice(1);
});

const isPageNumber = (t: PlacedText): boolean => /^- [๐-๙]+ -$/.test(t.str);
const verticalRules = (page: PageView) =>
  page.segments.filter(
    (s) => s.dash.length === 0 && Math.abs(s.x1 - s.x2) < 0.01 && Math.abs(s.y1 - s.y2) > 5,
  );
const diagonals = (page: PageView) =>
  page.segments.filter((s) => Math.abs(s.x1 - s.x2) > 0.5 && Math.abs(s.y1 - s.y2) > 0.5);

describe("the report's cover (docs/layout.md §2)", () => {
  it("is exact A4 portrait with its title and agency lines centred, one line each", () => {
    const cover = pages[0];
    expect(cover?.width).toBeCloseTo(A4_WIDTH_PT, 2);
    expect(cover?.height).toBeCloseTo(A4_HEIGHT_PT, 2);
    const lines = cover?.texts.filter((t) => t.str.trim() !== "") ?? [];
    expect(lines.map((t) => t.str)).toEqual([
      "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม",
      "และความโปร่งใสภายในหน่วยงาน",
      "ประจำปีงบประมาณ พ.ศ.๒๕๖๘",
      "องค์การบริหารส่วนตำบลตาเนิน",
      "อำเภอเนินสง่า จังหวัดชัยภูมิ",
    ]);
    for (const line of lines) expect(centreX(line)).toBeCloseTo(A4_WIDTH_PT / 2, 0);
    // Upper middle: the block sits between a quarter and the middle of the page.
    expect(lines[0]?.baseline).toBeGreaterThan(A4_HEIGHT_PT / 4);
    expect(lines.at(-1)?.baseline).toBeLessThan(A4_HEIGHT_PT * 0.6);
  });
});

describe("the measure table (docs/layout.md §2)", () => {
  it("is set on exact A4 landscape pages", () => {
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) {
      expect(page.width).toBeCloseTo(A4_HEIGHT_PT, 2);
      expect(page.height).toBeCloseTo(A4_WIDTH_PT, 2);
    }
  });

  it("has the two-line title on its first page only, each line centred and unwrapped", () => {
    const first = tablePages[0];
    const title = textStarting(first, "รายงานผลการดำเนินการเพื่อส่งเสริม");
    const second = textStarting(first, "ขององค์การบริหารส่วนตำบลตาเนิน");
    expect(second.str).toBe("ขององค์การบริหารส่วนตำบลตาเนิน อำเภอเนินสง่า จังหวัดชัยภูมิ");
    expect(centreX(title)).toBeCloseTo((LEFT + RIGHT_EDGE) / 2, 0);
    expect(title.str).toContain("๒๕๖๘");
    for (const page of tablePages.slice(1))
      expect(page.text).not.toContain("ขององค์การบริหารส่วนตำบลตาเนิน อำเภอ");
  });

  it("repeats both header rows at the top of every page", () => {
    for (const page of tablePages) {
      const top = Math.min(...page.texts.filter((t) => !isPageNumber(t)).map((t) => t.baseline));
      const header = page.texts.filter((t) => t.baseline < top + (page === tablePages[0] ? 120 : 80));
      const words = header.map((t) => t.str).join(" ");
      for (const word of ["ลำดับ", "ขั้นตอนหรือวิธีการปฏิบัติ", "ผู้รับผิดชอบ", "สรุปผลการดำเนิน", "สามารถ", "เสร็จ"]) {
        expect(words).toContain(word);
      }
    }
  });

  it("draws its columns with the official widths, spanning the text width (≈ 25.7 cm)", () => {
    const xs = [
      ...new Set(verticalRules(tablePages[1] ?? tablePages[0]!).map((s) => Math.round(s.x1 * 10) / 10)),
    ];
    // Rules are 0.5 pt wide; their centre lies within a quarter point of each edge.
    expect(xs.sort((a, b) => a - b)).toEqual(COLUMN_EDGES.map((x) => expect.closeTo(x, 0)));
    expect((RIGHT_EDGE - LEFT) / cm(1)).toBeCloseTo(25.7, 1);
  });

  it("continues measure ๑ on the next page, the header repeated above the rest", () => {
    const first = tablePages[0];
    const next = tablePages[1];
    expect(first?.text).toContain("จัดทำคู่มือหรือมาตรฐานการ");
    // Under the repeated header, the next page goes on with measure ๑: its first body line is
    // not the start of a row (no number in the ลำดับ column beside it).
    const headerBottom = Math.max(
      ...(next?.texts.filter((t) => t.str === "การได้").map((t) => t.baseline) ?? []),
    );
    const body = (next?.texts ?? []).filter((t) => t.baseline > headerBottom + 1 && t.str.trim() !== "");
    const firstLine = Math.min(...body.map((t) => t.baseline));
    expect(body.some((t) => Math.abs(t.baseline - firstLine) < 1 && t.x < COLUMN_EDGES[1]!)).toBe(false);
    expect(body.filter((t) => t.x < COLUMN_EDGES[1]!).map((t) => t.str)[0]).not.toBe("๑");
  });

  it("draws a tick in the ดำเนินการแล้วเสร็จ column for every measure done, and none elsewhere", () => {
    const ticks = tablePages.flatMap(diagonals);
    expect(ticks.length).toBe(2 * 8);
    for (const t of ticks) {
      expect(Math.min(t.x1, t.x2)).toBeGreaterThan(DONE[0]);
      expect(Math.max(t.x1, t.x2)).toBeLessThan(DONE[1]);
    }
    expect(tablePages.map((p) => p.text).join("")).not.toContain("/\n");
  });

  it("hangs step markers: wrapped lines align with the text after '๑.', sub-items '(๑)' one step in", () => {
    const first = tablePages[0];
    const step = textStarting(first, "๑. จัดทำคู่มือ");
    const wrapped = first?.texts.find(
      (t) => t.x > step.x && t.baseline > step.baseline && t.baseline < step.baseline + 20,
    );
    expect(wrapped).toBeDefined();
    expect((wrapped?.x ?? 0) - step.x).toBeGreaterThan(10);
    const subItem = tablePages.flatMap((p) => p.texts).find((t) => t.str.startsWith("(๑)"));
    const stepMarkers = tablePages
      .flatMap((p) => p.texts)
      .filter((t) => /^[๑-๙]\. /.test(t.str) && t.x > COLUMN_EDGES[2]!);
    expect(subItem).toBeDefined();
    expect((subItem?.x ?? 0) - (stepMarkers[0]?.x ?? 0)).toBeCloseTo(cm(CELL_LEVEL_STEP_CM), 1);
  });

  it("leaves at least 2 pt above the first line of a cell for stacked Thai marks", () => {
    const first = tablePages[0];
    const number = first?.texts.find((t) => t.str === "๑" && t.x < COLUMN_EDGES[1]!);
    const rules = first?.segments.filter(
      (s) => s.y1 === s.y2 && s.x1 < (number?.x ?? 0) && s.y1 < (number?.baseline ?? 0),
    );
    const ruleAbove = Math.max(...(rules ?? []).map((s) => s.y1));
    // The baseline sits 80 % down the first line, which starts under the cell's top padding,
    // and the tallest stacked cluster (1.279 em) stays under the rule with room to spare.
    const lineTop = (number?.baseline ?? 0) - 0.8 * TYPE.tablePitchPt;
    expect(lineTop - ruleAbove).toBeCloseTo(CELL_PADDING_TOP_PT + 0.25, 0);
    expect((number?.baseline ?? 0) - 1.279 * (number?.size ?? 0) - ruleAbove).toBeGreaterThan(2);
  });

  it("numbers the table pages '- ๒ -' onwards in the top margin, centred over the table", () => {
    expect(pages[0]?.texts.some(isPageNumber)).toBe(false);
    tablePages.forEach((page, i) => {
      const number = page.texts.find(isPageNumber);
      expect(number?.str).toBe(`- ${String(i + 2).replace(/\d/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)] ?? d)} -`);
      expect(centreX(number!)).toBeCloseTo((LEFT + RIGHT_EDGE) / 2, 0);
      expect(number!.baseline).toBeLessThan(cm(TABLE_MARGIN_CM));
      expect(number!.baseline).toBeCloseTo(cm(TABLE_PAGE_NUMBER_TOP_CM) + 0.8 * TYPE.bodyPitchPt, 1);
    });
  });
});
