import type { Lang } from "../i18n/lang.js";
import { BE_OFFSET_YEARS, BE_THRESHOLD_YEAR } from "../thai/calendar-date.js";
import { toArabicDigits } from "../thai/numerals.js";
import { CliUsageError } from "./usage-error.js";

/** The fiscal year of the command line: four digits, Arabic or Thai ("2568", "๒๕๖๘"), B.E. */
export function parseYear(text: string, lang: Lang): number {
  const arabic = toArabicDigits(text.trim());
  if (!/^\d{4}$/.test(arabic)) throw CliUsageError.of("cli.bad-year", { value: text }, lang);
  const year = Number(arabic);
  // "2025" is a C.E. year: suggest its fiscal year's B.E. number rather than failing bluntly.
  if (year < BE_THRESHOLD_YEAR)
    throw CliUsageError.of("cli.bad-year", { value: text, be: year + BE_OFFSET_YEARS }, lang);
  return year;
}
