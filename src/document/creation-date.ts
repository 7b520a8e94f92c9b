import type { YearData } from "../model/year-data.js";
import type { CalendarDate } from "../thai/calendar-date.js";
import { fiscalYearPeriod } from "../thai/fiscal-year.js";

/**
 * The documents' creation date comes from the data, never the clock, so the same input gives the
 * same bytes: the memo's date, or the last day of the fiscal year when the memo is not dated yet.
 */
export function creationDateOf(data: YearData): CalendarDate {
  return data.report.memo.date ?? fiscalYearPeriod(data.report.fiscalYear).to;
}
