import type { Content } from "pdfmake/interfaces.js";
import { describe, expect, it } from "vitest";
import { COMPOUND_BREAK_BELOW_FILL } from "../../../../../src/render/pdf/engine/pdfkit-thai-fixes.js";
import { thaiInlines } from "../../../../../src/render/pdf/engine/thai-inlines.js";
import { textWidth } from "../../../../../src/render/pdf/measure-text.js";
import { lexiconWith, withLexicon } from "../../../../../src/thai/lexicon.js";
import { compoundBreaks, segmentThai } from "../../../../../src/thai/segment.js";
import { pdfjsLines, pdftotextRaw, visibleText } from "../../../../helpers/pdf-text.js";
import { inColumn, LONG_PARAGRAPH, renderContent, SEED_LINES } from "./render-helpers.js";

/** A line must not start with a combining mark (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E) or ะ า ำ ๅ. */
const DEPENDENT_START = /^[\u0E30-\u0E3A\u0E45]|^[\u0E47-\u0E4E]/u;
const LEADING_VOWEL_END = /[\u0E40-\u0E44]$/u;

/**
 * Offsets in the visible text (whitespace removed) where a line may end: where one segment of
 * `text` ends, and the inner boundaries of built-in compounds (a last resort, see
 * `compoundBreaks`).
 */
function segmentEnds(text: string): Set<number> {
  const ends = new Set<number>();
  let offset = 0;
  for (const segment of segmentThai(text)) {
    offset += visibleText(segment).length;
    ends.add(offset);
  }
  for (const at of compoundBreaks(text)) ends.add(visibleText(text.slice(0, at)).length);
  return ends;
}

/** The extracted lines' offsets of their ends in the visible text; checks they rebuild it. */
function lineEnds(lines: string[], text: string): number[] {
  const visible = lines.map(visibleText).filter((l) => l !== "");
  expect(visible.join("")).toBe(visibleText(text));
  let offset = 0;
  return visible.slice(0, -1).map((line) => (offset += line.length));
}

async function linesOf(content: Content): Promise<{ pdfjs: string[]; poppler: string[] }> {
  const pdf = await renderContent([content]);
  return {
    pdfjs: (await pdfjsLines(pdf)).map((l) => l.text),
    poppler: pdftotextRaw(pdf).split(/\n|\f/u),
  };
}

describe("Thai line breaking", () => {
  it("breaks a long seed paragraph in a narrow column only between words", async () => {
    const { pdfjs, poppler } = await linesOf(
      inColumn(130, { text: thaiInlines(LONG_PARAGRAPH), fontSize: 16 }),
    );
    const allowed = segmentEnds(LONG_PARAGRAPH);
    const ends = lineEnds(pdfjs, LONG_PARAGRAPH);
    expect(ends.length).toBeGreaterThan(20);
    for (const end of ends) expect(allowed.has(end), `line break at ${end}`).toBe(true);
    expect(lineEnds(poppler, LONG_PARAGRAPH)).toEqual(ends);
    for (const line of pdfjs) expect(line).not.toMatch(DEPENDENT_START);
  });

  it("breaks every Thai line of the seed report between words at table-cell width", async () => {
    const paragraphs = SEED_LINES.filter((l) => l.length > 200).slice(0, 8);
    expect(paragraphs.length).toBe(8);
    for (const paragraph of paragraphs) {
      const text = paragraph.replace(/\t/gu, " ");
      const { pdfjs } = await linesOf(inColumn(180, { text: thaiInlines(text), fontSize: 14 }));
      const allowed = segmentEnds(text);
      for (const end of lineEnds(pdfjs, text))
        expect(allowed.has(end), `${text.slice(0, 30)}… at ${end}`).toBe(true);
    }
  });

  it("flags line ends outside the allowed set (the check can fail)", async () => {
    // Without the hints pdfmake sees only the spaces; the engine's emergency cuts of the long
    // space-free runs fall at dictionary words, so the control allows spaces only.
    const { pdfjs } = await linesOf(inColumn(130, { text: LONG_PARAGRAPH, fontSize: 16 }));
    const atSpaces = new Set<number>();
    let offset = 0;
    for (const part of LONG_PARAGRAPH.split(/\s+/u)) atSpaces.add((offset += visibleText(part).length));
    const inside = lineEnds(pdfjs, LONG_PARAGRAPH).filter((end) => !atSpaces.has(end));
    expect(inside.length).toBeGreaterThan(3);
  });

  it("cuts a word wider than its cell between letters, never before a mark or after a leading vowel", async () => {
    const text = "ดำเนินการแล้วเสร็จ ไม่สามารถดำเนินการได้ ผู้รับผิดชอบ เจ้าหน้าที่ ประชาสัมพันธ์";
    for (const width of [28, 34, 40, 47]) {
      const { pdfjs } = await linesOf(inColumn(width, { text: thaiInlines(text), fontSize: 14 }));
      expect(visibleText(pdfjs.join(""))).toBe(visibleText(text));
      for (const line of pdfjs) {
        expect(line, `width ${width}`).not.toMatch(DEPENDENT_START);
        expect(line.trim(), `width ${width}`).not.toMatch(LEADING_VOWEL_END);
      }
    }
  });

  it("keeps a mixed-script word together: no break between ITA and ที่", async () => {
    const text = "ผลการประเมิน ITAที่ได้ E-Serviceของหน่วยงาน ".repeat(6);
    const { pdfjs } = await linesOf(inColumn(90, { text: thaiInlines(text), fontSize: 14 }));
    for (const line of pdfjs) {
      expect(line.trim()).not.toMatch(/^(ที่|ของ)/u);
      expect(line.trim()).not.toMatch(/(ITA|E-Service)$/u);
    }
  });
});

describe("a compound of the built-in corrections at a line end", () => {
  const SIZE = 14;
  const compound = "งบประมาณ";
  const width = (s: string): number => textWidth(s, SIZE);

  /** The lines of `prefix + compound` in a column just too narrow for both. */
  async function lines(prefix: string): Promise<{ lines: string[]; fill: number }> {
    const column = width(`${prefix}งบ`) + 1;
    const { pdfjs } = await linesOf(
      inColumn(column, { text: thaiInlines(prefix + compound), fontSize: SIZE }),
    );
    return { lines: pdfjs.map(visibleText).filter((l) => l !== ""), fill: width(prefix.trimEnd()) / column };
  }

  it("moves whole to the next line when the line is already nearly full", async () => {
    const { lines: got, fill } = await lines("ข้อมูลข่าวสารทั่วไป ");
    expect(fill).toBeGreaterThanOrEqual(COMPOUND_BREAK_BELOW_FILL);
    expect(got).toEqual(["ข้อมูลข่าวสารทั่วไป", compound]);
  });

  it("breaks between its dictionary words rather than leave a line far from full", async () => {
    const { lines: got, fill } = await lines("ข้อมูล ");
    expect(fill).toBeLessThan(COMPOUND_BREAK_BELOW_FILL);
    expect(got).toEqual(["ข้อมูลงบ", "ประมาณ"]);
  });

  it("never breaks a word of the document's own, however empty the line", async () => {
    const text = "ข้อมูล งบประมาณ";
    // Wide enough for the word alone (no emergency cut) and for "ข้อมูล งบ" (a compound break).
    const column = Math.max(width("ข้อมูล งบ"), width(compound)) + 1;
    expect(width("ข้อมูล") / column).toBeLessThan(COMPOUND_BREAK_BELOW_FILL);
    const render = async (content: Content): Promise<string[]> =>
      (await linesOf(inColumn(column, content))).pdfjs.map(visibleText).filter((l) => l !== "");
    expect(await render({ text: thaiInlines(text), fontSize: SIZE })).toEqual(["ข้อมูลงบ", "ประมาณ"]);
    const own = withLexicon(lexiconWith([compound]), () => ({ text: thaiInlines(text), fontSize: SIZE }));
    expect(await render(own)).toEqual(["ข้อมูล", compound]);
  });
});
