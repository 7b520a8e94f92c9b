import type { Cell } from "../../document/nodes.js";

/**
 * Places the tree's header cells on the full grid pdfmake wants: the tree omits the cells a
 * colSpan or rowSpan covers, pdfmake needs a placeholder at each (here `null`).
 */
export function spanGrid(rows: readonly (readonly Cell[])[], columns: number): (Cell | null)[][] {
  const grid: (Cell | null | undefined)[][] = rows.map(() =>
    Array.from({ length: columns }, () => undefined),
  );
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (c < columns && grid[r]?.[c] !== undefined) c++;
      if (c >= columns) throw new Error(`header row ${r} has more cells than the table's ${columns} columns`);
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const target = grid[r + dr];
          if (target !== undefined) target[c + dc] = dr === 0 && dc === 0 ? cell : null;
        }
      }
      c += colSpan;
    }
  });
  return grid.map((row) => row.map((cell) => cell ?? null));
}
