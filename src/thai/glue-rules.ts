/**
 * Character classes and protected spans for Thai word segmentation (see segment.ts).
 * Thai has no spaces between words; a line may break between words but never inside one, and
 * never so that a line starts with a dependent vowel or a tone mark.
 */

/**
 * Thai characters that can only follow a consonant: above/below vowels, tone marks and other
 * combining marks (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E), plus the spacing dependent vowels
 * ะ า ำ ๅ (U+0E30, U+0E32, U+0E33, U+0E45). A segment never starts with one of them.
 */
export const DEPENDENT_START = /^(?:[\u0E30-\u0E3A\u0E45]|[\u0E47-\u0E4E])/u;

/** Leading vowels เ แ โ ใ ไ (U+0E40–U+0E44) are written before their consonant: never end a segment. */
export const LEADING_VOWEL_END = /[\u0E40-\u0E44]$/u;

/**
 * Punctuation that belongs to the word before it (a line must not start with it):
 * closing brackets and quotes, sentence punctuation, ฯ (paiyannoi), ๆ (mai yamok), the
 * percent sign, slash and hyphen (a break may follow them, never precede them).
 */
export const CLOSING = /^[.,;:!?)\]}”’…%/\-–—ฯๆ]+$/u;

/** Punctuation that belongs to the word after it: opening brackets and quotes. */
export const OPENING = /^[([{“‘]+$/u;

/**
 * A dash before a word, after a space or at the start, is a list dash: it opens. Between two
 * spaces it separates a range ("๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘") and closes the word before:
 * a line starting with "-" reads as a list item.
 */
export const DASH = /^[-–—]$/u;

/** Straight quotes open or close depending on the spaces around them. */
export const STRAIGHT_QUOTE = /^["']$/u;

export const SPACE = /^\s+$/u;

/** Mai yamok repeats the word before it; the Royal Institute writes it after a space ("ต่าง ๆ"). */
export const MAI_YAMOK = "ๆ";

import { THAI_MONTHS_FULL, THAI_MONTHS_SHORT } from "./months.js";

/** Any month name, full or abbreviated, longest first so "มี.ค." is not read as a shorter name. */
const MONTH = [...THAI_MONTHS_FULL, ...THAI_MONTHS_SHORT]
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/\./gu, String.raw`\.`))
  .join("|");

/**
 * Spans that are one segment whatever the dictionary says, tried in this order:
 * - dates "๑ ตุลาคม ๒๕๖๗", "24 เม.ย. 68" (a date split over two lines reads as two values; a
 *   period cell may break between its two dates only);
 * - URLs and e-mail addresses (a break inside would corrupt them when copied);
 * - numbers with their separators: "10,056,518.01", "๒๕๖๘", "๘๐๘๐๑/๓๓๕", "๘๕.๕", and hyphenated
 *   ones: a telephone number "๐-๔๔๒๓-๔๕๖๗" or a range "๒๕๖๗-๒๕๖๘" split after a hyphen reads
 *   as two numbers;
 * - dotted Thai abbreviations of two or more groups: single consonants anywhere ("พ.ศ.",
 *   "อ.บ.ต.", even in "หน่วยงานพ.ศ."), longer groups at a word start ("เม.ย.", "มี.ค."); ICU
 *   splits the final dot off and glues "อ.บ.ต.ตา" or "นพ.ศ" together;
 * - Latin words and terms with hyphens, apostrophes or dots inside: "E-Service", "Don't", "v1.2".
 */
export const PROTECTED = new RegExp(
  [
    String.raw`[0-9๐-๙]{1,2}[ \u00A0]+(?:${MONTH})[ \u00A0]+(?:พ\.ศ\.[ \u00A0]*)?[0-9๐-๙]{2,4}(?![0-9๐-๙])`,
    String.raw`(?:https?:\/\/|www\.)[^\s\u0E00-\u0E7F"“”<>]+[^\s\u0E00-\u0E7F"“”<>.,;:!?)\]]`,
    String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`,
    String.raw`[0-9๐-๙]+(?:[.,:/\-][0-9๐-๙]+)*`,
    String.raw`(?:[\u0E01-\u0E2E]\.){2,}`,
    String.raw`(?<![\u0E01-\u0E4E])(?:[\u0E40-\u0E44]?[\u0E01-\u0E2E][\u0E30-\u0E3A\u0E47-\u0E4E]?[\u0E01-\u0E2E]?\.){2,}`,
    String.raw`[A-Za-z][A-Za-z0-9]*(?:['’\-.&_][A-Za-z0-9]+)*`,
  ].join("|"),
  "gu",
);

/**
 * Era abbreviations that stay on one line with the year after them, even across a space
 * ("พ.ศ. ๒๕๖๘"): a line ending in "พ.ศ." with its year on the next reads as a typing error.
 */
export const ERA_END = /(?:พ\.ศ\.|ค\.ศ\.|จ\.ศ\.|ร\.ศ\.)$/u;
export const NUMBER = /^[0-9๐-๙]+(?:[-.,:/][0-9๐-๙]+)*$/u;
