import fc from "fast-check";

const CONSONANTS = [..."กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"];
const CLUSTER_SECONDS = [..."รลว"];
const LEADING_VOWELS = [..."เแโใไ"];
const UPPER_VOWELS = [..."ิีึืั็"];
const LOWER_VOWELS = [..."ุู"];
const TONES = [..."่้๊๋"];
const TRAILING_VOWELS = [..."าะำ"];
const FINALS = [..."กงดนบมยวต"];

const maybe = <T>(arb: fc.Arbitrary<T>, freq = 1): fc.Arbitrary<T | ""> =>
  fc.oneof({ arbitrary: fc.constant("" as const), weight: 2 }, { arbitrary: arb, weight: freq });

/**
 * One Thai syllable with its marks in the order Unicode and the font expect: leading vowel,
 * consonant (and a cluster's second consonant), one upper or lower vowel, a tone mark, then a
 * trailing vowel (only without an upper/lower vowel, as in น้ำ, เก๊ะ) and a final consonant.
 * SARA AM after a tone mark is the case the PDF engine's text extraction fix is about.
 */
export const thaiSyllable: fc.Arbitrary<string> = fc
  .tuple(
    maybe(fc.constantFrom(...LEADING_VOWELS)),
    fc.constantFrom(...CONSONANTS),
    maybe(fc.constantFrom(...CLUSTER_SECONDS)),
    fc.oneof(
      fc
        .tuple(fc.constantFrom(...UPPER_VOWELS, ...LOWER_VOWELS), maybe(fc.constantFrom(...TONES)))
        .map(([vowel, tone]) => vowel + tone),
      fc
        .tuple(maybe(fc.constantFrom(...TONES)), maybe(fc.constantFrom(...TRAILING_VOWELS)))
        .map(([tone, vowel]) => tone + vowel),
    ),
    maybe(fc.constantFrom(...FINALS)),
  )
  .map((parts) => parts.join(""));

const thaiWord = fc.array(thaiSyllable, { minLength: 1, maxLength: 4 }).map((s) => s.join(""));

/** Latin words, numbers and marks as they occur in ITA reports. */
const otherToken = fc.oneof(
  fc.constantFrom("ITA", "E-Service", "OIT", "Facebook", "www.tanem.go.th", "https://www.tanem.go.th"),
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.constantFrom("๒๕๖๘", "๑๐", "๓๑ มีนาคม ๒๕๖๘", "พ.ศ. 2568", "ๆ", "ฯลฯ", "(๑)", "/", "-", "%", "“", "”"),
  fc.stringMatching(/^[A-Za-z]{1,10}$/),
);

/**
 * Non-empty text of 1–`maxWords` words: mostly Thai words, run together or separated by spaces
 * as Thai writing does, sometimes Latin words, digits (Arabic or Thai) and punctuation.
 */
export const thaiText = (maxWords = 12): fc.Arbitrary<string> =>
  fc
    .array(
      fc.tuple(
        fc.oneof({ arbitrary: thaiWord, weight: 5 }, { arbitrary: otherToken, weight: 1 }),
        fc.constantFrom("", "", "", " ", " "),
      ),
      { minLength: 1, maxLength: maxWords },
    )
    .map((words) =>
      words
        .map(([word, gap]) => word + gap)
        .join("")
        .trim(),
    );
