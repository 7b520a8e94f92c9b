/** Pure helpers for carrying code points per glyph use (see pdfkit-thai-fixes.ts, fix 3). */

const isVariationSelector = (cp: number): boolean =>
  (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);

/** The code points behind each glyph of fontkit's glyphsForString (a selector joins its base). */
export function codePointGroups(text: string): number[][] {
  const groups: number[][] = [];
  let afterBase = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isVariationSelector(cp)) {
      if (afterBase) groups[groups.length - 1]?.push(cp);
      afterBase = false;
    } else {
      groups.push([cp]);
      afterBase = true;
    }
  }
  return groups;
}

/**
 * After a one-to-many substitution (ำ → NIKHAHIT + SARA AA), fontkit leaves the character on
 * the first glyph and none on the others. Text extraction reads glyphs in drawing order, so
 * "น้ำ" (น, NIKHAHIT+MAI THO ligature, SARA AA) would come out as "นำ้". A glyph without code
 * points takes the last code point of the nearest glyph before it that has some: the
 * decomposed character is the last of its cluster, and its text then comes out last; the
 * zero-width first part maps to no text (see EMPTY_TEXT_CIDS).
 */
export function moveTextToDecompositionTails(codePoints: number[][]): number[][] {
  const out = codePoints.map((cps) => [...cps]);
  for (let i = 1; i < out.length; i++) {
    if ((out[i]?.length ?? 0) > 0) continue;
    for (let j = i - 1; j >= 0; j--) {
      const donor = out[j];
      if (donor === undefined || donor.length === 0) continue;
      const moved = donor.pop();
      if (moved !== undefined) out[i] = [moved];
      break;
    }
  }
  return out;
}
