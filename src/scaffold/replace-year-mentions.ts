import { toArabicDigits, toThaiDigits } from "../thai/numerals.js";

const YEAR = /(?<![0-9๐-๙])[0-9๐-๙]{4}(?![0-9๐-๙])/g;

/**
 * Moves the fiscal years named in a text to the new report: the source year ("ประจำปีงบประมาณ
 * พ.ศ. ๒๕๖๘") and the year before it (the previous year's plan or report, "แผนดำเนินงาน
 * ประจำปีงบประมาณ ๒๕๖๗"), each by the same number of years, in the digits they were written in.
 * Older years are left alone: they name laws and multi-year plans ("พ.ร.บ. … พ.ศ. ๒๕๖๒",
 * "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖-๒๕๗๐)") that do not move with the report.
 */
export function replaceYearMentions(
  text: string,
  fromYear: number,
  toYear: number,
): { text: string; count: number } {
  const delta = toYear - fromYear;
  let count = 0;
  const replaced = text.replace(YEAR, (token) => {
    const year = Number(toArabicDigits(token));
    if (year !== fromYear && year !== fromYear - 1) return token;
    count += 1;
    const moved = String(year + delta);
    return /[๐-๙]/.test(token) ? toThaiDigits(moved) : moved;
  });
  return { text: replaced, count };
}
