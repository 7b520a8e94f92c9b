/**
 * Thai text in the form every reader and search expects. SARA AM (ำ U+0E33) is often typed, or
 * pasted out of PDFs, as NIKHAHIT + SARA AA (ํ U+0E4D, า U+0E32): it looks the same but breaks
 * search and sorting. Unicode calls the pair only a compatibility decomposition of SARA AM, so
 * NFC leaves it alone; it is composed here. A tone mark typed between the two ("น ํ ้ า") goes
 * before SARA AM, as in "น้ำ". NFC then puts combining marks in canonical order (a vowel below
 * before a tone mark above).
 */
const DECOMPOSED_SARA_AM = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/gu;

/** Whether the text holds a SARA AM typed as NIKHAHIT + SARA AA. */
export const hasDecomposedSaraAm = (text: string): boolean => /\u0E4D[\u0E48-\u0E4B]?\u0E32/u.test(text);

export function normalizeThai(text: string): string {
  return text.replace(DECOMPOSED_SARA_AM, "$1\u0E33").normalize("NFC");
}

/** Thai marks written above or below a consonant (vowels, tone marks, signs). */
const THAI_MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;
const TONE_MARK = /[\u0E48-\u0E4B]/u;
const THAI_CONSONANT = /[\u0E01-\u0E2E]/u;

export type ImpossibleSequence = "two-tones" | "no-base";

/**
 * The first sequence no Thai writer makes, with its offset in the text: two tone marks on one
 * consonant ("ก่้"), or a mark with no consonant under it (at the start, after a space or a
 * leading vowel). Checked on normalised text.
 */
export function impossibleThaiSequence(
  text: string,
): { kind: ImpossibleSequence; offset: number } | undefined {
  let base = false;
  let tones = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (THAI_MARK.test(ch)) {
      if (!base) return { kind: "no-base", offset: i };
      if (TONE_MARK.test(ch) && ++tones > 1) return { kind: "two-tones", offset: i };
      continue;
    }
    base = THAI_CONSONANT.test(ch);
    tones = 0;
  }
  return undefined;
}
