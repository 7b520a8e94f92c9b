import { parseRowCellId } from "./measure-table.js";
import type { RowStart } from "./keep-rows-whole.js";
import { PAGE_NUMBER_STYLE } from "./page-number.js";

/** pdfmake's view of a node, as its pageBreakBefore hook gives it. */
export interface HookNode {
  readonly id?: string;
  readonly headlineLevel?: number;
  readonly startPosition: { readonly top: number };
}

export interface HookQueries {
  getFollowingNodesOnPage(): readonly unknown[];
  getNodesOnNextPage(): readonly unknown[];
}

/**
 * pdfmake's pageBreakBefore hook for every document:
 * - a memo section head (headlineLevel 1) left alone at the foot of a page moves to the next
 *   page, with the text it heads (pdfmake then lays the document out again); the page's number
 *   ("- ๒ -", a header node pdfmake lists after the body) is not text following the head;
 * - the start of every measure-table row is recorded in `rowStarts` (keyed by table and row, so
 *   a later layout overwrites an earlier one), for `firstRowToMove`.
 */
export function pageBreakHook(
  rowStarts: Map<string, RowStart>,
): (node: HookNode, queries: HookQueries) => boolean {
  return (node, queries) => {
    const cell = node.id === undefined ? undefined : parseRowCellId(node.id);
    if (cell?.column === 0) {
      rowStarts.set(`${cell.table}/${cell.row}`, {
        table: cell.table,
        row: cell.row,
        top: node.startPosition.top,
      });
    }
    return (
      node.headlineLevel === 1 &&
      queries.getFollowingNodesOnPage().filter(isBodyNode).length === 0 &&
      queries.getNodesOnNextPage().length > 0
    );
  };
}

/**
 * Each row's start: the highest of its cells (an empty cell draws nothing and is never
 * reported), in document order.
 */
export function rowStarts(cellStarts: ReadonlyMap<string, RowStart>): RowStart[] {
  const rows = new Map<string, RowStart>();
  for (const start of cellStarts.values()) {
    const key = `${start.table}/${start.row}`;
    const known = rows.get(key);
    if (known === undefined || start.top < known.top) rows.set(key, start);
  }
  return [...rows.values()].sort((a, b) => a.table - b.table || a.row - b.row);
}

/** A node of the page's flow, not its page-number header. */
function isBodyNode(node: unknown): boolean {
  return (node as { style?: unknown } | null)?.style !== PAGE_NUMBER_STYLE;
}
