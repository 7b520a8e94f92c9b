import { describe, expect, it } from "vitest";
import { emergencyCutLength, safeCutLength } from "../../../../../src/render/pdf/engine/emergency-break.js";
import { moveTextToDecompositionTails } from "../../../../../src/render/pdf/engine/per-use-code-points.js";

describe("safeCutLength", () => {
  it.each([
    ["ดำเนินการ", 4, 2, "ดำ|เนินการ: not before ิ, not after เ"],
    ["ดำเนินการ", 5, 5, "ดำเนิ|นการ: after a complete cluster"],
    ["ดำเนินการ", 1, 2, "ดำ: ำ stays with ด"],
    ["ที่ทำการ", 2, 3, "ที่: marks stay with ท"],
    ["ผู้ใหญ่", 4, 3, "ผู้|ใหญ่"],
    ["ประชาสัมพันธ์", 7, 7, "ประชาสั|มพันธ์"],
    ["ABCDEF", 3, 3, "plain Latin letters"],
  ])("cuts %s wanted at %i at %i (%s)", (text, wanted, cut) => {
    expect(safeCutLength(text, wanted)).toBe(cut);
  });

  it("overflows rather than strand a mark when no earlier cut is safe", () => {
    expect(safeCutLength("เก่ง", 1)).toBe(3);
    expect(safeCutLength("ก่", 1)).toBe(2);
  });
});

describe("emergencyCutLength", () => {
  const url = "https://www.tanem.go.th/index.php?option=com_content&id=12";
  it.each([
    [url, 29, "https://www.tanem.go.th/"],
    [url, 12, "https://www."],
    [url, 9, "https://"],
    [url, 7, "https:/"],
    ["somebody.long@tanem.go.th", 20, "somebody.long@tanem."],
    ["somebody.long@tanem.go.th", 16, "somebody.long@"],
  ])("cuts %s after URL punctuation before %i", (text, wanted, head) => {
    expect(text.slice(0, emergencyCutLength(text, wanted))).toBe(head);
  });

  it("cuts after a pair of URL punctuation marks, not between them", () => {
    expect(emergencyCutLength("http://www.a", 7)).toBe(7);
    expect(emergencyCutLength("abcdef?&x=1", 9)).toBe(8);
  });

  it("skips the engine's invisible hints around the punctuation", () => {
    const hinted = "abcdef/\u2060ghijkl";
    expect(hinted.slice(0, emergencyCutLength(hinted, 10))).toBe("abcdef/\u2060");
  });

  it("keeps a line at least half full: a cut far back falls back to a grapheme cut", () => {
    expect(emergencyCutLength("a/bcdefghijklmnop", 12)).toBe(12);
  });

  it("cuts a segment joined across spaces (a date, an era and its year) after a space, never in its digits", () => {
    const date = "๓๐ กันยายน\u2060 \u2060๒๕๖๘";
    expect(date.slice(0, emergencyCutLength(date, date.length - 2))).toBe("๓๐ กันยายน\u2060 \u2060");
    expect(emergencyCutLength("พ.ศ. ๒๕๖๘", 7)).toBe(5);
  });

  it("cuts plain Thai as safeCutLength does", () => {
    expect(emergencyCutLength("ดำเนินการ", 4)).toBe(safeCutLength("ดำเนินการ", 4));
  });
});

describe("moveTextToDecompositionTails", () => {
  it("gives the decomposed character to the glyph drawn last", () => {
    // ด, NIKHAHIT (from ำ), SARA AA (no code point of its own)
    expect(moveTextToDecompositionTails([[0xe14], [0xe33], []])).toEqual([[0xe14], [], [0xe33]]);
    // น, NIKHAHIT+MAI THO ligature (้ ำ), SARA AA
    expect(moveTextToDecompositionTails([[0xe19], [0xe49, 0xe33], []])).toEqual([[0xe19], [0xe49], [0xe33]]);
    expect(moveTextToDecompositionTails([[0xe01], [0xe32]])).toEqual([[0xe01], [0xe32]]);
  });
});

describe("emergencyCutLength in a long Thai segment", () => {
  it("cuts between its dictionary words, however short the line", () => {
    const name = "องค์การบริหารส่วนตำบลตาเนิน";
    expect(name.slice(0, emergencyCutLength(name, 16))).toBe("องค์การบริหาร");
    // "และ|วัฒนธรรม": a three-letter line rather than "และวัฒน|ธรรม".
    expect("และวัฒนธรรม".slice(0, emergencyCutLength("และวัฒนธรรม", 7))).toBe("และ");
  });

  it("never inside a word of the built-in corrections, unless it alone is wider than the line", () => {
    expect("ศาสนาและวัฒนธรรม".slice(0, emergencyCutLength("ศาสนาและวัฒนธรรม", 13))).toBe("ศาสนาและ");
    expect(emergencyCutLength("วัฒนธรรม", 5)).toBe(safeCutLength("วัฒนธรรม", 5));
  });
});
