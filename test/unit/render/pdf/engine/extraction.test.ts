import { describe, expect, it } from "vitest";
import { thaiInlines } from "../../../../../src/render/pdf/engine/thai-inlines.js";
import { pdftotextRaw, pdfjsText, visibleText } from "../../../../helpers/pdf-text.js";
import { inColumn, renderContent, SEED_LINES } from "./render-helpers.js";

/** Every Thai line of the seed report, HTML leftovers and tabs included: about 24,000 characters. */
const SEED_TEXT = SEED_LINES.map((l) => l.replace(/\t/gu, " "));

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe("copy and search of Thai text in the PDF", () => {
  let pdf: Uint8Array;
  const input = visibleText(SEED_TEXT.join(""));

  it("renders the whole seed report as paragraphs", async () => {
    pdf = await renderContent(
      SEED_TEXT.map((line) => ({ text: thaiInlines(line), fontSize: 14, margin: [0, 0, 0, 4] })),
    );
    expect(input.length).toBeGreaterThan(15_000);
  });

  it("extracts exactly the input with pdftotext -raw, character for character", () => {
    expect(visibleText(pdftotextRaw(pdf))).toBe(input);
  });

  it("extracts exactly the input with pdf.js, character for character", async () => {
    expect(visibleText(await pdfjsText(pdf))).toBe(input);
  });

  it("keeps every ำ and every า, so การ and ดำเนินการ are found as often as they were written", async () => {
    const poppler = visibleText(pdftotextRaw(pdf));
    const pdfjs = visibleText(await pdfjsText(pdf));
    for (const word of ["ำ", "า", "การ", "ดำเนินการ", "น้ำ", "ประจำปีงบประมาณ"]) {
      expect(count(poppler, word), word).toBe(count(input, word));
      expect(count(pdfjs, word), word).toBe(count(input, word));
    }
    expect(count(input, "ดำเนินการ")).toBeGreaterThan(20);
  });

  it("extracts ำ after a tone mark in text order (น้ำ, not นำ้) in a narrow column too", async () => {
    const text = "น้ำท่วม ค้ำประกัน ทำงาน กำหนด ประจำ ซ้ำ ๆ ย้ำ ดำเนินการ";
    const narrow = await renderContent([inColumn(60, { text: thaiInlines(text), fontSize: 14 })]);
    expect(visibleText(pdftotextRaw(narrow))).toBe(visibleText(text));
    expect(visibleText(await pdfjsText(narrow))).toBe(visibleText(text));
  });

  it("extracts bold and plain runs of one word as that word", async () => {
    const runs = [{ text: "ดำเนิน", bold: true }, { text: "การตามมาตรการ" }];
    const doc = await renderContent([{ text: thaiInlines(runs), fontSize: 16 }]);
    expect(pdftotextRaw(doc).trim()).toBe("ดำเนินการตามมาตรการ");
    expect((await pdfjsText(doc)).trim()).toBe("ดำเนินการตามมาตรการ");
  });
});
