/** What the measuring pass learnt about one table, in points. */
export interface TableRowMeasure {
  /** Per body row: room it needs from the top of its first cell's content to its bottom rule. */
  readonly rowNeeds: readonly number[];
  /** Distance from a page's top margin to the first body row's content, past the repeated header. */
  readonly firstRowOffset: number;
}

/** Where a laid-out row's first cell started: page (1-based) and distance from the top edge. */
export interface RowStart {
  readonly table: number;
  readonly row: number;
  readonly top: number;
}

/**
 * The first row that the last layout split although it fits on a page of its own (memo-layout.md
 * §2: "a short row is not split"); it must start on the next page. A row taller than a page is
 * left to continue from where it starts.
 */
export function firstRowToMove(
  starts: readonly RowStart[],
  measures: readonly TableRowMeasure[],
  page: { readonly top: number; readonly bottom: number; readonly height: number },
): RowStart | undefined {
  const pageEnd = page.height - page.bottom;
  return starts.find((start) => {
    const measure = measures[start.table];
    const need = measure?.rowNeeds[start.row];
    if (measure === undefined || need === undefined) return false;
    const fitsHere = start.top + need <= pageEnd + 0.01;
    const fitsOnAFreshPage = page.top + measure.firstRowOffset + need <= pageEnd;
    return !fitsHere && fitsOnAFreshPage;
  });
}
