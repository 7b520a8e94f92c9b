import type { MessageParam } from "../errors.js";
import type { MessageCode } from "../i18n/catalog.js";
import { type CalendarDate } from "../thai/calendar-date.js";
import { fiscalYearPeriod } from "../thai/fiscal-year.js";
import { formatThaiDate } from "../thai/format-date.js";

/**
 * Convention: an announcement of the year's measures is signed inside its fiscal year or in the
 * months just before it; earlier than this many months before 1 October is surely last year's.
 */
export const ANNOUNCEMENT_MONTHS_BEFORE_YEAR = 3;

type Note = (code: MessageCode, params: Readonly<Record<string, MessageParam>>) => void;

const key = (d: CalendarDate): number => d.year * 10000 + d.month * 100 + d.day;

/**
 * The announcement opens the cycle the memo closes: a date not before the memo's, or outside its
 * fiscal year and the months just before it, is noted (a warning: the build goes on).
 */
export function checkAnnouncementDate(
  announced: CalendarDate,
  memoDate: CalendarDate | undefined,
  fiscalYearBe: number,
  note: Note,
): void {
  const shown = (d: CalendarDate): string => formatThaiDate(d, "full");
  if (memoDate !== undefined && key(announced) >= key(memoDate)) {
    note("announcement.not-before-memo", { date: shown(announced), memoDate: shown(memoDate) });
  }
  const { from, to } = fiscalYearPeriod(fiscalYearBe);
  const months = from.year * 12 + (from.month - 1) - ANNOUNCEMENT_MONTHS_BEFORE_YEAR;
  const earliest: CalendarDate = { year: Math.floor(months / 12), month: (months % 12) + 1, day: 1 };
  if (key(announced) < key(earliest) || key(announced) > key(to)) {
    note("announcement.outside-year", {
      date: shown(announced),
      fiscalYear: fiscalYearBe,
      from: shown(earliest),
      to: shown(to),
    });
  }
}
