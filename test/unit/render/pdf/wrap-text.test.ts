import { describe, expect, it } from "vitest";
import { wrapText } from "../../../../src/render/pdf/wrap-text.js";

/** One unit per character: widths easy to reason about. */
const chars = (s: string): number => [...s].length;

describe("wrapText", () => {
  it("keeps a text that fits on one line", () => {
    expect(wrapText("รายงานผลการดำเนินการ", () => 100, chars)).toEqual(["รายงานผลการดำเนินการ"]);
  });

  it("breaks between Thai words, never inside one, and drops the space at a line end", () => {
    const lines = wrapText("รายงานผลการดำเนินการ ประจำปีงบประมาณ", () => 22, chars);
    expect(lines.join("")).toBe("รายงานผลการดำเนินการประจำปีงบประมาณ");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(chars(line)).toBeLessThanOrEqual(22);
      expect(line).toBe(line.trim());
    }
    expect(lines[0]).toBe("รายงานผลการดำเนินการ");
  });

  it("gives an empty value one empty line, for a blank dotted line", () => {
    expect(wrapText("", () => 10, chars)).toEqual([""]);
  });
});
