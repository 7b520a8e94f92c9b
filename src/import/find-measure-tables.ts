import { type ColumnKind, columnKindOf } from "./column-kind.js";
import type { DocCell, DocParagraph, DocTable } from "./docx-body.js";
import { ImportFailure } from "./import-failure.js";
import { MAX_HEADER_ROWS } from "./limits.js";

/** How a table's grid columns map to fields: a kind, or an unknown heading's text. */
export interface ColumnMap {
  readonly columns: readonly (ColumnKind | { readonly unknown: string })[];
}

/** A body row of a measure table, its cells by grid column. */
export interface BodyRow {
  readonly table: number;
  readonly row: number;
  readonly cells: readonly { readonly cell: DocCell; readonly kind: ColumnKind | { unknown: string } }[];
}

const text = (cell: DocCell | undefined): string =>
  (cell?.paragraphs ?? [])
    .map((p: DocParagraph) => p.text)
    .join(" ")
    .trim();

/** A cell holding only a number ("๑", "1.", "๑๒"): the number column of a body row. */
const BARE_NUMBER = /^[0-9\u0E50-\u0E59]{1,3}\.?$/u;

function cellAt(cells: readonly DocCell[], column: number): DocCell | undefined {
  return cells.find((c) => c.column <= column && column < c.column + c.span);
}

/** A row that names at least three known headings and holds no row number: a header row. */
function isHeadingRow(cells: readonly DocCell[]): boolean {
  if (cells.some((c) => BARE_NUMBER.test(text(c)))) return false;
  const kinds = new Set(cells.map((c) => columnKindOf(text(c))).filter((k) => k !== undefined));
  return kinds.size >= 3;
}

/** A row under a header row whose every written cell is a known heading (the status sub-columns). */
function isSubHeadingRow(cells: readonly DocCell[]): boolean {
  const written = cells.filter((c) => c.vMerge !== "continue" && text(c) !== "");
  return (
    written.length > 0 &&
    written.every((c) => columnKindOf(text(c)) !== undefined && !BARE_NUMBER.test(text(c)))
  );
}

/** An empty row, or one cell merged across columns: a title typed inside the table, above its headings. */
function isTitleRow(cells: readonly DocCell[]): boolean {
  const written = cells.filter((c) => c.vMerge !== "continue" && text(c) !== "");
  return written.length === 0 || (written.length === 1 && (written[0]?.span ?? 1) > 1);
}

/** The first heading row, at the top or under title rows typed inside the table. */
function headingStart(table: DocTable): number | undefined {
  for (let r = 0; r < Math.min(MAX_HEADER_ROWS, table.rows.length); r += 1) {
    const cells = table.rows[r]?.cells ?? [];
    if (isHeadingRow(cells)) return r;
    if (!isTitleRow(cells)) return undefined;
  }
  return undefined;
}

/** Columns of the header rows: each grid column takes the deepest heading it knows. */
function columnMap(table: DocTable, first: number, headerRows: number): ColumnMap {
  const width = Math.max(
    0,
    ...table.rows.map((r) => r.cells.reduce((end, c) => Math.max(end, c.column + c.span), 0)),
  );
  const columns: (ColumnKind | { unknown: string })[] = [];
  const taken = new Set<ColumnKind>();
  for (let column = 0; column < width; column += 1) {
    let kind: ColumnKind | undefined;
    let kindCell: DocCell | undefined;
    const headings: string[] = [];
    for (let r = first + headerRows - 1; r >= first; r -= 1) {
      const cell = cellAt(table.rows[r]?.cells ?? [], column);
      if (cell === undefined || cell.vMerge === "continue") continue;
      const heading = text(cell);
      if (heading !== "") headings.unshift(heading);
      const own = columnKindOf(heading);
      if (own === undefined) continue;
      // A sub-heading names a part of the heading above it (ดำเนินการแล้วเสร็จ under สรุปผล…,
      // merged across). Under a known heading exactly as wide it is misplaced: a writer that
      // dropped the merge down (pandoc 2) leaves the status sub-headings under ลำดับที่ and มาตรการ.
      const sameWidth = kindCell?.column === cell.column && kindCell.span === cell.span;
      if (kind === undefined || sameWidth) {
        kind = own;
        kindCell = cell;
      }
    }
    // A heading spanning two columns without sub-headings (one status cell over two): the
    // first column takes it, the second is reported. "Without sub-headings" is that the kind
    // comes from the spanning cell itself, whatever the rows under it hold (empty cells, or
    // sub-headings a writer put under other columns).
    if (kind !== undefined && taken.has(kind) && kindCell !== undefined && kindCell.column !== column) {
      kind = undefined;
    }
    if (kind !== undefined) taken.add(kind);
    columns.push(kind ?? { unknown: headings.join(" / ") });
  }
  return { columns };
}

/**
 * The measure table, found by its headings wherever it is and whatever its column order: the
 * first table whose top rows name at least three known headings, among them the measure and its
 * steps. Later tables with headings of their own are read with them; later tables without any
 * but with as many columns continue the measure table (a table Word users split at a page).
 * Rows that repeat the headings are skipped.
 */
export function findMeasureRows(tables: readonly DocTable[]): { rows: BodyRow[]; used: number[] } {
  if (tables.length === 0) throw new ImportFailure("import.no-table", {}, "word/document.xml");
  const rows: BodyRow[] = [];
  const used: number[] = [];
  let map: ColumnMap | undefined;
  let firstHeadings: string[] | undefined;
  for (const table of tables) {
    let headerRows = 0;
    const first = headingStart(table);
    if (first !== undefined) {
      headerRows = 1;
      while (
        headerRows < Math.min(MAX_HEADER_ROWS, table.rows.length - first) &&
        isSubHeadingRow(table.rows[first + headerRows]?.cells ?? [])
      ) {
        headerRows += 1;
      }
      headerRows += first;
      const candidate = columnMap(table, first, headerRows - first);
      const kinds = new Set(candidate.columns.filter((c): c is ColumnKind => typeof c === "string"));
      if (!kinds.has("title") || !kinds.has("steps")) {
        firstHeadings ??= (table.rows[0]?.cells ?? []).map((c) => text(c)).filter((t) => t !== "");
        continue;
      }
      map = candidate;
    } else {
      firstHeadings ??= (table.rows[0]?.cells ?? [])
        .map((c) => text(c))
        .filter((t) => t !== "")
        .slice(0, 8);
      const width = Math.max(
        0,
        ...table.rows.map((r) => r.cells.reduce((end, c) => Math.max(end, c.column + c.span), 0)),
      );
      if (map === undefined || width !== map.columns.length) continue;
    }
    const current: ColumnMap = map;
    used.push(table.number);
    // Headings typed again inside the table (at each page of a long report), sub-headings too.
    let afterHeading = false;
    table.rows.forEach((row, index) => {
      const heading =
        index < headerRows || isHeadingRow(row.cells) || (afterHeading && isSubHeadingRow(row.cells));
      afterHeading = heading;
      if (heading) return;
      rows.push({
        table: table.number,
        row: index + 1,
        cells: row.cells.map((cell) => ({ cell, kind: current.columns[cell.column] ?? { unknown: "" } })),
      });
    });
  }
  if (map === undefined) {
    throw new ImportFailure(
      "import.other-headers",
      { headings: (firstHeadings ?? []).map((h) => h.replace(/\s+/g, " ").slice(0, 40)) },
      "word/document.xml",
    );
  }
  return { rows, used };
}
