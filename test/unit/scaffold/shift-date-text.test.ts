import { describe, expect, test } from "vitest";
import { shiftDateText } from "../../../src/scaffold/shift-date-text.js";

describe("shiftDateText", () => {
  test("moves a Thai date with Thai digits by one year, written the same way", () => {
    expect(shiftDateText("๑ ตุลาคม ๒๕๖๗", 1)).toBe("๑ ตุลาคม ๒๕๖๘");
  });

  test("keeps an abbreviated month and a two-digit B.E. year in Arabic digits", () => {
    expect(shiftDateText("31 มี.ค. 68", 1)).toBe("31 มี.ค. 69");
  });

  test("keeps พ.ศ. before the year", () => {
    expect(shiftDateText("๓๐ กันยายน พ.ศ. ๒๕๖๘", 2)).toBe("๓๐ กันยายน พ.ศ. ๒๕๗๐");
  });

  test("moves an ISO date in C.E. and one in B.E. keeping their era and zero padding", () => {
    expect(shiftDateText("2024-10-01", 1)).toBe("2025-10-01");
    expect(shiftDateText("2567-10-01", 1)).toBe("2568-10-01");
  });

  test("turns 29 February into the 28th when the new year is not a leap year", () => {
    expect(shiftDateText("2024-02-29", 1)).toBe("2025-02-28");
    expect(shiftDateText("๒๙ กุมภาพันธ์ ๒๕๖๗", 1)).toBe("๒๘ กุมภาพันธ์ ๒๕๖๘");
  });

  test("leaves a text that is not a date as it is, for validate to report", () => {
    expect(shiftDateText("เดือนหน้า", 1)).toBe("เดือนหน้า");
  });
});
