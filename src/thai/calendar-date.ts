/** A day of the Gregorian calendar, year in C.E.; the Thai B.E. year is `year + 543`. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Difference between the Buddhist era (พ.ศ.) and the common era: B.E. = C.E. + 543. */
export const BE_OFFSET_YEARS = 543;

/** Years at or above this are read as B.E. (2400 B.E. = 1857 C.E., long before any report). */
export const BE_THRESHOLD_YEAR = 2400;

export function isLeapYear(yearCe: number): boolean {
  return (yearCe % 4 === 0 && yearCe % 100 !== 0) || yearCe % 400 === 0;
}

export function daysInMonth(yearCe: number, month: number): number {
  const days = [31, isLeapYear(yearCe) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return days[month - 1] ?? 0;
}

/** Orders two dates: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** ISO form in C.E. (YYYY-MM-DD), used for document metadata. */
export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
