import { BE_OFFSET_YEARS, type CalendarDate } from "./calendar-date.js";

/** The Thai fiscal year starts on 1 October (พ.ร.บ. วิธีการงบประมาณ พ.ศ. ๒๕๖๑, definition of ปีงบประมาณ). */
const FIRST_MONTH = 10;

export interface FiscalYearPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/**
 * The days of fiscal year `yearBe` (B.E.): it is named after the calendar year in which it ends,
 * so 2568 runs from 1 October 2567 to 30 September 2568 (2024-10-01 to 2025-09-30 C.E.).
 */
export function fiscalYearPeriod(yearBe: number): FiscalYearPeriod {
  if (!Number.isInteger(yearBe)) throw new RangeError(`fiscalYearPeriod: ${yearBe} is not a year`);
  const endCe = yearBe - BE_OFFSET_YEARS;
  return {
    from: { year: endCe - 1, month: FIRST_MONTH, day: 1 },
    to: { year: endCe, month: FIRST_MONTH - 1, day: 30 },
  };
}

/** The fiscal year (B.E.) a day belongs to: 30 September 2568 is in 2568, 1 October 2568 in 2569. */
export function fiscalYearOf(date: CalendarDate): number {
  const yearBe = date.year + BE_OFFSET_YEARS;
  return date.month >= FIRST_MONTH ? yearBe + 1 : yearBe;
}
