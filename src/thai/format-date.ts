import { BE_OFFSET_YEARS, type CalendarDate, daysInMonth } from "./calendar-date.js";
import { THAI_MONTHS_FULL, THAI_MONTHS_SHORT } from "./months.js";
import { type Digits, withDigits } from "./numerals.js";

/** How a date is written: "full" in the memo and the report, "short" in tight table cells. */
export type DateStyle = "full" | "short";

/** Two-digit B.E. years ("๖๘") are the last two digits of the B.E. year. */
const SHORT_YEAR_MODULUS = 100;

/**
 * Writes a date the Thai official way, day, month name and B.E. year, without leading zeros
 * on the day: full "๒๔ เมษายน ๒๕๖๘", short "๒๔ เม.ย. ๖๘" (two-digit B.E. year).
 * @throws RangeError when the date does not exist (month 13, 30 February).
 */
export function formatThaiDate(date: CalendarDate, style: DateStyle, digits: Digits = "thai"): string {
  const { year, month, day } = date;
  const monthName = (style === "full" ? THAI_MONTHS_FULL : THAI_MONTHS_SHORT)[month - 1];
  if (
    monthName === undefined ||
    !Number.isInteger(year) ||
    !Number.isInteger(day) ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw new RangeError(`formatThaiDate: ${year}-${month}-${day} (C.E.) is not a date`);
  }
  const yearBe = year + BE_OFFSET_YEARS;
  const shownYear = style === "full" ? String(yearBe) : String(yearBe % SHORT_YEAR_MODULUS).padStart(2, "0");
  return withDigits(`${day} ${monthName} ${shownYear}`, digits);
}

/**
 * Writes a period as the seed report does, two full dates joined by " - ":
 * "๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘".
 */
export function formatPeriod(from: CalendarDate, to: CalendarDate, digits: Digits = "thai"): string {
  return `${formatThaiDate(from, "full", digits)} - ${formatThaiDate(to, "full", digits)}`;
}
