import { DEPENDENT_START, LEADING_VOWEL_END } from "../../../thai/glue-rules.js";
import { BUILT_IN_LEXICON } from "../../../thai/lexicon.js";

const graphemes = new Intl.Segmenter("th", { granularity: "grapheme" });
/** ICU's own word boundaries, without the lexicon: the last resort before a cut inside a word. */
const words = new Intl.Segmenter("th", { granularity: "word" });

/**
 * Characters after which a URL, e-mail address or path reads naturally continued on the next
 * line ("https://www.example.go.th/" | "index.php?" | "id=12&" | "name." | "user@").
 */
const URL_BREAK_AFTER = /[/.\-_?&=@]/u;

const THAI_LETTER = /^[\u0E01-\u0E4E]$/u;

/** Invisible break and join hints the engine inserts (U+200B, U+2060 …), skipped when looking around a cut. */
const HINT = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;

/**
 * A cut after URL punctuation is preferred over a plain grapheme cut only when it keeps at
 * least this share of what fits on the line: a cut far back would leave a line half empty.
 */
const URL_CUT_MIN_FILL = 0.5;

/**
 * Characters after the part that fits that a cut inside a word still looks at: grapheme clusters
 * and the one character each rule tests around a cut are local, and ICU's Thai dictionary looks
 * a few words ahead at most; this is five times a long Thai word.
 */
const CUT_CONTEXT_CHARS = 128;

/**
 * Where a word too wide for its line may be cut: at a grapheme boundary that neither precedes a
 * dependent vowel or tone mark (ะ า ำ ๅ and the combining marks, which Unicode does not always
 * keep in the cluster) nor follows a leading vowel (เ แ โ ใ ไ). Returns the largest such cut
 * ≤ `wanted`, or the smallest one above it when there is none (a line then overflows a little
 * rather than stranding a mark), or `text.length` when the text cannot be cut at all.
 */
export function safeCutLength(text: string, wanted: number): number {
  return safeCutAmong(text, graphemeStarts(text), wanted);
}

/**
 * Printable ASCII and the invisible hints that are clusters of their own (UAX #29: U+00AD, U+200B,
 * U+2060 and U+FEFF are Control): a cluster boundary between every two characters. URLs are such
 * text, and ICU's segmenter costs about half a microsecond a character.
 */
const ONE_CHARACTER_CLUSTERS = /^[\x20-\x7E\u00AD\u200B\u2060\uFEFF]*$/u;

/** Where the grapheme clusters of `text` start (0 excluded). */
function graphemeStarts(text: string): number[] {
  if (ONE_CHARACTER_CLUSTERS.test(text))
    return Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => i + 1);
  const starts: number[] = [];
  for (const { index } of graphemes.segment(text)) if (index > 0) starts.push(index);
  return starts;
}

/** safeCutLength on the cluster starts of `text`, found once per cut. */
function safeCutAmong(text: string, starts: readonly number[], wanted: number): number {
  let best = 0;
  for (const index of starts) {
    if (!isSafeCut(text, index)) continue;
    if (index <= wanted) best = index;
    else return best > 0 ? best : index;
  }
  return best > 0 ? best : text.length;
}

/**
 * Where to cut a segment wider than a whole line (`wanted`: the most that fits), best first,
 * each only in the part that fits:
 * 0. after a space the segment holds (a date "๓๐ กันยายน ๒๕๖๘", "พ.ศ. ๒๕๖๘" kept together where
 *    they fit): its words stay whole, where a cut by width would split the year's digits;
 * 1. in a run such as a URL or an e-mail address, after one of `/ . - _ ? & = @`
 *    ("https://www.example.go.th/" | "index.php"), never between two of them ("//", "?&"), when
 *    the line stays at least half full;
 * 2. at one of ICU's own word boundaries between two Thai letters, outside the built-in
 *    corrections: a segment the
 *    document's words joined (a long name such as "องค์การบริหารส่วนตำบลตาเนิน" in a narrow
 *    column) is cut between its words, never inside "วัฒนธรรม" or "เจ้าหน้าที่", however short
 *    the line is left (a Thai reader takes a short line over a word cut in two);
 * 3. between grapheme clusters, as `safeCutLength`.
 */
export function emergencyCutLength(text: string, wanted: number): number {
  // Every cut lies in the part that fits (or at the first safe point after it): a long URL or
  // name is looked at only that far and CUT_CONTEXT_CHARS beyond, so that cutting it into N lines
  // costs N short looks instead of N looks at the whole rest (40 URLs of 5,000 characters took
  // 295 s). Only a window without any safe cut needs the whole text.
  const windowEnd = wanted + CUT_CONTEXT_CHARS;
  if (text.length > windowEnd) {
    const cut = cutWithin(text.slice(0, windowEnd), wanted);
    if (cut !== undefined) return cut;
  }
  return cutWithin(text, wanted) ?? text.length;
}

/** The cut of emergencyCutLength within `text`, or undefined when `text` holds no safe cut at all. */
function cutWithin(text: string, wanted: number): number | undefined {
  const starts = graphemeStarts(text);
  const grapheme = safeCutAmong(text, starts, wanted);
  if (grapheme === text.length) return undefined;
  const limit = Math.min(grapheme, wanted);
  const fitting = starts.filter((index) => index <= limit && isSafeCut(text, index));
  const spaceCut = fitting
    .filter((index) => visibleBefore(text, index) === " " && !HINT.test(text[index] ?? ""))
    .filter((index) => text.slice(0, index).trim() !== "")
    .at(-1);
  if (spaceCut !== undefined) return spaceCut;
  const urlCut = fitting
    .filter((index) => index >= limit * URL_CUT_MIN_FILL)
    .reverse()
    .find((index) => isUrlCut(text, index));
  if (urlCut !== undefined) return urlCut;
  const insideWord = new Set<number>();
  for (const [start, end] of BUILT_IN_LEXICON.spans(text))
    for (let i = start + 1; i < end; i++) insideWord.add(i);
  const wordCut = Array.from(words.segment(text), (w) => w.index)
    .filter((index) => index > 0 && index <= limit && isSafeCut(text, index))
    .filter((index) => !insideWord.has(index) && betweenThaiLetters(text, index))
    .at(-1);
  return wordCut ?? grapheme;
}

/** A boundary with a Thai letter on each side (hints aside): where step 2 may cut. */
function betweenThaiLetters(text: string, index: number): boolean {
  return (
    !HINT.test(text[index] ?? "") &&
    THAI_LETTER.test(visibleBefore(text, index) ?? "") &&
    THAI_LETTER.test(visibleAfter(text, index) ?? "")
  );
}

function isUrlCut(text: string, index: number): boolean {
  const before = visibleBefore(text, index);
  const after = visibleAfter(text, index);
  return (
    before !== undefined &&
    after !== undefined &&
    URL_BREAK_AFTER.test(before) &&
    !URL_BREAK_AFTER.test(after) &&
    !HINT.test(text[index] ?? "")
  );
}

function visibleBefore(text: string, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) if (!HINT.test(text[i] ?? "")) return text[i];
  return undefined;
}

function visibleAfter(text: string, index: number): string | undefined {
  for (let i = index; i < text.length; i++) if (!HINT.test(text[i] ?? "")) return text[i];
  return undefined;
}

/**
 * Both rules look at one character on either side of the cut (no Thai letter lies outside the
 * BMP), so only those are sliced: slicing the rest of a 5,000-character URL at every grapheme
 * made one cut quadratic in the text's length.
 */
function isSafeCut(text: string, index: number): boolean {
  return (
    !DEPENDENT_START.test(text.slice(index, index + 1)) &&
    !LEADING_VOWEL_END.test(text.slice(Math.max(0, index - 1), index))
  );
}
