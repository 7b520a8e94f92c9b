import type { Numerals } from "../model/report.js";
import { formatNumber, thaiDigitsInText, toArabicDigits } from "../thai/numerals.js";

/**
 * The numeral style chosen in report.yaml, applied once here so both writers receive final text:
 * data may be typed with either kind of digits; URLs, e-mail addresses and Latin terms keep theirs.
 */
export interface Digits {
  readonly style: Numerals;
  /** Converts the digits of a text to the chosen style. */
  text(text: string): string;
  /** A number written in the chosen style. */
  number(n: number): string;
}

export function digitsFor(style: Numerals): Digits {
  return {
    style,
    text: (text) => (style === "thai" ? thaiDigitsInText(text) : toArabicDigits(text)),
    number: (n) => formatNumber(n, style),
  };
}
