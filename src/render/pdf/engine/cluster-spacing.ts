/**
 * Thai distributed justification (Word's "thaiDistribute"): a justified line's slack is spread
 * evenly over the gaps between grapheme clusters instead of over word gaps, which in Thai
 * (no spaces between words) would look like inserted spaces. A cluster is a base character
 * with its marks; ำ stays with its consonant; the engine's zero-width hints count for nothing.
 */

/**
 * The most space distribution may put between two clusters, in em of the line's font. A line
 * ended early by what cannot break (a URL, a protected name, a long number moved whole to the
 * next line) has a slack of half a line or more over a dozen clusters: spread, its letters
 * stand 1 to 4 em apart ("ต า ม ที่ เ ท ศ บ า ล"), which reads as separate letters. Such a line
 * stays ragged instead. Ordinary lines of a memo spread at most 0.06 em (measured on the 2568
 * memo and on memos of other agencies), far below this.
 */
export const MAX_DISTRIBUTED_GAP_EM = 0.25;

/** Marks, SARA AM, and zero-width format characters never start a cluster. */
const NOT_A_START = /^(?:\p{M}|\u0E33|[\u00AD\u200B-\u200D\u2060\uFEFF])$/u;

export function isClusterStart(codePoint: number): boolean {
  return !NOT_A_START.test(String.fromCodePoint(codePoint));
}

/** The clusters of `text` that take part in distribution. */
export function countClusters(text: string): number {
  let n = 0;
  for (const ch of text) if (isClusterStart(ch.codePointAt(0) ?? 0)) n++;
  return n;
}

/**
 * Extra advance for each glyph (same unit as `extra`): `extra` after the last glyph of every
 * cluster, once per cluster start the glyphs carry (a ligature of two letters counts twice),
 * so the total is `extra` times countClusters of the text the glyphs came from.
 */
export function spreadOverClusters(
  codePointsPerGlyph: readonly (readonly number[])[],
  extra: number,
): number[] {
  const added = codePointsPerGlyph.map(() => 0);
  let pending = 0;
  codePointsPerGlyph.forEach((codePoints, i) => {
    const starts = codePoints.filter(isClusterStart).length;
    if (starts > 0 && i > 0 && pending > 0) {
      added[i - 1] = (added[i - 1] ?? 0) + pending * extra;
      pending = 0;
    }
    pending += starts;
  });
  if (pending > 0 && added.length > 0)
    added[added.length - 1] = (added[added.length - 1] ?? 0) + pending * extra;
  return added;
}
