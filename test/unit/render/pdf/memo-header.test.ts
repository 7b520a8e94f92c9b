import { beforeAll, describe, expect, it } from "vitest";
import {
  A4_HEIGHT_PT,
  A4_WIDTH_PT,
  MEMO_EMBLEM_HEIGHT_CM,
  MEMO_EMBLEM_TOP_CM,
  MEMO_TITLE_LINE_PT,
} from "../../../../src/document/layout.js";
import { typography } from "../../../../src/document/typography.js";
import type { PageView } from "./helpers/read-pdf.js";
import { centreX, cm, renderedReal, textStarting } from "./helpers/rendered.js";

/** The default (official) type scale the real data is built with. */
const TYPE = typography("psk");

const LEFT = cm(3);
const RIGHT_EDGE = A4_WIDTH_PT - cm(2);
const TEXT_WIDTH = RIGHT_EDGE - LEFT;
let page1: PageView;

beforeAll(async () => {
  const first = (await renderedReal("memo")).pages[0];
  if (first === undefined) throw new Error("the memo has no page");
  page1 = first;
});

describe("the memo header on page 1 (docs/layout.md §1)", () => {
  it("is exact A4 portrait", () => {
    expect(page1.width).toBeCloseTo(A4_WIDTH_PT, 2);
    expect(page1.height).toBeCloseTo(A4_HEIGHT_PT, 2);
  });

  it("sets บันทึกข้อความ at the 29 pt title size (PSK scale), centred over the text area, on the emblem's band", () => {
    const title = textStarting(page1, "บันทึกข้อความ");
    expect(title.size).toBe(TYPE.titlePt);
    expect(centreX(title)).toBeCloseTo(LEFT + TEXT_WIDTH / 2, 0);
    // The exact 35 pt line is centred on the 1.5 cm band that starts 1.5 cm below the edge;
    // the baseline sits 80 % down the exact line, where Word puts it.
    const lineTop = cm(MEMO_EMBLEM_TOP_CM) + (cm(MEMO_EMBLEM_HEIGHT_CM) - MEMO_TITLE_LINE_PT) / 2;
    expect(title.baseline).toBeCloseTo(lineTop + 0.8 * MEMO_TITLE_LINE_PT, 1);
  });

  it("sets the labels at the 20 pt label size and their values at the 16 pt body size (PSK scale), starting at the left margin", () => {
    for (const label of ["ส่วนราชการ", "ที่", "วันที่", "เรื่อง"]) {
      const item = page1.texts.find((t) => t.str === label);
      expect(item?.size, label).toBe(TYPE.labelPt);
    }
    expect(textStarting(page1, "ส่วนราชการ").x).toBeCloseTo(LEFT, 1);
    expect(textStarting(page1, "สำนักปลัด").size).toBe(TYPE.bodyPt);
    expect(textStarting(page1, "๒๔ เมษายน ๒๕๖๘").size).toBe(TYPE.bodyPt);
  });

  it("puts ที่ and วันที่ on one line, วันที่ starting at the middle of the text width", () => {
    const ref = page1.texts.find((t) => t.str === "ที่");
    const date = page1.texts.find((t) => t.str === "วันที่");
    expect(ref?.baseline).toBeCloseTo(date?.baseline ?? NaN, 2);
    expect(date?.x).toBeCloseTo(LEFT + TEXT_WIDTH / 2, 1);
  });

  it("spaces header lines as Word does for a 20 pt PSK label (20 pt × 1.13), with 6 pt more before เรื่อง", () => {
    const department = textStarting(page1, "ส่วนราชการ").baseline;
    const ref = textStarting(page1, "ที่").baseline;
    const subject = textStarting(page1, "เรื่อง").baseline;
    expect(ref - department).toBeCloseTo(TYPE.labelPitchPt, 1);
    expect(subject - ref).toBeCloseTo(TYPE.labelPitchPt + 6, 1);
  });

  it("draws dotted leaders to the right margin, the ที่ leader stopping before วันที่", () => {
    const dotted = page1.segments.filter((s) => s.dash.length > 0 && s.y1 === s.y2);
    const under = (label: string) => {
      const baseline = textStarting(page1, label).baseline;
      return dotted.filter((s) => s.y1 > baseline && s.y1 < baseline + 5);
    };
    expect(under("ส่วนราชการ").map((s) => s.x2)).toEqual([expect.closeTo(RIGHT_EDGE, 1)]);
    const refLine = under("ที่")
      .map((s) => s.x2)
      .sort((a, b) => a - b);
    expect(refLine).toHaveLength(2);
    expect(refLine[0]).toBeLessThan(LEFT + TEXT_WIDTH / 2);
    expect(refLine[0]).toBeGreaterThan(LEFT + TEXT_WIDTH / 2 - 10);
    expect(refLine[1]).toBeCloseTo(RIGHT_EDGE, 1);
  });

  it("keeps dots under every line of a wrapped เรื่อง, wrapped text starting under the value", () => {
    const subject = textStarting(page1, "เรื่อง");
    const value = textStarting(page1, "รายงานผลการดำเนินการตามมาตรการ");
    const continued = page1.texts.find(
      (t) => t.baseline > value.baseline + 1 && t.baseline < value.baseline + 40,
    );
    expect(continued?.x).toBeCloseTo(value.x, 1);
    const dots = page1.segments.filter(
      (s) => s.dash.length > 0 && s.y1 > subject.baseline && s.y1 < (continued?.baseline ?? 0) + 5,
    );
    expect(dots).toHaveLength(2);
    for (const d of dots) {
      expect(d.x1).toBeCloseTo(value.x, 1);
      expect(d.x2).toBeCloseTo(RIGHT_EDGE, 1);
    }
  });

  it("has no solid rule between the header and the body", () => {
    const solid = page1.segments.filter((s) => s.dash.length === 0 && Math.abs(s.x2 - s.x1) > 50);
    expect(solid).toEqual([]);
  });

  it("keeps the leader dots out of the extracted text", () => {
    expect(page1.text).not.toMatch(/\.{3}|…/);
    expect(page1.text).toContain("ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลตาเนิน");
  });
});
