/** What the measuring pass learnt about one table, in points. */
export interface TableRowMeasure {
  /** Per body row: room it needs from the top of its first cell's content to its bottom rule. */
  readonly rowNeeds: readonly number[];
  /** Distance from a page's top margin to the first body row's content, past the repeated header. */
  readonly firstRowOffset: number;
  /**
   * Room a row needs below its start to begin on a page: two lines of table text and the cell's
   * bottom padding. A row that would begin with less (its cells' first lines would not fit, and a
   * check mark would be drawn alone in a stub of the row) starts on the next page, however tall.
   */
  readonly minFragment: number;
}

/** Where a laid-out row's first cell started: page (1-based) and distance from the top edge. */
export interface RowStart {
  readonly table: number;
  readonly row: number;
  readonly top: number;
}

/**
 * The first row that the last layout split although it fits on a page of its own (docs/layout.md
 * §2: "a short row is not split"), or that begins with less than `minFragment` left on its page;
 * it must start on the next page. A row taller than a page otherwise continues from where it
 * starts.
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
    const freshTop = page.top + measure.firstRowOffset;
    const fitsOnAFreshPage = freshTop + need <= pageEnd;
    const stub = pageEnd - start.top < measure.minFragment && start.top > freshTop + 0.5;
    return !fitsHere && (fitsOnAFreshPage || stub);
  });
}
