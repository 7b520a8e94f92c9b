import { describe, expect, it } from "vitest";
import { countClusters, spreadOverClusters } from "../../../../../src/render/pdf/engine/cluster-spacing.js";
import { thaiInlines } from "../../../../../src/render/pdf/engine/thai-inlines.js";
import { pdfjsItems, pdfjsText, pdftotextRaw, visibleText } from "../../../../helpers/pdf-text.js";
import { LONG_PARAGRAPH, renderContent } from "./render-helpers.js";

const MARGIN_LEFT = 85;
const MARGIN_RIGHT = 57;
const PAGE_WIDTH = 595.28;
const RIGHT_EDGE = PAGE_WIDTH - MARGIN_RIGHT;

async function justified(alignment: "justify" | "left"): Promise<Uint8Array> {
  return renderContent([{ text: thaiInlines(LONG_PARAGRAPH), fontSize: 16, alignment, leadingIndent: 71 }], {
    pageMargins: [MARGIN_LEFT, 40, MARGIN_RIGHT, 40],
  });
}

/** Right end of each text line, from pdf.js items (which include the TJ spacing). */
async function lineEnds(pdf: Uint8Array): Promise<number[]> {
  const ends = new Map<number, number>();
  for (const item of await pdfjsItems(pdf)) {
    const y = Math.round(item.y);
    ends.set(y, Math.max(ends.get(y) ?? 0, item.x + item.width));
  }
  return [...ends.entries()].sort((a, b) => b[0] - a[0]).map(([, end]) => end);
}

describe("Thai distributed justification (alignment: justify)", () => {
  it("ends every line but the last at the right margin", async () => {
    const ends = await lineEnds(await justified("justify"));
    expect(ends.length).toBeGreaterThan(6);
    for (const end of ends.slice(0, -1)) expect(end).toBeCloseTo(RIGHT_EDGE, 0);
    expect(ends.at(-1)).toBeLessThan(RIGHT_EDGE - 50);
  });

  it("is ragged without it (the check can fail)", async () => {
    const ends = await lineEnds(await justified("left"));
    expect(ends.slice(0, -1).some((end) => Math.abs(end - RIGHT_EDGE) > 3)).toBe(true);
  });

  it("leaves a line ragged when its few clusters would stand apart (a URL moved to the next line)", async () => {
    // The URL fits a line but not the rest of the first one: the first line keeps 3 words.
    const url = "https://www.example.go.th/index.php?id=12345&lang=th";
    const text = `ดูรายละเอียดที่ ${url} ${LONG_PARAGRAPH}`;
    const pdf = await renderContent(
      [{ text: thaiInlines(text), fontSize: 16, alignment: "justify", leadingIndent: 71 }],
      {
        pageMargins: [MARGIN_LEFT, 40, MARGIN_RIGHT, 40],
      },
    );
    const ends = await lineEnds(pdf);
    // Spread, the first line's 13 clusters would end at the margin, about 20 pt apart.
    expect(ends[0]).toBeLessThan(RIGHT_EDGE - 150);
    // The lines after it (but the last) are still distributed to the margin.
    expect(ends.length).toBeGreaterThan(4);
    for (const end of ends.slice(1, -1)) expect(end).toBeCloseTo(RIGHT_EDGE, 0);
    expect(visibleText(pdftotextRaw(pdf))).toBe(visibleText(text));
  });

  it("keeps the text exact for copy and search", async () => {
    const pdf = await justified("justify");
    expect(visibleText(pdftotextRaw(pdf))).toBe(visibleText(LONG_PARAGRAPH));
    expect(visibleText(await pdfjsText(pdf))).toBe(visibleText(LONG_PARAGRAPH));
  });
});

describe("cluster spacing", () => {
  it("counts a consonant with its marks, and ำ, as one cluster; hints as none", () => {
    expect(countClusters("ดำเนินการ")).toBe(7);
    expect(countClusters("น้ำ ที่")).toBe(3);
    expect(countClusters("ก\u200Bข\u2060")).toBe(2);
  });

  it("adds the spacing after the last glyph of each cluster", () => {
    // ด, NIKHAHIT (no text), SARA AA (ำ), เ
    expect(spreadOverClusters([[0xe14], [], [0xe33], [0xe40]], 10)).toEqual([0, 0, 10, 10]);
    // a ligature of two letters counts twice
    expect(spreadOverClusters([[0x66, 0x69], [0x78]], 5)).toEqual([10, 5]);
  });
});
