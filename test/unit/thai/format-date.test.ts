import { describe, expect, test } from "vitest";
import { formatPeriod, formatThaiDate } from "../../../src/thai/format-date.js";

const memoDate = { year: 2025, month: 4, day: 24 };

describe("formatThaiDate", () => {
  test("writes the full form with Thai digits and the B.E. year by default", () => {
    expect(formatThaiDate(memoDate, "full")).toBe("๒๔ เมษายน ๒๕๖๘");
  });

  test("writes the short form with the abbreviated month and a two-digit B.E. year", () => {
    expect(formatThaiDate(memoDate, "short")).toBe("๒๔ เม.ย. ๖๘");
  });

  test("writes Arabic digits when asked", () => {
    expect(formatThaiDate(memoDate, "full", "arabic")).toBe("24 เมษายน 2568");
    expect(formatThaiDate(memoDate, "short", "arabic")).toBe("24 เม.ย. 68");
  });

  test.each([
    [{ year: 2024, month: 10, day: 1 }, "๑ ตุลาคม ๒๕๖๗", "๑ ต.ค. ๖๗"],
    [{ year: 2025, month: 9, day: 30 }, "๓๐ กันยายน ๒๕๖๘", "๓๐ ก.ย. ๖๘"],
    [{ year: 2025, month: 1, day: 15 }, "๑๕ มกราคม ๒๕๖๘", "๑๕ ม.ค. ๖๘"],
    [{ year: 2024, month: 2, day: 29 }, "๒๙ กุมภาพันธ์ ๒๕๖๗", "๒๙ ก.พ. ๖๗"],
    [{ year: 2025, month: 12, day: 31 }, "๓๑ ธันวาคม ๒๕๖๘", "๓๑ ธ.ค. ๖๘"],
    [{ year: 2057, month: 7, day: 4 }, "๔ กรกฎาคม ๒๖๐๐", "๔ ก.ค. ๐๐"],
  ])("writes %o as %s and %s, without a leading zero on the day", (date, full, short) => {
    expect(formatThaiDate(date, "full")).toBe(full);
    expect(formatThaiDate(date, "short")).toBe(short);
  });

  test.each([
    { year: 2025, month: 2, day: 29 },
    { year: 2025, month: 13, day: 1 },
    { year: 2025, month: 0, day: 1 },
    { year: 2025, month: 4, day: 31 },
    { year: 2025, month: 4, day: 0 },
    { year: 2025.5, month: 4, day: 1 },
  ])("refuses a day that does not exist: %o", (date) => {
    expect(() => formatThaiDate(date, "full")).toThrow(/is not a date/);
  });
});

describe("formatPeriod", () => {
  test("joins two full dates with ' - ' as the seed report does", () => {
    expect(formatPeriod({ year: 2024, month: 10, day: 1 }, { year: 2025, month: 9, day: 30 })).toBe(
      "๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘",
    );
  });

  test("writes Arabic digits when asked", () => {
    expect(formatPeriod({ year: 2024, month: 10, day: 1 }, { year: 2025, month: 9, day: 30 }, "arabic")).toBe(
      "1 ตุลาคม 2567 - 30 กันยายน 2568",
    );
  });
});
