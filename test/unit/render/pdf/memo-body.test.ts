import { beforeAll, describe, expect, it } from "vitest";
import {
  A4_HEIGHT_PT,
  A4_WIDTH_PT,
  FIRST_LINE_INDENT_CM,
  MEMO_MARGIN_TOP_LATER_PAGES_CM,
  PAGE_NUMBER_TOP_CM,
  SIGNATURE_AXIS_FROM_LEFT_CM,
} from "../../../../src/document/layout.js";
import { typography } from "../../../../src/document/typography.js";
import type { PageView } from "./helpers/read-pdf.js";
import type { PlacedText } from "./helpers/read-pdf.js";
import { centreX, cm, renderedReal } from "./helpers/rendered.js";

/** The default (official) type scale the real data is built with. */
const TYPE = typography("psk");

const LEFT = cm(3);
const RIGHT_EDGE = A4_WIDTH_PT - cm(2);
const BOTTOM_EDGE = A4_HEIGHT_PT - cm(2);
/** Word and the PDF put the baseline 80 % down an exactly spaced line. */
const BODY_ASCENT = 0.8 * TYPE.bodyPitchPt;
let pages: readonly PageView[];

beforeAll(async () => {
  pages = (await renderedReal("memo")).pages;
});

/** The page holding a text, and the item. */
function find(prefix: string): { page: number; item: PlacedText } {
  for (let i = 0; i < pages.length; i++) {
    const item = pages[i]?.texts.find((t) => t.str.startsWith(prefix));
    if (item !== undefined) return { page: i + 1, item };
  }
  throw new Error(`"${prefix}" is on no page`);
}

describe("the memo body (docs/layout.md §1)", () => {
  it("indents a paragraph's first line 2.5 cm and wraps the next lines back to the margin", () => {
    const first = find("ตามที่คณะกรรมการ");
    const page = pages[first.page - 1];
    const next = page?.texts.find(
      (t) => Math.abs(t.baseline - (first.item.baseline + TYPE.bodyPitchPt)) < 0.5,
    );
    expect(first.item.x - LEFT).toBeCloseTo(cm(FIRST_LINE_INDENT_CM), 1);
    expect(next?.x).toBeCloseTo(LEFT, 1);
  });

  it("sets body lines at PSK's single spacing for 16 pt (18.1 pt, to the twip), 6 pt more before each paragraph", () => {
    const heading = find("เรื่องเดิม").item;
    const body = find("ตามที่คณะกรรมการ").item;
    expect(body.size).toBe(TYPE.bodyPt);
    expect(TYPE.bodyPitchPt).toBeCloseTo(18.1, 2);
    expect(body.baseline - heading.baseline).toBeCloseTo(TYPE.bodyPitchPt + 6, 1);
  });

  it("distributes body lines to the right margin, leaving a paragraph's last line ragged", () => {
    const first = find("ตามที่คณะกรรมการ");
    const page = pages[first.page - 1];
    const lines = (page?.texts ?? []).filter(
      (t) =>
        t.baseline >= first.item.baseline &&
        t.baseline < find("ข้อเท็จจริง").item.baseline &&
        t.str.trim() !== "",
    );
    const ends = new Map<number, number>();
    for (const t of lines) ends.set(t.baseline, Math.max(ends.get(t.baseline) ?? 0, t.x + t.width));
    const rightEnds = [...ends.entries()].sort(([a], [b]) => a - b).map(([, end]) => end);
    expect(rightEnds.length).toBeGreaterThan(2);
    for (const end of rightEnds.slice(0, -1)) expect(end).toBeCloseTo(RIGHT_EDGE, 0);
    expect(rightEnds.at(-1)).toBeLessThan(RIGHT_EDGE - 50);
  });

  it("starts a bullet at the first-line indent and wraps it back to the margin", () => {
    const bullet = find("- เห็นควรพิจารณา");
    expect(bullet.item.x - LEFT).toBeCloseTo(cm(FIRST_LINE_INDENT_CM), 1);
    const wrapped = pages[bullet.page - 1]?.texts.find(
      (t) => Math.abs(t.baseline - bullet.item.baseline - TYPE.bodyPitchPt) < 0.5,
    );
    expect(wrapped?.x).toBeCloseTo(LEFT, 1);
  });

  it("centres the signer's name and position on the axis 10 cm right of the left margin", () => {
    const name = find("(นางสาวเสาวนิตย์ ประยูรพันธ์)");
    const position = find("นักวิเคราะห์นโยบายและแผนชำนาญการ");
    expect(centreX(name.item)).toBeCloseTo(LEFT + cm(SIGNATURE_AXIS_FROM_LEFT_CM), 0);
    expect(centreX(position.item)).toBeCloseTo(LEFT + cm(SIGNATURE_AXIS_FROM_LEFT_CM), 0);
    expect(position.page).toBe(name.page);
  });

  it("leaves three blank lines for the hand signature above the name", () => {
    const closing = find("จึงเรียนมาเพื่อโปรดพิจารณา");
    const name = find("(นางสาวเสาวนิตย์ ประยูรพันธ์)");
    expect(name.page).toBe(closing.page);
    expect(name.item.baseline - closing.item.baseline).toBeCloseTo(4 * TYPE.bodyPitchPt, 1);
  });

  it("keeps each reviewer's block whole: heading, dotted lines and signature on one page", () => {
    for (const [title, name, lines] of [
      ["ความคิดเห็นของหัวหน้าสำนักปลัด", "(นายสามารถ มาตริทิพล)", 1],
      ["ความคิดเห็นของปลัด", "(นายปณวัฒน์ ประกายเพชร)", 2],
    ] as const) {
      const heading = find(title);
      const signer = pages[heading.page - 1]?.texts.find(
        (t) => t.str.startsWith(name) && t.baseline > heading.item.baseline,
      );
      expect(signer, title).toBeDefined();
      const dotted = pages[heading.page - 1]?.segments.filter(
        (s) => s.dash.length > 0 && s.y1 > heading.item.baseline && s.y1 < (signer?.baseline ?? 0),
      );
      expect(
        dotted?.map((s) => [s.x1, s.x2]),
        title,
      ).toEqual(
        Array.from({ length: lines }, () => [expect.closeTo(LEFT, 1), expect.closeTo(RIGHT_EDGE, 1)]),
      );
    }
  });

  it("numbers pages from 2 as '- ๒ -', centred over the text 1.5 cm from the top", () => {
    expect(pages[0]?.text).not.toMatch(/- [๐-๙]+ -/);
    pages.slice(1).forEach((page, i) => {
      const number = page.texts.find((t) => /^- [๐-๙]+ -$/.test(t.str));
      if (number === undefined) throw new Error(`no page number on page ${i + 2}`);
      expect(number.str).toBe(`- ${"๒๓๔๕๖"[i]} -`);
      expect(centreX(number)).toBeCloseTo(LEFT + (RIGHT_EDGE - LEFT) / 2, 0);
      expect(number.baseline).toBeCloseTo(cm(PAGE_NUMBER_TOP_CM) + BODY_ASCENT, 1);
    });
  });

  it("starts later pages 2.5 cm from the top and keeps every line inside the margins", () => {
    expect(pages.length).toBeGreaterThan(1);
    const firstLine = pages[1]?.texts
      .filter((t) => !/^- [๐-๙]+ -$/.test(t.str))
      .sort((a, b) => a.baseline - b.baseline)[0];
    expect(firstLine?.baseline).toBeCloseTo(cm(MEMO_MARGIN_TOP_LATER_PAGES_CM) + BODY_ASCENT, 1);
    for (const page of pages) {
      for (const t of page.texts.filter((t) => t.str.trim() !== "")) {
        expect(t.x).toBeGreaterThanOrEqual(LEFT - 0.01);
        expect(t.x + t.width).toBeLessThanOrEqual(RIGHT_EDGE + 0.5);
        expect(t.baseline).toBeLessThanOrEqual(BOTTOM_EDGE);
      }
    }
  });
});
