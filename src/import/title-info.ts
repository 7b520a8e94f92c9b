import { toArabicDigits } from "../thai/numerals.js";
import type { DocBlock } from "./docx-body.js";

export interface TitleInfo {
  /** The fiscal year named in the title ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"), B.E. */
  readonly fiscalYear?: number;
  /** True when that year is written in Arabic digits: the report then uses Arabic numerals. */
  readonly arabic: boolean;
  readonly agency?: { readonly name: string; readonly district: string; readonly province: string };
}

const FISCAL_YEAR = /ปีงบประมาณ\s*(?:พ\.ศ\.)?\s*([0-9\u0E50-\u0E59]{4})/u;
/** "(ของ)องค์การบริหารส่วนตำบลตาเนิน อำเภอเนินสง่า จังหวัดชัยภูมิ". */
const AGENCY_LINE = /^(?:ของ)?\s*(\S.*?)\s+((?:อำเภอ|เขต)\s?\S+)\s+(จังหวัด\s?\S+|กรุงเทพมหานคร)\s*$/u;
/** The lowest and highest B.E. years the model accepts. */
const MIN_YEAR = 2400;
const MAX_YEAR = 2700;

/**
 * The fiscal year and the agency, read from the paragraphs before the measure table (the cover
 * and the table's title lines). The agency is found in a line "ของ<name> อำเภอ… จังหวัด…", or in
 * the cover's name line followed by its district and province line.
 */
export function readTitleInfo(blocks: readonly DocBlock[]): TitleInfo {
  const texts: string[] = [];
  for (const block of blocks) {
    if (block.kind === "table") break;
    const t = block.text.replace(/\s+/g, " ").trim();
    if (t !== "") texts.push(t);
  }
  let fiscalYear: number | undefined;
  let arabic = false;
  for (const t of texts) {
    const m = FISCAL_YEAR.exec(t);
    if (m === null) continue;
    const year = Number(toArabicDigits(m[1] ?? ""));
    if (year >= MIN_YEAR && year <= MAX_YEAR) {
      fiscalYear = year;
      arabic = /^[0-9]+$/.test(m[1] ?? "");
      break;
    }
  }
  let agency: TitleInfo["agency"];
  for (let i = 0; i < texts.length && agency === undefined; i += 1) {
    const line = texts[i] ?? "";
    const m = AGENCY_LINE.exec(line) ?? (i > 0 ? AGENCY_LINE.exec(`${texts[i - 1] ?? ""} ${line}`) : null);
    if (m !== null && !FISCAL_YEAR.test(m[1] ?? "")) {
      agency = { name: (m[1] ?? "").trim(), district: (m[2] ?? "").trim(), province: (m[3] ?? "").trim() };
    }
  }
  return {
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
    arabic,
    ...(agency === undefined ? {} : { agency }),
  };
}
