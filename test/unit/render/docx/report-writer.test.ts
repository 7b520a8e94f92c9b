import { describe, expect, it } from "vitest";
import {
  CELL_LEVEL_STEP_CM,
  CELL_PADDING_SIDE_PT,
  TABLE_COLUMN_WIDTHS_CM,
  TABLE_MARGIN_CM,
} from "../../../../src/document/layout.js";
import { typography } from "../../../../src/document/typography.js";
import { embeddedFontFiles } from "../../../../src/render/docx/embedded-fonts.js";
import { textMeasure, widestWord } from "../../../../src/render/docx/text-measure.js";
import type { MeasureTable } from "../../../../src/document/nodes.js";
import { cmToTwips } from "../../../../src/render/docx/units.js";
import { all, child, first, rawTextOf, textOf, type XmlElement } from "./helpers/read-docx.js";
import { attr, rendered, renderedReal, sectionProperties } from "./helpers/rendered.js";
import { tableRowsReport } from "../../../fixtures/documents/table-rows.js";
import { measureTableRows } from "../../../../src/render/pdf/measure-table-rows.js";
import { pageFrame } from "../../../../src/render/pdf/page-frame.js";

/** The default (official) type scale the real data is built with. */
import { effectiveRPr, styleSheet } from "./helpers/effective.js";
const TYPE = typography("psk");
/** A row at most this part of a page's room is kept whole by the DOCX whatever its estimate's error (up to 1.19 ×). */
const KEPT_SURELY = 0.75;

const report = await renderedReal("report");
const sheet = styleSheet(report.bytes);
const table = first(report.body, "w:tbl") as XmlElement;
const rows = all(table, "w:tr");
const treeTable = report.tree.sections
  .flatMap((s) => s.blocks)
  .find((b): b is MeasureTable => b.type === "measureTable") as MeasureTable;
const cellsOf = (row: XmlElement): XmlElement[] => row.children.filter((c) => c.name === "w:tc");

describe("the report's sections", () => {
  it("puts the cover on an A4 portrait page and the table in an A4 landscape section (portrait size swapped, orient landscape)", () => {
    const [cover, tablePages] = sectionProperties(report.body);
    const size = (s: XmlElement | undefined): (string | undefined)[] => {
      const pgSz = first(s as XmlElement, "w:pgSz");
      return [attr(pgSz, "w:w"), attr(pgSz, "w:h"), attr(pgSz, "w:orient")];
    };
    expect(size(cover)).toEqual(["11906", "16838", "portrait"]);
    expect(size(tablePages)).toEqual(["16838", "11906", "landscape"]);
    expect(Number(attr(first(tablePages as XmlElement, "w:pgMar"), "w:left"))).toBe(
      cmToTwips(TABLE_MARGIN_CM),
    );
  });

  it("starts the landscape section with the title paragraphs, not with the table", () => {
    const top = report.body.children;
    const tableIndex = top.indexOf(table);
    const before = top.slice(0, tableIndex).reverse();
    const coverEnd = before.findIndex((e) => first(e, "w:sectPr") !== undefined);
    const titleParagraphs = before.slice(0, coverEnd);
    expect(titleParagraphs.map(textOf).reverse()).toEqual(
      report.tree.sections[1]?.blocks.flatMap((b) => (b.type === "tableTitle" ? b.lines : [])),
    );
  });

  it("keeps each table-title line one line: the title shrinks until the longest line fits the text width", async () => {
    const measure = textMeasure(await embeddedFontFiles());
    const title = report.tree.sections[1]?.blocks.find((b) => b.type === "tableTitle");
    const lines = title?.type === "tableTitle" ? title.lines : [];
    const textWidthPt = (16838 - 2 * cmToTwips(TABLE_MARGIN_CM)) / 20;
    for (const line of lines) {
      const p = all(report.body, "w:p").find((x) => textOf(x) === line) as XmlElement;
      const run = first(p, "w:r") as XmlElement;
      const size = Number(attr(child(effectiveRPr(run, p, sheet), "w:sz"), "w:val")) / 2;
      expect(size).toBeLessThanOrEqual(TYPE.tableTitlePt);
      expect(measure.width(line, size, true)).toBeLessThanOrEqual(textWidthPt);
    }
  });
});

describe("the measure table", () => {
  it("uses the column widths of layout.ts, in twips, the last column taking the rest of the 25.7 cm", () => {
    const grid = all(table, "w:gridCol").map((g) => Number(attr(g, "w:w")));
    expect(grid.slice(0, 7)).toEqual(TABLE_COLUMN_WIDTHS_CM.map(cmToTwips));
    const textWidth = 16838 - 2 * cmToTwips(TABLE_MARGIN_CM);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(textWidth);
    expect(textWidth - grid.reduce((a, b) => a + b, 0)).toBeLessThan(8);
  });

  it("gives each cell the width of the grid columns it spans, header cells under a row span included", () => {
    const grid = all(table, "w:gridCol").map((g) => Number(attr(g, "w:w")));
    for (const row of rows) {
      let column = 0;
      for (const cell of cellsOf(row)) {
        const span = Number(attr(first(cell, "w:gridSpan"), "w:val") ?? "1");
        const expected = grid.slice(column, column + span).reduce((a, b) => a + b, 0);
        expect(Number(attr(first(cell, "w:tcW"), "w:w"))).toBe(expected);
        column += span;
      }
      expect(column).toBe(grid.length);
    }
  });

  it("shrinks the header text until its widest word fits the narrowest column, never below the minimum", async () => {
    const measure = textMeasure(await embeddedFontFiles());
    const sizes = all(rows[0] as XmlElement, "w:sz").map((sz) => Number(attr(sz, "w:val")) / 2);
    const size = sizes[0] ?? 0;
    expect(new Set(sizes).size).toBe(1);
    expect(size).toBeLessThan(TYPE.tablePt);
    expect(size).toBeGreaterThanOrEqual(TYPE.tableHeaderMinPt);
    const fits = (text: string, column: number): void => {
      const inner = cmToTwips(TABLE_COLUMN_WIDTHS_CM[column] ?? 0) / 20 - 2 * CELL_PADDING_SIDE_PT;
      expect(measure.width(widestWord(measure, text), size, true)).toBeLessThanOrEqual(inner);
    };
    fits("ลำดับที่", 0);
    fits("ไม่สามารถดำเนินการได้", 6);
  });

  it("marks both header rows as repeating header rows", () => {
    expect(treeTable.headerRows.length).toBe(2);
    for (const row of rows.slice(0, 2)) expect(first(row, "w:tblHeader")).toBeDefined();
    for (const row of rows.slice(2)) expect(first(row, "w:tblHeader")).toBeUndefined();
  });

  it.each(["report", "announcement"] as const)(
    "keeps a row of the %s table whole (cantSplit) as the PDF does: never one the PDF lets break, always one well within a page",
    async (kind) => {
      const doc = kind === "report" ? report : await renderedReal("announcement");
      const tables = doc.tree.sections.flatMap((s) =>
        s.blocks.flatMap((b) => (b.type === "measureTable" ? [{ section: s, table: b }] : [])),
      );
      const measures = await measureTableRows(doc.tree);
      const docxTables = all(doc.body, "w:tbl").filter((t) => first(t, "w:tblHeader") !== undefined);
      expect(docxTables.length).toBe(tables.length);
      tables.forEach(({ section, table: tree }, t) => {
        const frame = pageFrame(section);
        const room = frame.height - frame.bottom - frame.top - (measures[t]?.firstRowOffset ?? 0);
        const needs = measures[t]?.rowNeeds ?? [];
        const docxRows = all(docxTables[t] as XmlElement, "w:tr").slice(tree.headerRows.length);
        const kept = docxRows.map((row) => first(row, "w:cantSplit") !== undefined);
        expect(kept).toHaveLength(needs.length);
        needs.forEach((need, r) => {
          // The PDF keeps a row that fits on a page of its own; the DOCX's estimate keeps a
          // margin (DOCX_KEEP_ROW_MAX_PAGE_FRACTION), so only rows near the limit may differ.
          if (kept[r]) expect(need, `row ${r}`).toBeLessThanOrEqual(room);
          if (need <= KEPT_SURELY * room) expect(kept[r], `row ${r}`).toBe(true);
        });
        expect(kept.some((k) => k) || needs.every((need) => need > KEPT_SURELY * room)).toBe(true);
      });
    },
  );

  it("keeps short rows whole and lets the tall one break (hand-written table of one tall and six short rows)", async () => {
    const fixture = await rendered(tableRowsReport);
    const fixtureRows = all(first(fixture.body, "w:tbl") as XmlElement, "w:tr").slice(2);
    expect(fixtureRows.map((row) => first(row, "w:cantSplit") !== undefined)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it("merges the header cells as the tree spans them", () => {
    const [top, bottom] = rows;
    expect(cellsOf(top as XmlElement).map((c) => attr(first(c, "w:gridSpan"), "w:val") ?? "1")).toEqual(
      treeTable.headerRows[0]?.map((c) => String(c.colSpan ?? 1)),
    );
    const continued = cellsOf(bottom as XmlElement).filter((c) => first(c, "w:vMerge") !== undefined);
    expect(continued.length).toBe(treeTable.headerRows[0]?.filter((c) => (c.rowSpan ?? 1) > 1).length);
  });

  it("draws the check mark as the PDF does (an inline SVG image with a PNG fallback) exactly where the tree has one", () => {
    treeTable.rows.forEach((treeRow, r) => {
      const cells = cellsOf(rows[2 + r] as XmlElement);
      treeRow.forEach((treeCell, c) => {
        const hasCheck = treeCell.content.some((x) => x.kind === "check");
        expect(first(cells[c] as XmlElement, "wp:inline") !== undefined, `row ${r} column ${c}`).toBe(
          hasCheck,
        );
      });
    });
    const marks = all(table, "wp:inline");
    expect(marks.length).toBe(
      treeTable.rows.filter((row) => row.some((c) => c.content.some((x) => x.kind === "check"))).length,
    );
    // No ✓ character in a fallback font.
    expect(textOf(table)).not.toContain("\u2713");
    for (const mark of marks) {
      expect(first(mark, "asvg:svgBlip")).toBeDefined();
      expect(attr(first(mark, "wp:docPr"), "descr")).toContain("✓");
    }
  });

  it("never distributes text inside cells", () => {
    for (const jc of all(table, "w:jc")) expect(attr(jc, "w:val")).not.toBe("thaiDistribute");
  });

  it("hangs step markers ๑. and (๑): marker at the level's indent, wrapped lines aligned with the text after it", async () => {
    const measure = textMeasure(await embeddedFontFiles());
    const step = cmToTwips(CELL_LEVEL_STEP_CM);
    const levels = new Set<number>();
    treeTable.rows.forEach((treeRow, r) => {
      const cells = cellsOf(rows[2 + r] as XmlElement);
      treeRow.forEach((treeCell, c) => {
        const paragraphs = all(cells[c] as XmlElement, "w:p");
        treeCell.content.forEach((x, i) => {
          if (x.kind !== "text" || x.marker === undefined) return;
          const p = paragraphs[i] as XmlElement;
          const left = Number(attr(first(p, "w:ind"), "w:left"));
          const hanging = Number(attr(first(p, "w:ind"), "w:hanging"));
          expect(textOf(p).startsWith(`${x.marker}\t`)).toBe(true);
          expect(left - hanging).toBe(step * x.level);
          // The text starts a space after the marker, where a tab stop takes it.
          const markerAndSpace =
            (measure.width(x.marker, TYPE.tablePt, false) + measure.width(" ", TYPE.tablePt, false)) * 20;
          expect(hanging).toBeGreaterThanOrEqual(markerAndSpace);
          expect(hanging).toBeLessThan(markerAndSpace * 1.1);
          expect(attr(first(first(p, "w:tabs") as XmlElement, "w:tab"), "w:pos")).toBe(String(left));
          levels.add(x.level);
        });
      });
    });
    expect([...levels].sort()).toEqual(expect.arrayContaining([0, 1]));
  });

  it("writes each measure's cells with the tree's text", () => {
    treeTable.rows.forEach((treeRow, r) => {
      const cells = cellsOf(rows[2 + r] as XmlElement);
      treeRow.forEach((treeCell, c) => {
        const expected = treeCell.content
          .map((x) =>
            x.kind === "text"
              ? `${x.marker === undefined ? "" : `${x.marker}\t`}${x.runs.map((run) => run.text).join("")}`
              : "",
          )
          .join("");
        const got = all(cells[c] as XmlElement, "w:p")
          .map(textOf)
          .join("");
        expect(got).toBe(expected);
      });
    });
  });

  it("keeps a date whole (no-break spaces) where it fits its column, and breaks one too wide only between its words", async () => {
    // ๓๐ พฤศจิกายน ๒๕๖๗ - is 104 pt at 10.5 pt, the period column holds 87 pt: glued whole,
    // Word and LibreOffice could only cut it inside the year's digits.
    const period = "๓๐ พฤศจิกายน ๒๕๖๗ - ๑ ตุลาคม ๒๕๖๗";
    const rowsWithPeriod = treeTable.rows.map((row, r) =>
      r === 0
        ? row.map((cell, c) =>
            c === 3
              ? { content: [{ kind: "text" as const, runs: [{ text: period }], level: 0 as const }] }
              : cell,
          )
        : row,
    );
    const tree = {
      ...report.tree,
      sections: report.tree.sections.map((section) => ({
        ...section,
        blocks: section.blocks.map((b) => (b.type === "measureTable" ? { ...b, rows: rowsWithPeriod } : b)),
      })),
    };
    const { body } = await rendered(tree);
    const cell = cellsOf(all(first(body, "w:tbl") as XmlElement, "w:tr")[2] as XmlElement)[3] as XmlElement;
    expect(rawTextOf(cell)).toBe("๓๐\u00A0พฤศจิกายน ๒๕๖๗\u00A0- ๑\u00A0ตุลาคม\u00A0๒๕๖๗");
  });

  it("links web addresses of outcomes as external hyperlinks", () => {
    const links = all(table, "w:hyperlink");
    const treeLinks = treeTable.rows.flatMap((row) =>
      row.flatMap((cell) =>
        cell.content.flatMap((x) => (x.kind === "text" ? x.runs.filter((run) => run.link) : [])),
      ),
    );
    expect(links.length).toBe(treeLinks.length);
    expect(child(table, "w:tblPr")).toBeDefined();
  });
});
