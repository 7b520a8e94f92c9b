/** Thai digits ๐–๙ are U+0E50–U+0E59; Arabic 0–9 are U+0030–U+0039. */
const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;

/** Replaces every Thai digit with its Arabic digit; everything else is kept. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + ARABIC_ZERO));
}

/** Replaces every Arabic digit with its Thai digit, with no exception (see `thaiDigitsInText`). */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - ARABIC_ZERO + THAI_ZERO));
}
