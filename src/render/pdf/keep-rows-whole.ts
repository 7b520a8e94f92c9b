import { parseRowCellId } from "./measure-table.js";

/** What the measuring pass learnt about one table, in points. */
export interface TableRowMeasure {
  /** Per body row: room it needs from the top of its first cell's content to its bottom rule. */
  readonly rowNeeds: readonly number[];
  /** Distance from a page's top margin to the first body row's content, past the repeated header. */
  readonly firstRowOffset: number;
}

interface NodeInfo {
  readonly id?: string;
  readonly startPosition: { readonly top: number; readonly pageInnerHeight: number };
}

/**
 * pdfmake's pageBreakBefore hook: a body row that would be split although it fits on a page of
 * its own moves whole to the next page (memo-layout.md §2: "a short row is not split"); a row
 * taller than a page is left to continue from where it starts. Decided on each row's first cell;
 * the table layout then moves the row's other cells with it.
 */
export function keepRowsWhole(
  measures: readonly TableRowMeasure[],
  page: { readonly top: number; readonly bottom: number; readonly height: number },
): (node: NodeInfo) => boolean {
  const pageEnd = page.height - page.bottom;
  return (node) => {
    const cell = node.id === undefined ? undefined : parseRowCellId(node.id);
    if (cell === undefined || cell.column !== 0) return false;
    const measure = measures[cell.table];
    const need = measure?.rowNeeds[cell.row];
    if (measure === undefined || need === undefined) return false;
    const fitsHere = node.startPosition.top + need <= pageEnd + 0.01;
    const fitsOnAFreshPage = page.top + measure.firstRowOffset + need <= pageEnd;
    return !fitsHere && fitsOnAFreshPage;
  };
}
