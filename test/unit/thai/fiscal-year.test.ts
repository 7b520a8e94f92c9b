import { describe, expect, test } from "vitest";
import { fiscalYearOf, fiscalYearPeriod } from "../../../src/thai/fiscal-year.js";
import { formatPeriod } from "../../../src/thai/format-date.js";

describe("fiscalYearPeriod", () => {
  test("fiscal year 2568 runs from 1 October 2567 to 30 September 2568", () => {
    const period = fiscalYearPeriod(2568);
    expect(period).toEqual({
      from: { year: 2024, month: 10, day: 1 },
      to: { year: 2025, month: 9, day: 30 },
    });
    expect(formatPeriod(period.from, period.to)).toBe("๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘");
  });

  test.each([
    [2567, "2023-10-01", "2024-09-30"],
    [2569, "2025-10-01", "2026-09-30"],
    [2543, "1999-10-01", "2000-09-30"],
  ])("fiscal year %i runs from %s to %s (C.E.)", (yearBe, from, to) => {
    const iso = (d: { year: number; month: number; day: number }): string =>
      `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
    const period = fiscalYearPeriod(yearBe);
    expect(iso(period.from)).toBe(from);
    expect(iso(period.to)).toBe(to);
  });

  test("refuses a year that is not a whole number", () => {
    expect(() => fiscalYearPeriod(2568.5)).toThrow(/not a year/);
  });
});

describe("fiscalYearOf", () => {
  test.each([
    [{ year: 2024, month: 9, day: 30 }, 2567],
    [{ year: 2024, month: 10, day: 1 }, 2568],
    [{ year: 2025, month: 4, day: 24 }, 2568],
    [{ year: 2025, month: 1, day: 1 }, 2568],
    [{ year: 2024, month: 12, day: 31 }, 2568],
    [{ year: 2025, month: 9, day: 30 }, 2568],
    [{ year: 2025, month: 10, day: 1 }, 2569],
  ])("%o is in fiscal year %i", (date, yearBe) => {
    expect(fiscalYearOf(date)).toBe(yearBe);
  });
});
