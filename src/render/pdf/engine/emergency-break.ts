import { DEPENDENT_START, LEADING_VOWEL_END } from "../../../thai/glue-rules.js";

const graphemes = new Intl.Segmenter("th", { granularity: "grapheme" });

/**
 * Characters after which a URL, e-mail address or path reads naturally continued on the next
 * line ("https://www.example.go.th/" | "index.php?" | "id=12&" | "name." | "user@").
 */
const URL_BREAK_AFTER = /[/.\-_?&=@]/u;

/** Invisible break and join hints the engine inserts (U+200B, U+2060 …), skipped when looking around a cut. */
const HINT = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;

/**
 * A cut after URL punctuation is preferred over a plain grapheme cut only when it keeps at
 * least this share of what fits on the line: a cut far back would leave a line half empty.
 */
const URL_CUT_MIN_FILL = 0.5;

/**
 * Where a word too wide for its line may be cut: at a grapheme boundary that neither precedes a
 * dependent vowel or tone mark (ะ า ำ ๅ and the combining marks, which Unicode does not always
 * keep in the cluster) nor follows a leading vowel (เ แ โ ใ ไ). Returns the largest such cut
 * ≤ `wanted`, or the smallest one above it when there is none (a line then overflows a little
 * rather than stranding a mark), or `text.length` when the text cannot be cut at all.
 */
export function safeCutLength(text: string, wanted: number): number {
  let best = 0;
  for (const { index } of graphemes.segment(text)) {
    if (index === 0 || !isSafeCut(text, index)) continue;
    if (index <= wanted) best = index;
    else return best > 0 ? best : index;
  }
  return best > 0 ? best : text.length;
}

/**
 * Like `safeCutLength`, but a run such as a URL or an e-mail address is cut after one of
 * `/ . - _ ? & = @` when one lies in the part that fits (and the cut keeps the line at least
 * half full): "https://www.example.go.th/" | "index.php". Never between two such characters
 * ("//", "?&"), so "https://" stays whole.
 */
export function emergencyCutLength(text: string, wanted: number): number {
  const grapheme = safeCutLength(text, wanted);
  const limit = Math.min(grapheme, wanted);
  const boundaries = Array.from(graphemes.segment(text), (g) => g.index).filter(
    (index) => index > 0 && index <= limit && index >= limit * URL_CUT_MIN_FILL,
  );
  for (const index of boundaries.reverse()) {
    if (isUrlCut(text, index) && isSafeCut(text, index)) return index;
  }
  return grapheme;
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

function isSafeCut(text: string, index: number): boolean {
  return !DEPENDENT_START.test(text.slice(index)) && !LEADING_VOWEL_END.test(text.slice(0, index));
}
