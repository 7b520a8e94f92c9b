import type { PageView } from "../unit/render/pdf/helpers/read-pdf.js";

/**
 * pdf.js widths and the writers' positions come from the same font widths; what is left is
 * floating-point noise, far below a visible spill (the overflows this guards against were
 * 0.5 pt to 25 pt).
 */
const TOLERANCE_PT = 0.05;

/** Vertical table rules: solid, straight, taller than a hairline tick. */
const MIN_RULE_HEIGHT_PT = 5;

/**
 * Text items of a page drawn outside their table cell: each item must lie between the two
 * vertical rules around it at its height (the rules drawn for that row, so spanned header cells
 * and row fragments are handled), `insetPt` inside each. An item that starts left of the table
 * or ends right of the rule after it is outside. Items that no two rules surround (a title, a
 * page number) are not in a cell; whitespace-only items (which some readers stretch across the
 * gap between two cells) draw nothing.
 */
export function cellOverflows(page: PageView, pageNo: number, insetPt: number): string[] {
  const rules = page.segments.filter(
    (s) => s.dash.length === 0 && Math.abs(s.x1 - s.x2) < 0.01 && Math.abs(s.y1 - s.y2) > MIN_RULE_HEIGHT_PT,
  );
  const out: string[] = [];
  for (const t of page.texts) {
    if (t.str.trim() === "") continue;
    const middle = t.baseline - t.size / 3;
    const xs = rules
      .filter((r) => Math.min(r.y1, r.y2) <= middle && Math.max(r.y1, r.y2) >= middle)
      .map((r) => r.x1)
      .sort((a, b) => a - b);
    if (xs.length < 2) continue;
    const left = xs.filter((x) => x <= t.x + insetPt).at(-1);
    const right = xs.find((x) => x > t.x);
    const where = `page ${pageNo}: "${t.str}" at [${t.x.toFixed(2)}, ${(t.x + t.width).toFixed(2)}]`;
    if (left === undefined || right === undefined) out.push(`${where} outside the table`);
    else if (t.x < left + insetPt - TOLERANCE_PT || t.x + t.width > right - insetPt + TOLERANCE_PT)
      out.push(`${where}, cell content [${(left + insetPt).toFixed(2)}, ${(right - insetPt).toFixed(2)}]`);
  }
  return out;
}

/** Overflows on every page of a report but its cover. */
export const tableOverflows = (pages: readonly PageView[], insetPt: number): string[] =>
  pages.slice(1).flatMap((page, i) => cellOverflows(page, i + 2, insetPt));
