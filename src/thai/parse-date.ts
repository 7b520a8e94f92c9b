import { BE_OFFSET_YEARS, BE_THRESHOLD_YEAR, type CalendarDate, daysInMonth } from "./calendar-date.js";
import { monthNumber } from "./months.js";
import { toArabicDigits } from "./numerals.js";

/** Why a text is not a date, for messages in other languages than `reason`'s English. */
export type DateFailure =
  | { code: "not-a-date" }
  | { code: "unknown-month-name"; monthName: string }
  | { code: "no-such-month"; month: number }
  | { code: "no-such-day"; yearCe: number; month: number; daysInMonth: number };

export type ParsedDate =
  { ok: true; date: CalendarDate } | { ok: false; reason: string; failure: DateFailure };

/** Two-digit years ("24 เม.ย. 68") are B.E. years of this century: 68 → 2568. */
const SHORT_BE_CENTURY = 2500;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const THAI = /^(\d{1,2})\s*([\u0E00-\u0E7F.]+?)\s*(?:พ\.ศ\.\s*)?(\d{2}|\d{4})$/;

function toCeYear(year: number, digits: number): number {
  if (digits === 2) return SHORT_BE_CENTURY + year - BE_OFFSET_YEARS;
  return year >= BE_THRESHOLD_YEAR ? year - BE_OFFSET_YEARS : year;
}

function checked(yearCe: number, month: number, day: number, shown: string): ParsedDate {
  if (month < 1 || month > 12) {
    return {
      ok: false,
      reason: `month ${month} does not exist in "${shown}"`,
      failure: { code: "no-such-month", month },
    };
  }
  const last = daysInMonth(yearCe, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      reason: `"${shown}" does not exist: that month has ${last} days`,
      failure: { code: "no-such-day", yearCe, month, daysInMonth: last },
    };
  }
  return { ok: true, date: { year: yearCe, month, day } };
}

/**
 * Reads a date as an analyst types it: ISO ("2025-04-24", "2568-04-24"), Thai in full
 * ("๒๔ เมษายน ๒๕๖๘") or short ("24 เม.ย. 68"), with Thai or Arabic digits.
 * Four-digit years ≥ 2400 are B.E., smaller ones C.E.; two-digit years are B.E. 25xx.
 */
export function parseDate(input: string): ParsedDate {
  const shown = input.trim();
  const text = toArabicDigits(shown).replace(/\s+/g, " ");
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, m, d] = iso;
    return checked(toCeYear(Number(y), 4), Number(m), Number(d), shown);
  }
  const thai = THAI.exec(text);
  if (thai) {
    const [, d, monthName, y] = thai;
    const month = monthNumber(monthName ?? "");
    if (month === undefined) {
      return {
        ok: false,
        reason: `"${monthName}" is not a Thai month name`,
        failure: { code: "unknown-month-name", monthName: monthName ?? "" },
      };
    }
    return checked(toCeYear(Number(y), (y ?? "").length), month, Number(d), shown);
  }
  return { ok: false, reason: `"${shown}" is not a date`, failure: { code: "not-a-date" } };
}
