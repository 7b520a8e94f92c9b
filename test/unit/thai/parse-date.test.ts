import { describe, expect, test } from "vitest";
import { formatThaiDate } from "../../../src/thai/format-date.js";
import { parseDate } from "../../../src/thai/parse-date.js";

const april24 = { year: 2025, month: 4, day: 24 };

describe("parseDate reads the forms an analyst types", () => {
  test.each([
    ["2025-04-24", april24],
    ["2568-04-24", april24],
    ["2568-4-24", april24],
    ["๒๕๖๘-๐๔-๒๔", april24],
    ["๒๔ เมษายน ๒๕๖๘", april24],
    ["24 เมษายน 2568", april24],
    ["๒๔ เมษายน พ.ศ. ๒๕๖๘", april24],
    ["24 เมษายน พ.ศ.2568", april24],
    ["24 เม.ย. 68", april24],
    ["๒๔ เม.ย. ๖๘", april24],
    ["24 เม.ย 68", april24],
    ["24 เม.ย. 2568", april24],
    ["24เมษายน2568", april24],
    ["  24   เมษายน   2568  ", april24],
    ["24\u00a0เมษายน\u00a02568", april24],
    ["01 ตุลาคม 2567", { year: 2024, month: 10, day: 1 }],
    ["24 เมษายน 2025", april24],
    ["29 กุมภาพันธ์ 2567", { year: 2024, month: 2, day: 29 }],
    ["2567-02-29", { year: 2024, month: 2, day: 29 }],
    ["2400-01-01", { year: 1857, month: 1, day: 1 }],
    ["2399-01-01", { year: 2399, month: 1, day: 1 }],
  ])("%s", (input, date) => {
    expect(parseDate(input)).toEqual({ ok: true, date });
  });
});

describe("parseDate refuses dates that do not exist, saying why", () => {
  test.each([
    ["2568-02-30", 28],
    ["2568-02-29", 28],
    ["29 กุมภาพันธ์ 2568", 28],
    ["29 ก.พ. 68", 28],
    ["2025-02-29", 28],
    ["30 กุมภาพันธ์ 2567", 29],
    ["31 เมษายน 2568", 30],
    ["0 เมษายน 2568", 30],
    ["2568-04-00", 30],
  ])("%s: that month has %i days", (input, days) => {
    const parsed = parseDate(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason).toBe(`"${input}" does not exist: that month has ${days} days`);
    expect(parsed.failure).toMatchObject({ code: "no-such-day", daysInMonth: days });
  });

  test("a month number outside 1–12", () => {
    expect(parseDate("2568-13-01")).toMatchObject({
      ok: false,
      failure: { code: "no-such-month", month: 13 },
    });
    expect(parseDate("2568-00-01")).toMatchObject({
      ok: false,
      failure: { code: "no-such-month", month: 0 },
    });
  });

  test("an unknown month name", () => {
    expect(parseDate("24 เมษา 2568")).toMatchObject({
      ok: false,
      reason: '"เมษา" is not a Thai month name',
      failure: { code: "unknown-month-name", monthName: "เมษา" },
    });
  });

  test.each([
    "",
    "tomorrow",
    "24/04/2568",
    "24 เมษายน 256",
    "24 April 2025",
    "2568-04-24T00:00",
    "124 เมษายน 2568",
  ])("text that is no date form: %j", (input) => {
    expect(parseDate(input)).toMatchObject({ ok: false, failure: { code: "not-a-date" } });
  });
});

describe("parseDate reads back what formatThaiDate writes", () => {
  test.each([
    { year: 2024, month: 10, day: 1 },
    { year: 2025, month: 9, day: 30 },
    { year: 2024, month: 2, day: 29 },
    { year: 2025, month: 12, day: 31 },
    { year: 2043, month: 1, day: 1 },
  ])("%o in every style and digit", (date) => {
    for (const style of ["full", "short"] as const) {
      for (const digits of ["thai", "arabic"] as const) {
        expect(parseDate(formatThaiDate(date, style, digits))).toEqual({ ok: true, date });
      }
    }
  });
});
