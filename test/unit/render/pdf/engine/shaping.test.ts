import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { fontPath } from "../../../../../src/render/pdf/engine/fonts.js";
import { glyphIdsWritten, pdfkitFont, renderContent } from "./render-helpers.js";
import { thaiInlines } from "../../../../../src/render/pdf/engine/thai-inlines.js";
import { pdftotextRaw, pdfjsText, visibleText } from "../../../../helpers/pdf-text.js";

interface Shaped {
  g: number;
  dx: number;
  dy: number;
  ax: number;
}

/** HarfBuzz's shaping of one single-script run: the reference (what pango/LibreOffice draw). */
function hbShape(text: string, script: "Thai" | "Latn"): Shaped[] {
  let out: string;
  try {
    out = execFileSync(
      "hb-shape",
      [fontPath("normal"), "--output-format=json", "--no-glyph-names", `--script=${script}`, "--", text],
      { encoding: "utf8" },
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error("hb-shape is not installed: apt-get install libharfbuzz-bin (the HarfBuzz reference)", {
        cause: error,
      });
    }
    throw error;
  }
  return (JSON.parse(out) as Shaped[]).map(({ g, dx, dy, ax }) => ({ g, dx, dy, ax }));
}

/** The glyphs and positions pdfkit writes for `text`, in font units. */
function pdfkitShape(text: string, fixed = true): Shaped[] {
  const font = pdfkitFont("normal", fixed);
  const { glyphs, positions } = font.layout(text);
  return glyphs.map((glyph, i) => {
    const p = positions[i] ?? { xAdvance: NaN, xOffset: NaN, yOffset: NaN };
    const unit = (v: number): number => Math.round(v / font.scale);
    return { g: glyph.id, dx: unit(p.xOffset), dy: unit(p.yOffset), ax: unit(p.xAdvance) };
  });
}

/** Mixed-script strings, cut into their runs by hand for the reference. */
const MIXED: [string, [string, "Thai" | "Latn"][]][] = [
  [
    "ITAที่",
    [
      ["ITA", "Latn"],
      ["ที่", "Thai"],
    ],
  ],
  [
    "E-Serviceของ",
    [
      ["E-Service", "Latn"],
      ["ของ", "Thai"],
    ],
  ],
  [
    "ผู้ใหญ่ITAน้ำ",
    [
      ["ผู้ใหญ่", "Thai"],
      ["ITA", "Latn"],
      ["น้ำ", "Thai"],
    ],
  ],
];

describe("Thai shaping in the PDF writer", () => {
  it.each([
    "ที่",
    "น้ำ",
    "ผู้ใหญ่",
    "ปี่",
    "สิ้น",
    "เยิ้ม",
    "ทั้ง",
    "ฤๅ",
    "ดำเนินการ",
    "กำหนด",
    "ญี่ปุ่น",
    "ปุ่ม",
    "ฝุ่น",
    "ปู่",
    "ฐาน",
    "ญาติ",
  ])("places the tone marks and vowels of %s glyph for glyph like HarfBuzz", (word) => {
    expect(pdfkitShape(word)).toEqual(hbShape(word, "Thai"));
  });

  it.each(MIXED)("shapes %s run by run like HarfBuzz, without adding space", (text, runs) => {
    const reference = runs.flatMap(([run, script]) => hbShape(run, script));
    expect(pdfkitShape(text)).toEqual(reference);
  });

  it("writes into the PDF content stream the glyph ids HarfBuzz chooses", async () => {
    const words = ["ที่", "น้ำ", "ผู้ใหญ่", "ปี่", "สิ้น", "เยิ้ม", "ทั้ง", "ฤๅ", "ปุ่ม"];
    const text = words.join(" ");
    const reference = words.flatMap((w, i) => [
      ...(i > 0 ? hbShape(" ", "Thai") : []),
      ...hbShape(w, "Thai"),
    ]);
    expect(await glyphIdsWritten(text)).toEqual(reference.map((g) => g.g));
    const mixed = [...hbShape("ITA", "Latn"), ...hbShape("ที่", "Thai")].map((g) => g.g);
    expect(await glyphIdsWritten("ITAที่")).toEqual(mixed);
  });

  it("needs the script-run fix: fontkit alone shapes ITAที่ as Latin, with a raised tone mark", () => {
    const plain = pdfkitShape("ITAที่", false);
    const reference = [...hbShape("ITA", "Latn"), ...hbShape("ที่", "Thai")];
    expect(plain).not.toEqual(reference);
    // MAI EK: the small form in HarfBuzz, the Latin-context form raised by fontkit alone.
    expect(plain.at(-1)?.g).not.toBe(reference.at(-1)?.g);
  });

  it("writes mixed-script words as one word, extracted without inserted space", async () => {
    const text = "ระบบ E-Serviceของหน่วยงาน ผลการประเมิน ITAที่ดี";
    const pdf = await renderContent([{ text: thaiInlines(text), fontSize: 16 }]);
    expect(pdftotextRaw(pdf).trim()).toBe(text);
    expect((await pdfjsText(pdf)).trim()).toBe(text);
    expect(visibleText(text)).toBe(visibleText(pdftotextRaw(pdf)));
  });
});
