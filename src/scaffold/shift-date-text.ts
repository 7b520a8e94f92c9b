import { daysInMonth } from "../thai/calendar-date.js";
import { toArabicDigits, toThaiDigits } from "../thai/numerals.js";
import { parseDate } from "../thai/parse-date.js";

const ISO = /^(\s*)(\d{4})-(\d{1,2})-(\d{1,2})(\s*)$/;
const THAI = /^(\s*)(\d{1,2})(\D.*?)(\d{2}|\d{4})(\s*)$/;

/**
 * Moves a date written in the data by whole years, keeping the way the analyst wrote it (ISO or
 * Thai, full or abbreviated month, B.E. or C.E., two- or four-digit year, Thai or Arabic digits),
 * so that a carried-over file reads like the analyst's own. Only the year changes, and the day
 * when 29 February lands in a common year (it becomes the 28th). A text that is not a date is
 * returned unchanged: `validate` reports it.
 * @example shiftDateText("๑ ตุลาคม ๒๕๖๗", 1) → "๑ ตุลาคม ๒๕๖๘"
 */
export function shiftDateText(text: string, years: number): string {
  const parsed = parseDate(text);
  if (!parsed.ok) return text;
  const { year, month, day } = parsed.date;
  const newDay = Math.min(day, daysInMonth(year + years, month));
  const arabic = toArabicDigits(text);
  const iso = ISO.exec(arabic);
  const thai = iso ? null : THAI.exec(arabic);
  let shifted: string;
  if (iso) {
    const [, lead, y, m, d, trail] = iso as unknown as string[];
    shifted = `${lead}${Number(y) + years}-${m}-${String(newDay).padStart(d!.length, "0")}${trail}`;
  } else if (thai) {
    const [, lead, d, middle, y, trail] = thai as unknown as string[];
    const yearText =
      y!.length === 2 ? String((Number(y) + years + 100) % 100).padStart(2, "0") : String(Number(y) + years);
    shifted = `${lead}${String(newDay).padStart(d!.length, "0")}${middle}${yearText}${trail}`;
  } else {
    return text;
  }
  return /[๐-๙]/.test(text) ? toThaiDigits(shifted) : shifted;
}
