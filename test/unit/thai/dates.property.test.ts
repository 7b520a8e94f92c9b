import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  BE_OFFSET_YEARS,
  compareDates,
  daysInMonth,
  type CalendarDate,
} from "../../../src/thai/calendar-date.js";
import { fiscalYearOf, fiscalYearPeriod } from "../../../src/thai/fiscal-year.js";
import { formatThaiDate } from "../../../src/thai/format-date.js";
import { parseDate } from "../../../src/thai/parse-date.js";

/** Every day of every B.E. year in [fromBe, toBe], drawn uniformly by year, month, day. */
function dayBetween(fromBe: number, toBe: number): fc.Arbitrary<CalendarDate> {
  return fc
    .record({ yearBe: fc.integer({ min: fromBe, max: toBe }), month: fc.integer({ min: 1, max: 12 }) })
    .chain(({ yearBe, month }) => {
      const year = yearBe - BE_OFFSET_YEARS;
      return fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day }));
    });
}

const digits = fc.constantFrom("thai" as const, "arabic" as const);

describe("date properties", () => {
  test("every day from B.E. 2400 to 2700 formats in full and parses back", () => {
    fc.assert(
      fc.property(dayBetween(2400, 2700), digits, (date, d) => {
        expect(parseDate(formatThaiDate(date, "full", d))).toEqual({ ok: true, date });
      }),
      { numRuns: 2000 },
    );
  });

  test("every day of B.E. 2500–2599 formats short (two-digit year) and parses back", () => {
    fc.assert(
      fc.property(dayBetween(2500, 2599), digits, (date, d) => {
        expect(parseDate(formatThaiDate(date, "short", d))).toEqual({ ok: true, date });
      }),
      { numRuns: 1000 },
    );
  });

  test("the day after the last day of a month does not parse", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2400, max: 2700 }), fc.integer({ min: 1, max: 12 }), (yearBe, month) => {
        const last = daysInMonth(yearBe - BE_OFFSET_YEARS, month);
        const iso = `${yearBe}-${month}-${last + 1}`;
        expect(parseDate(iso)).toMatchObject({ ok: false, failure: { code: "no-such-day" } });
      }),
    );
  });
});

describe("fiscal year properties", () => {
  test("30 September ends fiscal year Y and 1 October starts fiscal year Y + 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2400, max: 2700 }), (yearBe) => {
        const year = yearBe - BE_OFFSET_YEARS;
        expect(fiscalYearOf({ year, month: 9, day: 30 })).toBe(yearBe);
        expect(fiscalYearOf({ year, month: 10, day: 1 })).toBe(yearBe + 1);
        const { from, to } = fiscalYearPeriod(yearBe);
        expect(fiscalYearOf(from)).toBe(yearBe);
        expect(fiscalYearOf(to)).toBe(yearBe);
        expect(fiscalYearPeriod(yearBe + 1).from).toEqual({ year, month: 10, day: 1 });
      }),
    );
  });

  test("a day lies inside the period of its fiscal year", () => {
    fc.assert(
      fc.property(dayBetween(2400, 2700), (date) => {
        const { from, to } = fiscalYearPeriod(fiscalYearOf(date));
        expect(compareDates(from, date)).toBeLessThanOrEqual(0);
        expect(compareDates(date, to)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
