import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/document/build-report.js";
import type { Cell, CellParagraph, MeasureTable } from "../../../src/document/nodes.js";
import { yearData } from "./year-data-fixture.js";

function table(data = yearData()): MeasureTable {
  const block = buildReport(data).sections[1]?.blocks.find((b) => b.type === "measureTable");
  if (block?.type !== "measureTable") throw new Error("no measure table");
  return block;
}
const paragraphs = (cell: Cell | undefined): CellParagraph[] =>
  (cell?.content ?? []).filter((c): c is CellParagraph => c.kind === "text");
const texts = (cell: Cell | undefined): string[] =>
  paragraphs(cell).map((p) => `${p.marker ?? ""}|${p.level}|${p.runs.map((r) => r.text).join("")}`);

describe("buildReport", () => {
  it("puts a portrait cover before the landscape table pages", () => {
    const report = buildReport(yearData());
    expect(report.sections.map((s) => [s.layout, s.orientation])).toEqual([
      ["cover", "portrait"],
      ["table", "landscape"],
    ]);
    expect(report.sections[0]?.blocks[0]).toEqual({
      type: "coverTitle",
      titleLines: [
        "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม",
        "และความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ.๒๕๖๘",
      ],
      agencyLines: ["องค์การบริหารส่วนตำบลตาเนิน", "อำเภอเนินสง่า จังหวัดชัยภูมิ"],
    });
    expect(report.sections[1]?.blocks[0]).toEqual({
      type: "tableTitle",
      lines: [
        "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.๒๕๖๘",
        "ขององค์การบริหารส่วนตำบลตาเนิน อำเภอเนินสง่า จังหวัดชัยภูมิ",
      ],
    });
  });

  it("has eight columns and two header rows, the status group spanning its two sub-columns", () => {
    const t = table();
    expect(t.columns).toHaveLength(8);
    expect(t.columns[7]).toEqual({});
    expect(t.headerRows[0]?.map((c) => [c.colSpan ?? 1, c.rowSpan ?? 1])).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
      [1, 2],
      [1, 2],
      [2, 1],
      [1, 2],
    ]);
    expect(t.headerRows[1]?.map((c) => texts(c))).toEqual([
      ["|0|ดำเนินการแล้วเสร็จ"],
      ["|0|ไม่สามารถดำเนินการได้"],
    ]);
  });

  it("numbers steps ๑. with sub-items (๑) one level in and their own items two levels in", () => {
    expect(texts(table().rows[0]?.[2])).toEqual([
      "๑.|0|จัดทำคู่มือ",
      "๒.|0|จัดทำแผน ดังนี้",
      "(๑)|1|โครงการ",
      "(๒)|1|ผลผลิต",
      "(๑)|2|ก",
      "(๒)|2|ข",
    ]);
    expect(texts(table().rows[1]?.[2])).toEqual(["๑.|0|บังคับใช้ ได้แก่", "-|1|ประมวลจริยธรรม"]);
  });

  it("keeps a source's own step and item numbers where steps were lost", () => {
    const data = yearData({
      measures: [
        {
          no: 1,
          title: "มาตรการ",
          steps: ["แรก", { no: 6, itemsFrom: 3, items: ["สาม", "สี่"] }, "เจ็ด"],
          responsible: ["สำนักปลัด"],
          status: "done",
        },
      ],
    });
    expect(texts(table(data).rows[0]?.[2])).toEqual([
      "๑.|0|แรก",
      "๖.|0|",
      "(๓)|1|สาม",
      "(๔)|1|สี่",
      "๗.|0|เจ็ด",
    ]);
  });

  it("defaults the period to the fiscal year and formats a given one in Thai", () => {
    expect(texts(table().rows[0]?.[3])).toEqual(["|0|๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘"]);
    expect(texts(table().rows[1]?.[3])).toEqual(["|0|๑ มกราคม ๒๕๖๘ - ๓๐ มิถุนายน ๒๕๖๘"]);
  });

  it("numbers several responsible units and leaves a single one bare", () => {
    expect(texts(table().rows[0]?.[4])).toEqual(["๑.|0|สำนักปลัด", "๒.|0|กองคลัง"]);
    expect(texts(table().rows[1]?.[4])).toEqual(["|0|สำนักปลัด"]);
  });

  it("ticks the sub-column of the status and gives the reason when not done", () => {
    const [done, notDone] = table().rows;
    expect([done?.[5]?.content, done?.[6]?.content]).toEqual([[{ kind: "check" }], []]);
    expect([notDone?.[5]?.content, notDone?.[6]?.content]).toEqual([[], [{ kind: "check" }]]);
    expect(paragraphs(notDone?.[7])[0]?.runs[0]).toEqual({ text: "เหตุที่ไม่สามารถดำเนินการได้", bold: true });
  });

  it("writes outcomes as bullets, bold sub-headings and paragraphs with links", () => {
    const cell = paragraphs(table().rows[0]?.[7]);
    expect(cell[0]?.marker).toBe("-");
    expect(cell[1]?.runs).toEqual([{ text: "ผลลัพธ์หรือความสำเร็จ", bold: true }]);
    expect(cell[2]?.runs).toEqual([
      { text: "ดูที่ " },
      { text: "https://www.tanem.go.th", link: "https://www.tanem.go.th" },
      { text: " ได้" },
    ]);
  });
});
