import { describe, expect, it } from "vitest";
import {
  BREAK_HINT,
  breakOffsets,
  JOIN_HINT,
  thaiInlines,
  withBreakHints,
} from "../../../../../src/render/pdf/engine/thai-inlines.js";

const ZW = /[\u200B\u2060]/gu;
const show = (s: string): string => s.replace(/\u200B/gu, "|").replace(/\u2060/gu, "+");

describe("thaiInlines", () => {
  it("puts a break hint between Thai words and none next to spaces", () => {
    expect(show(withBreakHints("รายงานผลการดำเนินการ ประจำปี"))).toBe("รายงาน|ผล|การ|ดำเนิน|การ ประจำ|ปี");
    expect(breakOffsets("ปี พ.ศ. ๒๕๖๘")).toEqual([]);
  });

  it("joins where UAX #14 would break inside a word: ต่าง ๆ, E-Service", () => {
    expect(show(withBreakHints("ด้านต่าง ๆ ของระบบ E-Service"))).toBe("ด้าน|ต่าง +ๆ ของ|ระบบ E-+Service");
  });

  it("returns one inline per run with the run's bold and link, and the shared style", () => {
    const inlines = thaiInlines(
      [
        { text: "เรื่อง", bold: true },
        { text: " รายงานผล" },
        { text: "www.tanem.go.th", link: "https://www.tanem.go.th" },
      ],
      { fontSize: 16, color: "#000000" },
    );
    expect(inlines).toEqual([
      { text: "เรื่อง", bold: true, fontSize: 16, color: "#000000" },
      // No hint before the address: a Latin word touching a Thai word stays with it.
      { text: ` รายงาน${BREAK_HINT}ผล`, fontSize: 16, color: "#000000" },
      { text: "www.tanem.go.th", link: "https://www.tanem.go.th", fontSize: 16, color: "#000000" },
    ]);
  });

  it("keeps a word boundary that falls between two runs, and adds none inside a word split across runs", () => {
    const between = thaiInlines([{ text: "ดำเนิน", bold: true }, { text: "การ" }]);
    expect(between.map((i) => show(i.text))).toEqual(["ดำเนิน|", "การ"]);
    const inside = thaiInlines([{ text: "ดำเ", bold: true }, { text: "นิน" }]);
    expect(inside.map((i) => i.text).join("")).toBe("ดำเนิน");
  });

  it("gives back the text when the hints are removed", () => {
    const text = "ตามที่คณะกรรมการ ฯลฯ (๑) ต่าง ๆ E-Serviceของ https://www.tanem.go.th/ita 10,056.01 บาท";
    expect(
      thaiInlines(text)
        .map((i) => i.text)
        .join("")
        .replace(ZW, ""),
    ).toBe(text);
    expect(thaiInlines("")).toEqual([]);
    expect(JOIN_HINT).toBe("\u2060");
  });
});
