import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILT_IN_WORDS } from "../../../src/thai/built-in-words.js";
import { BUILT_IN_LEXICON, Lexicon, lexiconWith, withLexicon } from "../../../src/thai/lexicon.js";
import { compoundBreaks, segmentThai } from "../../../src/thai/segment.js";

/** The real 2568 report of the seed agency (the fixture the PDF engine tests use too). */
const SEED_TEXT = readFileSync(
  new URL("../render/pdf/engine/fixtures/seed-report-2568.txt", import.meta.url),
  "utf8",
);
const seedLines = SEED_TEXT.split("\n").filter((l) => /[\u0E00-\u0E7F]/u.test(l));

/** Marks that can only follow a consonant: U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E. */
const COMBINING = /^[\u0E31\u0E34-\u0E3A]|^[\u0E47-\u0E4E]/u;
const LEADING_VOWEL = /[\u0E40-\u0E44]$/u;

describe("segmentThai", () => {
  it.each([
    ["ปีงบประมาณ พ.ศ. ๒๕๖๘ นั้น", ["ปีงบประมาณ", " ", "พ.ศ. ๒๕๖๘", " ", "นั้น"]],
    ["พ.ศ. และ", ["พ.ศ.", " ", "และ"]],
    ["ค.ศ. 2025 และ ฯลฯ", ["ค.ศ. 2025", " ", "และ", " ", "ฯลฯ"]],
    ["อ.บ.ต.ตาเนิน", ["อ.บ.ต.", "ตา", "เนิน"]],
    ["วันที่ ๒๔ เม.ย. ๖๘", ["วัน", "ที่", " ", "๒๔ เม.ย. ๖๘"]],
    ["๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘", ["๑ ตุลาคม ๒๕๖๗ -", " ", "๓๐ กันยายน ๒๕๖๘"]],
    ["หน่วยงานพ.ศ.๒๕๖๘", ["หน่วย", "งาน", "พ.ศ.๒๕๖๘"]],
    ["เรื่องต่างๆ และด้านต่าง ๆ ของ", ["เรื่อง", "ต่างๆ", " ", "และ", "ด้าน", "ต่าง ๆ", " ", "ของ"]],
    ["จำนวน 10,056,518.01 บาท", ["จำนวน", " ", "10,056,518.01", " ", "บาท"]],
    ["(๑) โครงการ ๑. จัดทำ", ["(๑)", " ", "โครงการ", " ", "๑.", " ", "จัด", "ทำ"]],
    [
      "ดู https://www.tanem.go.th/ita2568 หรือ info@tanem.go.th",
      ["ดู", " ", "https://www.tanem.go.th/ita2568", " ", "หรือ", " ", "info@tanem.go.th"],
    ],
    ["ระบบ E-Serviceของหน่วยงาน", ["ระบบ", " ", "E-Serviceของ", "หน่วย", "งาน"]],
    ["ผลการประเมินITAที่ดี", ["ผล", "การ", "ประเมินITAที่", "ดี"]],
    ["แนวปฏิบัติ Do & Don't ที่", ["แนว", "ปฏิบัติ", " ", "Do", " ", "&", " ", "Don't", " ", "ที่"]],
    ["ให้ระบุ “ไม่มีค่าธรรมเนียม”)", ["ให้", "ระบุ", " ", "“ไม่มี", "ค่า", "ธรรมเนียม”)"]],
    ['คำว่า "โปร่งใส" ในข้อ', ["คำ", "ว่า", " ", '"โปร่งใส"', " ", "ใน", "ข้อ"]],
    ["แก้ไข/ปรับปรุง", ["แก้ไข/", "ปรับปรุง"]],
    ["- ประชาชน -เจ้าหน้าที่", ["-", " ", "ประชาชน", " ", "-เจ้าหน้าที่"]],
    ["ร้อยละ ๘๕.๕%", ["ร้อย", "ละ", " ", "๘๕.๕%"]],
    ["ที่ ขย ๘๐๘๐๑/๓๓๕", ["ที่", " ", "ขย", " ", "๘๐๘๐๑/๓๓๕"]],
  ])("splits %j into words with their punctuation", (text, expected) => {
    expect(segmentThai(text)).toEqual(expected);
  });

  it("gives back the input when the segments are joined, for every line of the seed report", () => {
    for (const line of seedLines) expect(segmentThai(line).join("")).toBe(line);
  });

  it("gives back any input when the segments are joined", () => {
    const thaiish = fc.string({
      unit: fc.constantFrom(..."กขคงเแโใไะาำิีึืุู่้๊๋็์ๆฯ.,()“”\"' -/%๑๒๓0123abcXYZ@:\t\n😀"),
      maxLength: 60,
    });
    fc.assert(fc.property(thaiish, (text) => segmentThai(text).join("") === text));
  });

  it("never breaks before a combining mark or after a leading vowel unless whitespace is there", () => {
    const thaiish = fc.string({ unit: fc.constantFrom(..."กขเแไะาำิี่้็์ๆ.( )-"), maxLength: 40 });
    fc.assert(
      fc.property(thaiish, (text) => {
        const segments = segmentThai(text);
        return segments.every((segment, i) => {
          const prev = segments[i - 1];
          if (prev === undefined || /\s$/u.test(prev) || /^\s/u.test(segment)) return true;
          return !COMBINING.test(segment) && !LEADING_VOWEL.test(prev);
        });
      }),
    );
  });

  it("never starts a segment with a combining mark nor ends one with a leading vowel, on the seed report", () => {
    let boundaries = 0;
    for (const line of seedLines) {
      for (const segment of segmentThai(line)) {
        expect(segment, line).not.toMatch(COMBINING);
        if (!/^\s+$/u.test(segment)) expect(segment, line).not.toMatch(LEADING_VOWEL);
        boundaries++;
      }
    }
    expect(boundaries).toBeGreaterThan(2000);
  });

  it("keeps numbers, abbreviations and markers of the seed report whole", () => {
    const segments = new Set(seedLines.flatMap((l) => segmentThai(l)));
    for (const whole of [
      "พ.ศ. ๒๕๖๘",
      "พ.ศ.๒๕๖๘",
      "๒๕๖๘",
      "๓๑ มีนาคม ๒๕๖๘",
      "(๑)",
      "(๑๒)",
      "๑.",
      "E-Service",
      "Don't",
      "๘๐๘๐๑/๓๓๕",
    ]) {
      expect(segments, whole).toContain(whole);
    }
  });

  it("splits a long Thai sentence into dictionary words, not characters", () => {
    const sentence = seedLines.find((l) => l.startsWith("ตามที่")) ?? "";
    const words = segmentThai(sentence).filter((s) => s.trim() !== "");
    expect(words.length).toBeGreaterThan(60);
    expect(words).toEqual(expect.arrayContaining(["ดำเนิน", "การ", "องค์การ", "บริหาร", "คุณธรรม", "โปร่งใส"]));
  });
});

describe("segmentThai with a lexicon", () => {
  const icuOnly = new Lexicon([]);

  it("joins the words ICU splits that the built-in corrections name", () => {
    expect(segmentThai("เจ้าหน้าที่ใช้จ่ายงบประมาณ", icuOnly)).toEqual([
      "เจ้า",
      "หน้าที่",
      "ใช้",
      "จ่าย",
      "งบ",
      "ประมาณ",
    ]);
    expect(segmentThai("เจ้าหน้าที่ใช้จ่ายงบประมาณ")).toEqual(["เจ้าหน้าที่", "ใช้", "จ่าย", "งบประมาณ"]);
  });

  it("only removes boundaries: a word inside a longer ICU segment adds none", () => {
    // ICU: "การก|ระ|ทำ"; "กระทำ" starts inside "การก": all join, "การ" is not cut off.
    expect(segmentThai("การกระทำ", icuOnly)).toEqual(["การก", "ระ", "ทำ"]);
    expect(segmentThai("การกระทำ")).toEqual(["การกระทำ"]);
    for (const line of seedLines) {
      const plain = new Set(boundariesOf(segmentThai(line, icuOnly)));
      for (const b of boundariesOf(segmentThai(line))) expect(plain.has(b), line).toBe(true);
    }
  });

  it("keeps a document's words whole, the names ICU cuts into syllables", () => {
    const names = lexiconWith(["ตาเนิน", "เนินสง่า", "ประยูรพันธ์"]);
    expect(segmentThai("องค์การบริหารส่วนตำบลตาเนิน อำเภอเนินสง่า", icuOnly)).toContain("เนิน");
    expect(segmentThai("องค์การบริหารส่วนตำบลตาเนิน อำเภอเนินสง่า", names)).toEqual([
      "องค์การ",
      "บริหาร",
      "ส่วน",
      "ตำบล",
      "ตาเนิน",
      " ",
      "อำเภอ",
      "เนินสง่า",
    ]);
    expect(segmentThai("นางสาวเสาวนิตย์ ประยูรพันธ์", names)).toContain("ประยูรพันธ์");
  });

  it("uses the lexicon a writer runs with, across awaits, and the built-in one elsewhere", async () => {
    const names = lexiconWith(["ตาเนิน"]);
    expect(lexiconWith(["ตาเนิน"])).toBe(names);
    expect(lexiconWith([])).toBe(BUILT_IN_LEXICON);
    const seen = await withLexicon(names, async () => {
      await Promise.resolve();
      return segmentThai("ตำบลตาเนิน");
    });
    expect(seen).toEqual(["ตำบล", "ตาเนิน"]);
    expect(segmentThai("ตำบลตาเนิน")).toEqual(["ตำบล", "ตา", "เนิน"]);
  });

  it("has built-in words of Thai letters only, each one segment", () => {
    expect(BUILT_IN_WORDS.length).toBeGreaterThan(40);
    for (const word of BUILT_IN_WORDS) {
      expect(word).toMatch(/^[\u0E01-\u0E4E]+$/u);
      expect(segmentThai(`ใช้${word}ได้`)).toContain(word);
    }
  });
});

describe("compoundBreaks", () => {
  it("gives the inner boundaries of built-in compounds, as ICU splits them written alone", () => {
    const text = "เจ้าหน้าที่ใช้จ่ายงบประมาณอย่างรับผิดชอบ";
    const at = (head: string): number => text.indexOf(head) + head.length;
    expect(compoundBreaks(text)).toEqual([at("เจ้า"), at("งบ"), at("รับ"), at("รับผิด")]);
  });

  it("never inside a compound ICU keeps whole alone, nor inside the document's own words", () => {
    expect(compoundBreaks("การกระทำ")).toEqual([]);
    expect(compoundBreaks("วัฒนธรรม")).toEqual([]);
    expect(compoundBreaks("งบประมาณ", lexiconWith(["งบประมาณ"]))).toEqual([]);
    expect(compoundBreaks("งบประมาณ", lexiconWith(["ตาเนิน"]))).toEqual([2]);
  });
});

function boundariesOf(segments: readonly string[]): number[] {
  const out: number[] = [];
  let offset = 0;
  for (const s of segments.slice(0, -1)) out.push((offset += s.length));
  return out;
}

describe("hyphenated numbers", () => {
  it("keep a telephone number and a year range on one line", () => {
    const segments = segmentThai("โทร. ๐-๔๔๒๓-๔๕๖๗ ต่อ ๑๒๐๕ หรือ 038-601-234 ช่วงปี ๒๕๖๗-๒๕๖๘");
    for (const whole of ["๐-๔๔๒๓-๔๕๖๗", "038-601-234", "๒๕๖๗-๒๕๖๘"]) {
      expect(
        segments.map((s) => s.trim()),
        whole,
      ).toContain(whole);
    }
  });

  it("still break at the spaces of a dash between two dates", () => {
    const segments = segmentThai("๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘").map((s) => s.trim());
    expect(segments).toContain("๑ ตุลาคม ๒๕๖๗ -");
    expect(segments).toContain("๓๐ กันยายน ๒๕๖๘");
  });
});
