/** Thai digits ๐–๙ are U+0E50–U+0E59; Arabic 0–9 are U+0030–U+0039. */
const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;

/** Which digits the output uses: official documents use Thai digits (ระเบียบงานสารบรรณ). */
export type Digits = "thai" | "arabic";

/** Replaces every Thai digit with its Arabic digit; everything else is kept. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + ARABIC_ZERO));
}

/** Replaces every Arabic digit with its Thai digit, with no exception (see `thaiDigitsInText`). */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - ARABIC_ZERO + THAI_ZERO));
}

/** Converts Arabic digits to the requested digits (Thai digits in the input are kept as they are). */
export function withDigits(text: string, digits: Digits): string {
  return digits === "thai" ? toThaiDigits(text) : text;
}

/**
 * Spans whose digits must stay Arabic, tried left to right at each position:
 * - URLs (`https://…`, `www.…`), up to whitespace or Thai text, because a Thai-digit URL no
 *   longer works when typed into a browser;
 * - e-mail addresses, for the same reason;
 * - Latin words and terms with at least one Latin letter, possibly joined by - & ' ’ . _ /
 *   ("E-Service", "ISO9001", "Do & Don't" is three tokens, "v1.2"), because a product or
 *   standard name such as "ISO9001" is a name, not a number.
 * A bare digit (the last alternative) is what gets converted.
 */
const PROTECTED_OR_DIGIT = new RegExp(
  [
    String.raw`(?:https?:\/\/|www\.)[^\s\u0E00-\u0E7F]+`,
    String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`,
    String.raw`[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:[-&'’._/][A-Za-z0-9]+)*`,
    "[0-9]",
  ].join("|"),
  "gi",
);

/**
 * Arabic → Thai digits in running text, except inside URLs, e-mail addresses and Latin words
 * or terms that contain digits ("ISO9001", "COVID-19"), which keep their Arabic digits.
 * @example thaiDigitsInText("ปี 2568 ดู www.tanem.go.th/ita2568") → "ปี ๒๕๖๘ ดู www.tanem.go.th/ita2568"
 */
export function thaiDigitsInText(text: string): string {
  return text.replace(PROTECTED_OR_DIGIT, (match) => (match.length === 1 ? toThaiDigits(match) : match));
}

/**
 * Writes a number with plain digits, no thousands separators, as used for numbering
 * ("๑.", "(๑๒)") and years: 12 → "๑๒".
 */
export function formatNumber(n: number | bigint, digits: Digits): string {
  if (typeof n === "number" && !Number.isFinite(n)) {
    throw new RangeError(`formatNumber: ${n} is not a finite number`);
  }
  return withDigits(n.toString(), digits);
}
