import { DEPENDENT_START, LEADING_VOWEL_END } from "../../../thai/glue-rules.js";

const graphemes = new Intl.Segmenter("th", { granularity: "grapheme" });

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

function isSafeCut(text: string, index: number): boolean {
  return !DEPENDENT_START.test(text.slice(index)) && !LEADING_VOWEL_END.test(text.slice(0, index));
}
