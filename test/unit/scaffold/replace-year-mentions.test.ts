import { describe, expect, test } from "vitest";
import { replaceYearMentions } from "../../../src/scaffold/replace-year-mentions.js";

describe("replaceYearMentions", () => {
  test("moves the report's year and the year before it, in the digits they were written in", () => {
    const result = replaceYearMentions(
      "แผนดำเนินงานประจำปีงบประมาณ ๒๕๖๗ ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘ (2568)",
      2568,
      2569,
    );
    expect(result.text).toBe("แผนดำเนินงานประจำปีงบประมาณ ๒๕๖๘ ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๙ (2569)");
    expect(result.count).toBe(3);
  });

  test("leaves older years, numbers that are not four digits long and longer numbers alone", () => {
    const text = "พ.ร.บ. พ.ศ. ๒๕๖๒ แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖-๒๕๗๐) เลขที่ ๘๐๘๐๑/๓๓๕ โทร 025681234";
    expect(replaceYearMentions(text, 2568, 2569)).toEqual({ text, count: 0 });
  });

  test("moves by the distance between the two years when a year is skipped", () => {
    expect(replaceYearMentions("ปี ๒๕๖๖", 2566, 2568).text).toBe("ปี ๒๕๖๘");
  });
});
