import { describe, expect, it } from "vitest";
import { missingGlyphs } from "../../../../../src/render/pdf/engine/fonts.js";
import { MissingGlyphError } from "../../../../../src/render/pdf/engine/missing-glyph-error.js";
import { EMPTY_TEXT_CIDS } from "../../../../../src/render/pdf/engine/pdfkit-thai-fixes.js";
import { thaiInlines } from "../../../../../src/render/pdf/engine/thai-inlines.js";
import { drawnGlyphs } from "../../../../helpers/pdf-text.js";
import { inColumn, LONG_PARAGRAPH, renderContent } from "./render-helpers.js";

describe("glyphs written to the PDF", () => {
  it("draws no .notdef, no U+200B/U+2060 and no extra space for the break hints", async () => {
    const text = `${LONG_PARAGRAPH} ต่าง ๆ E-Serviceของ`;
    const inlines = thaiInlines(text);
    const hints =
      inlines
        .map((i) => i.text)
        .join("")
        .match(/[\u200B\u2060]/gu) ?? [];
    expect(hints.length).toBeGreaterThan(70);

    const glyphs = await drawnGlyphs(await renderContent([inColumn(150, { text: inlines, fontSize: 16 })]));
    expect(glyphs.filter((g) => g.cid === 0)).toEqual([]);
    expect(glyphs.filter((g) => /[\u200B\u2060]/u.test(g.unicode))).toEqual([]);
    // Every space drawn is a space of the text: the hints added none.
    expect(glyphs.filter((g) => g.unicode === " ").length).toBe(text.split(" ").length - 1);
  });

  it("draws each character's glyphs in text order; only the NIKHAHIT half of ำ stands for no text", async () => {
    const text = "ดำเนินการ น้ำ ที่ ผู้ใหญ่ กำหนด ITAที่";
    const glyphs = await drawnGlyphs(await renderContent([{ text: thaiInlines(text), fontSize: 16 }]));
    const silent = glyphs.filter((g) => EMPTY_TEXT_CIDS.includes(g.cid));
    // ดำ and กำ: a zero-width NIKHAHIT without text; in น้ำ it is ligated with the tone mark.
    expect(silent.length).toBe(2);
    expect(silent.every((g) => g.width === 0)).toBe(true);
    const drawnText = glyphs
      .filter((g) => !EMPTY_TEXT_CIDS.includes(g.cid))
      .map((g) => g.unicode)
      .join("");
    expect(drawnText).toBe(text);
  });

  it("lists the characters Sarabun lacks, each once", () => {
    expect(missingGlyphs("ผ่าน ✓ 😀 ✓ และ ☺️")).toEqual(["✓", "😀", "☺"]);
    expect(missingGlyphs("รายงานผลการดำเนินการ ITA ๒๕๖๘ “E-Service” 10,056.01 บาท\t\u200B", true)).toEqual([]);
  });

  it("refuses to draw a character Sarabun lacks instead of a box", async () => {
    const rendering = renderContent([{ text: thaiInlines("ผ่าน 😀 แล้ว"), fontSize: 16 }]);
    await expect(rendering).rejects.toBeInstanceOf(MissingGlyphError);
    await expect(rendering).rejects.toThrow(/😀.*U\+1F600/u);
  });
});
