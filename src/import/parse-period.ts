import { BE_OFFSET_YEARS, type CalendarDate, compareDates, daysInMonth } from "../thai/calendar-date.js";
import { fiscalYearPeriod } from "../thai/fiscal-year.js";
import { formatThaiDate } from "../thai/format-date.js";
import { monthNumber } from "../thai/months.js";
import { type Digits, toArabicDigits } from "../thai/numerals.js";
import { parseDate } from "../thai/parse-date.js";

export type PeriodResult =
  | { readonly kind: "default" }
  | { readonly kind: "period"; readonly from: string; readonly to: string }
  | { readonly kind: "unread"; readonly text: string };

/** Words that mean "the whole fiscal year". */
const WHOLE_YEAR = /ตลอดปี|ทั้งปี/u;
/** What joins the two ends: a dash of any length, or ถึง / จนถึง. */
const BETWEEN = /\s*(?:[-–—]|จนถึง|ถึง)\s*/u;
/** Two-digit years are B.E. 25xx, as parseDate reads them. */
const SHORT_BE_CENTURY = 2500;

/** "ต.ค. ๖๗" or "ตุลาคม ๒๕๖๗": the first (or last) day of that month. */
function monthOnly(text: string, end: boolean): CalendarDate | undefined {
  const match = /^([\u0E00-\u0E7F.\s]+?)\s*(?:พ\.ศ\.\s*)?(\d{2}|\d{4})$/u.exec(toArabicDigits(text).trim());
  if (match === null) return undefined;
  const month = monthNumber(match[1] ?? "");
  if (month === undefined) return undefined;
  const digits = match[2] ?? "";
  const yearBe = digits.length === 2 ? SHORT_BE_CENTURY + Number(digits) : Number(digits);
  const year = yearBe - BE_OFFSET_YEARS;
  return { year, month, day: end ? daysInMonth(year, month) : 1 };
}

/**
 * The period cell: two dates ("๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘", "1 ต.ค. 67 – 30 ก.ย. 68") or two
 * months ("ต.ค. ๖๗ - ก.ย. ๖๘"). The whole fiscal year is the default and is left out of the
 * file; a date as typed is kept as typed, a month alone becomes its first or last day.
 */
export function parsePeriod(text: string, fiscalYear: number, digits: Digits): PeriodResult {
  const typed = text.replace(/\s+/g, " ").trim();
  if (typed === "" || WHOLE_YEAR.test(typed)) return { kind: "default" };
  const parts = typed.split(BETWEEN).filter((p) => p !== "");
  if (parts.length !== 2) return { kind: "unread", text: typed };
  const ends = parts.map((part, index) => {
    const parsed = parseDate(part);
    if (parsed.ok) return { date: parsed.date, text: part };
    const month = monthOnly(part, index === 1);
    return month === undefined ? undefined : { date: month, text: formatThaiDate(month, "full", digits) };
  });
  const [from, to] = ends;
  if (from === undefined || to === undefined || compareDates(to.date, from.date) < 0) {
    return { kind: "unread", text: typed };
  }
  const fiscal = fiscalYearPeriod(fiscalYear);
  if (compareDates(from.date, fiscal.from) === 0 && compareDates(to.date, fiscal.to) === 0)
    return { kind: "default" };
  return { kind: "period", from: from.text, to: to.text };
}
