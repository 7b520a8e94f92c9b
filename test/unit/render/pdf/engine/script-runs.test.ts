import { describe, expect, it } from "vitest";
import { splitScriptRuns } from "../../../../../src/render/pdf/engine/script-runs.js";

describe("splitScriptRuns", () => {
  it.each([
    ["ITAที่", ["ITA", "ที่"]],
    ["E-Serviceของ", ["E-Service", "ของ"]],
    ["ผู้ใหญ่ITAน้ำ", ["ผู้ใหญ่", "ITA", "น้ำ"]],
    ["ปี 2568 และ ๒๕๖๘", ["ปี 2568 และ ๒๕๖๘"]],
    ["(ITA)ที่", ["(ITA)", "ที่"]],
    ["123 ABC", ["123 ABC"]],
    ["", []],
  ])("cuts %j where Thai meets another script", (text, runs) => {
    expect(splitScriptRuns(text)).toEqual(runs);
    expect(splitScriptRuns(text).join("")).toBe(text);
  });
});
