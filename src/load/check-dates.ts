import type { MessageParam } from "../errors.js";
import type { MessageCode } from "../i18n/catalog.js";
import { BE_OFFSET_YEARS, BE_THRESHOLD_YEAR, type CalendarDate } from "../thai/calendar-date.js";
import { fiscalYearPeriod } from "../thai/fiscal-year.js";
import { toArabicDigits } from "../thai/numerals.js";
import type { PathSegment } from "./format-path.js";

/**
 * How many years a date may lie outside its fiscal year before it is surely a typo: a memo is
 * dated within a year or so of its report, a measure runs within its fiscal year.
 */
export const MAX_YEARS_FROM_FISCAL_YEAR = 2;

type Report = (
  code: MessageCode,
  params: Readonly<Record<string, MessageParam>>,
  path: PathSegment[],
) => void;

/** The four-digit year as typed in a date's text ("2399-12-31", "๒๔ เมษายน ๒๕๖๘"). */
function typedYear(text: string): string | undefined {
  const arabic = toArabicDigits(text);
  return /^\s*(\d{4})-/.exec(arabic)?.[1] ?? /(\d{4})\s*$/.exec(arabic)?.[1];
}

const differingDigits = (a: string, b: string): number =>
  [...a].reduce((n, ch, i) => n + (ch === b[i] ? 0 : 1), a.length === b.length ? 0 : 4);

/**
 * The year the writer most likely meant. A year converted between the eras twice (543 added to
 * a B.E. year, or taken from a C.E. one) is named as such; otherwise, among the fiscal year and
 * its neighbours in either era, the one differing in the fewest digits (2399 for 2569).
 */
function likelyMeant(
  typed: string,
  fiscalYearBe: number,
): { year: string; reading?: "be-twice" | "ce-twice" } {
  const value = Number(typed);
  const near = (be: number): boolean => Math.abs(be - fiscalYearBe) <= MAX_YEARS_FROM_FISCAL_YEAR;
  if (value >= BE_THRESHOLD_YEAR && near(value - BE_OFFSET_YEARS))
    return { year: String(value - BE_OFFSET_YEARS), reading: "be-twice" };
  if (value < BE_THRESHOLD_YEAR && near(value + 2 * BE_OFFSET_YEARS))
    return { year: String(value + BE_OFFSET_YEARS), reading: "ce-twice" };
  // Both eras: 2399 is a slip of 2569 (B.E.) more often than of any C.E. year.
  const candidates = [0, 1, -1].flatMap((d) => [
    String(fiscalYearBe + d),
    String(fiscalYearBe + d - BE_OFFSET_YEARS),
  ]);
  const best = candidates.reduce((a, b) => (differingDigits(typed, b) < differingDigits(typed, a) ? b : a));
  return { year: best };
}

/**
 * Reports a date far from the fiscal year, naming the likely typo: 2399-12-31 for 2569-12-31
 * (read as C.E. 2399 and printed ๒๙๔๒), or a year given in the wrong era.
 */
export function checkDateNearFiscalYear(
  date: CalendarDate,
  text: string,
  fiscalYearBe: number,
  path: PathSegment[],
  report: Report,
): void {
  const period = fiscalYearPeriod(fiscalYearBe);
  const earliest = period.from.year - MAX_YEARS_FROM_FISCAL_YEAR;
  const latest = period.to.year + MAX_YEARS_FROM_FISCAL_YEAR;
  if (date.year >= earliest && date.year <= latest) return;
  const typed = typedYear(text) ?? String(date.year + BE_OFFSET_YEARS);
  const meant = likelyMeant(typed, fiscalYearBe);
  report(
    "date.far-from-year",
    {
      value: text.trim(),
      yearBe: date.year + BE_OFFSET_YEARS,
      fiscalYear: fiscalYearBe,
      typed,
      meant: meant.year,
      ...(meant.reading === undefined ? {} : { reading: meant.reading }),
    },
    path,
  );
}
