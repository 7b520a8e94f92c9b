import { describe, expect, it } from "vitest";
import { buildMemo } from "../../../src/document/build-memo.js";
import type { Block, LeaderLine, Paragraph } from "../../../src/document/nodes.js";
import { yearData } from "./year-data-fixture.js";

const blocks = (data = yearData()): readonly Block[] => buildMemo(data).sections[0]?.blocks ?? [];
const ofType = <T extends Block["type"]>(type: T, data = yearData()) =>
  blocks(data).filter((b): b is Extract<Block, { type: T }> => b.type === type);

describe("buildMemo", () => {
  it("starts with the title and the four header fields, ที่ and วันที่ sharing one line", () => {
    const all = blocks();
    expect(all[0]).toEqual({ type: "memoTitle", text: "บันทึกข้อความ" });
    const lines = ofType("leaderLine") as LeaderLine[];
    expect(lines.map((l) => l.fields.map((f) => f.label))).toEqual([["ส่วนราชการ"], ["ที่", "วันที่"], ["เรื่อง"]]);
    expect(lines[1]?.fields[0]?.value).toBe("ชย ๘๐๘๐๑/๓๓๕");
    expect(lines[1]?.fields[1]?.value).toBe("๒๔ เมษายน ๒๕๖๘");
    expect(lines[2]?.fields[0]?.value).toContain("พ.ศ. ๒๕๖๘");
  });

  it("writes เรียน, bold section heads, folded body text with Thai digits, bullets and the closing", () => {
    const paragraphs = ofType("paragraph") as Paragraph[];
    expect(paragraphs.map((p) => p.role)).toEqual(["salutation", "heading", "body", "heading", "closing"]);
    expect(paragraphs[0]?.runs).toEqual([{ text: "เรียน นายกองค์การบริหารส่วนตำบลตาเนิน" }]);
    expect(paragraphs[1]?.runs).toEqual([{ text: "เรื่องเดิม", bold: true }]);
    expect(paragraphs[2]?.runs).toEqual([{ text: "ตามที่คณะกรรมการ ได้จัดทำรายงาน ปีงบประมาณ พ.ศ. ๒๕๖๘ นั้น" }]);
    expect(paragraphs[4]?.runs).toEqual([{ text: "จึงเรียนมาเพื่อโปรดพิจารณา" }]);
    expect(ofType("list")[0]?.items.map((i) => i.marker)).toEqual(["-", "-"]);
  });

  it("puts the signer in parentheses and keeps an acting reviewer's two position lines", () => {
    expect(ofType("signature")[0]?.lines).toEqual([
      "(นางสาวเสาวนิตย์ ประยูรพันธ์)",
      "นักวิเคราะห์นโยบายและแผนชำนาญการ",
    ]);
    expect(ofType("reviewer")[0]).toEqual({
      type: "reviewer",
      title: "ความคิดเห็นของปลัดองค์การบริหารส่วนตำบลตาเนิน",
      dottedLines: 2,
      signature: ["(นายปณวัฒน์ ประกายเพชร)", "ปลัด รักษาการแทน", "นายก"],
    });
  });

  it("takes the creation date from the memo's date, and the fiscal year's end when undated", () => {
    expect(buildMemo(yearData()).info.creationDate).toEqual({ year: 2025, month: 4, day: 24 });
    const undated = yearData();
    const { date: _date, ...memo } = undated.report.memo;
    const data = { ...undated, report: { ...undated.report, memo } };
    expect(buildMemo(data).info.creationDate).toEqual({ year: 2025, month: 9, day: 30 });
    const fields = (buildMemo(data).sections[0]?.blocks[2] as LeaderLine).fields;
    expect(fields[1]?.value).toBe("");
  });

  it("writes Arabic digits everywhere when the data asks for them", () => {
    const data = yearData({ report: { numerals: "arabic" } });
    const lines = ofType("leaderLine", data) as LeaderLine[];
    expect(lines[1]?.fields.map((f) => f.value)).toEqual(["ชย 80801/335", "24 เมษายน 2568"]);
    expect(buildMemo(data).pageNumbers).toEqual({ digits: "arabic", fromPage: 2 });
  });
});
