import type { YearData } from "../model/year-data.js";

/**
 * Words that open official names and titles, longest first: a line may break after them, as
 * between any two words ("องค์การบริหารส่วนตำบล|ตาเนิน", "นางสาว|เสาวนิตย์"); the proper name
 * after them is what must stay whole. Protecting "องค์การบริหารส่วนตำบลตาเนิน" whole instead
 * moved all 27 letters to the next line and spread a justified memo line's slack over its
 * letters.
 */
const NAME_PREFIXES = [
  "องค์การบริหารส่วนจังหวัด",
  "องค์การบริหารส่วนตำบล",
  "เทศบาลตำบล",
  "เทศบาลเมือง",
  "เทศบาลนคร",
  "อำเภอ",
  "จังหวัด",
  "เขต",
  "กอง",
  "สำนัก",
  "นางสาว",
  "นาง",
  "นาย",
].sort((a, b) => b.length - a.length);

/** The part of a name token no line may break inside: past its official prefix, if any. */
function properPart(token: string): string {
  const prefix = NAME_PREFIXES.find((p) => token.startsWith(p) && token.length > p.length + 1);
  return prefix === undefined ? token : token.slice(prefix.length);
}

/**
 * Words no line of the documents may break inside: the names the data itself gives, which ICU's
 * dictionary does not know and cuts into syllables ("ตาเนิน" → "ตา|เนิน", "ประยูรพันธ์" →
 * "ประยูร|พันธ์"), and the agency's own word list (`words:` in agency.yaml). A name of several
 * words ("นางสาวเสาวนิตย์ ประยูรพันธ์", "กองการศึกษา ศาสนาและวัฒนธรรม") gives each of its
 * space-separated parts, each without its official prefix (see NAME_PREFIXES): a line may
 * still break at its spaces and after "องค์การบริหารส่วนตำบล", as a clerk's would. The
 * agency's own words are taken as written. Sorted and unique, so the same data gives the same
 * list.
 */
export function protectedWords(data: YearData): string[] {
  const { agency, report, measures } = data;
  const memo = report.memo;
  const names = [
    agency.name,
    agency.district,
    agency.province,
    memo.department,
    memo.signer.name,
    ...memo.reviewers.map((r) => r.signer.name),
    ...measures.flatMap((m) => m.responsible),
  ];
  const words = [
    ...names.flatMap((name) => name.split(/\s+/u)).map(properPart),
    ...(agency.words ?? []),
  ].filter((w) => w.length > 1);
  return [...new Set(words)].sort();
}
