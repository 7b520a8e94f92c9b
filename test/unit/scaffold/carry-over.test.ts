import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { DataError } from "../../../src/errors.js";
import { Measure, Report, TO_FILL_IN } from "../../../src/model/index.js";
import { carryOverMeasure, carryOverReport } from "../../../src/scaffold/carry-over.js";

const seed = (path: string): string =>
  readFileSync(new URL(`../../../data/${path}`, import.meta.url), "utf8");

describe("carryOverReport", () => {
  const result = carryOverReport(seed("2568/report.yaml"), "report.yaml", 2568, 2569);
  const report = parse(result.text) as Record<string, Record<string, unknown>>;

  test("sets the new fiscal year and clears the memo's date and ที่", () => {
    expect(report["fiscalYear"]).toBe(2569);
    expect(report["memo"]).not.toHaveProperty("date");
    expect(report["memo"]?.["ref"]).toBe("");
  });

  test("moves the year in the subject and the wording to the new year", () => {
    expect(report["memo"]?.["subject"]).toBe(
      "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
    );
    expect(result.text).not.toContain("๒๕๖๘");
    // Seven in the memo, one in the announcement's preamble.
    expect(result.yearMentions).toBe(8);
  });

  test("keeps the schema comment on the first line and the analyst's comments", () => {
    expect(result.text.split("\n")[0]).toBe("# yaml-language-server: $schema=../schema/report.schema.json");
    expect(result.text).toContain("# The Palat signs as acting mayor: two stacked position lines.");
  });

  test("is still a valid report but for the announcement's date and signer, reported as to fill in", () => {
    const issues = Report.safeParse(report).error?.issues ?? [];
    const kinds = issues.map((i) => [i.path.join("."), (i as { params?: { kind?: string } }).params?.kind]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["announcement.date", "to-fill-in"],
        ["announcement.signer.name", "to-fill-in"],
        ["announcement.signer.position", "to-fill-in"],
      ]),
    );
    expect(issues.every((i) => i.path[0] === "announcement")).toBe(true);
  });

  test("keeps the announcement's wording, its year moved, and marks its date and signer", () => {
    const announcement = report["announcement"] as Record<string, unknown>;
    expect(announcement["date"]).toBe(TO_FILL_IN);
    expect(announcement["signer"]).toEqual({ name: TO_FILL_IN, position: TO_FILL_IN });
    expect((announcement["preamble"] as string[])[1]).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
  });

  test("refuses a file that is not YAML, with its line and column", () => {
    expect.assertions(2);
    try {
      carryOverReport("fiscalYear: 2568\nmemo: [a\n", "data/2568/report.yaml", 2568, 2569);
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).issues[0]).toMatchObject({
        file: "data/2568/report.yaml",
        code: "yaml.syntax",
      });
    }
  });
});

describe("carryOverMeasure", () => {
  test("resets status and outcomes to the marker, which the measure schema reports as to fill in", () => {
    const result = carryOverMeasure(seed("2568/measures/01-service-standards.yaml"), "01.yaml", 2568, 2569);
    const measure = parse(result.text) as Record<string, unknown>;
    expect(measure["status"]).toBe(TO_FILL_IN);
    expect(measure["outcomes"]).toEqual([TO_FILL_IN]);
    const issues = Measure.safeParse(measure).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join("."), (i as { params?: { kind?: string } }).params?.kind])).toEqual(
      [
        ["status", "to-fill-in"],
        ["outcomes.0", "to-fill-in"],
      ],
    );
  });

  test("keeps title, steps and responsible units, and moves years named in the steps", () => {
    const result = carryOverMeasure(seed("2568/measures/02-budget-transparency.yaml"), "02.yaml", 2568, 2569);
    const measure = parse(result.text) as { title: string; steps: { text: string }[]; responsible: string[] };
    expect(measure.title).toBe("มาตรการสร้างความโปร่งใสเกี่ยวกับการดำเนินงานและการใช้จ่ายงบประมาณ");
    expect(measure.responsible).toEqual(["สำนักปลัด"]);
    expect(measure.steps[1]?.text).toContain("ประจำปีงบประมาณ ๒๕๖๙ ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๙");
    expect(measure.steps[2]?.text).toContain("ประจำปีงบประมาณ ๒๕๖๘");
  });

  test("moves the period to the new fiscal year and drops the reason of a not-done measure", () => {
    const text = [
      "no: 4",
      "title: มาตรการ",
      "steps: [ขั้นตอน]",
      "period:",
      "  from: ๑ ตุลาคม ๒๕๖๗",
      "  to: 2025-09-30",
      "responsible: [กองคลัง]",
      "status: not-done",
      "reason: งบประมาณไม่เพียงพอ",
      "outcomes: []",
      "",
    ].join("\n");
    const measure = parse(carryOverMeasure(text, "04.yaml", 2568, 2569).text) as Record<string, unknown>;
    expect(measure["period"]).toEqual({ from: "๑ ตุลาคม ๒๕๖๘", to: "2026-09-30" });
    expect(measure).not.toHaveProperty("reason");
    expect(measure["status"]).toBe(TO_FILL_IN);
  });
});
