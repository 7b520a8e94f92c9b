/** A page-number line such as "- ๒ -", printed at the top of later pages. */
const PAGE_NUMBER_LINE = /^\s*-\s*[๐-๙0-9]+\s*-\s*$/u;
const INVISIBLE = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** The visible text of each page of `pdftotext -raw` output, page-number lines left out. */
export function pageTexts(raw: string): string[] {
  return raw.split("\f").map((page) =>
    page
      .split("\n")
      .filter((line) => !PAGE_NUMBER_LINE.test(line))
      .join("")
      .replace(INVISIBLE, ""),
  );
}

/** Length of the longest beginning of `text` that `page` contains (containment is monotone). */
function longestPrefixOn(page: string, text: string): number {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (page.includes(text.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Whether a paragraph's visible text is printed whole, on one page or continued over the next
 * pages: its beginning on one page, the rest on the following ones. (A table row continued on
 * the next page is drawn column by column on each page, so the parts of one cell's text are not
 * adjacent in the extracted text.)
 */
export function printedOnPages(text: string, pages: readonly string[]): boolean {
  const visible = text.replace(INVISIBLE, "");
  for (let first = 0; first < pages.length; first++) {
    let rest = visible;
    for (let page = first; page < pages.length && rest !== ""; page++) {
      const found = longestPrefixOn(pages[page] ?? "", rest);
      if (found === 0) break;
      rest = rest.slice(found);
    }
    if (rest === "") return true;
  }
  return false;
}
