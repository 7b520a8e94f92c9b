import { describe, expect, it } from "vitest";
import { safeCutLength } from "../../../../../src/render/pdf/engine/emergency-break.js";
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

describe("moveTextToDecompositionTails", () => {
  it("gives the decomposed character to the glyph drawn last", () => {
    // ด, NIKHAHIT (from ำ), SARA AA (no code point of its own)
    expect(moveTextToDecompositionTails([[0xe14], [0xe33], []])).toEqual([[0xe14], [], [0xe33]]);
    // น, NIKHAHIT+MAI THO ligature (้ ำ), SARA AA
    expect(moveTextToDecompositionTails([[0xe19], [0xe49, 0xe33], []])).toEqual([[0xe19], [0xe49], [0xe33]]);
    expect(moveTextToDecompositionTails([[0xe01], [0xe32]])).toEqual([[0xe01], [0xe32]]);
  });
});
