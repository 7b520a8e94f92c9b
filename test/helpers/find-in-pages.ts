/** The seed's longest cell runs over three pages; one more for safety. */
const MAX_PAGES_PER_TEXT = 4;
/** A head shorter than this could match anywhere by chance: the piece must be a real line or more. */
export const MIN_PIECE_CHARS = 8;

/**
 * Is `text` in the extracted pages? Whole on one page, or (a table cell or a paragraph that runs
 * over page breaks) in consecutive pieces: the longest head found on one page, the rest from the
 * next page on. `minPiece`: the shortest head accepted on a page.
 */
export function findIn(pages: readonly string[], text: string, minPiece = MIN_PIECE_CHARS): boolean {
  return pages.some((_, p) => findFrom(pages, p, text, MAX_PAGES_PER_TEXT, minPiece));
}

function findFrom(
  pages: readonly string[],
  p: number,
  text: string,
  pagesLeft: number,
  minPiece: number,
): boolean {
  const page = pages[p];
  if (page === undefined || pagesLeft === 0) return false;
  if (page.includes(text)) return true;
  let k = text.length - 1;
  while (k >= minPiece && !page.includes(text.slice(0, k))) k--;
  return k >= minPiece && findFrom(pages, p + 1, text.slice(k), pagesLeft - 1, minPiece);
}
