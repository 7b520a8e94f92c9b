import { describe, expect, it } from "vitest";
import {
  A4_HEIGHT_PT,
  A4_WIDTH_PT,
  CELL_PADDING_SIDE_PT,
  TABLE_COLUMN_WIDTHS_CM,
  TABLE_RULE_WIDTH_PT,
} from "../../../../src/document/layout.js";
import type { Cell } from "../../../../src/document/nodes.js";
import { typography } from "../../../../src/document/typography.js";
import { toDefinition } from "../../../../src/render/pdf/index.js";
import { innerWidths } from "../../../../src/render/pdf/measure-table.js";
import { pageFrame } from "../../../../src/render/pdf/page-frame.js";
import { spanGrid } from "../../../../src/render/pdf/span-grid.js";
import { tableRowsReport } from "../../../fixtures/documents/table-rows.js";
import { cm } from "./helpers/rendered.js";

const head = (text: string, span: { colSpan?: number; rowSpan?: number } = {}): Cell => ({
  content: [{ kind: "text", runs: [{ text }], level: 0 }],
  ...span,
});

describe("the tree → pdfmake mapping", () => {
  it("places spanned header cells on pdfmake's full grid, covered cells as placeholders", () => {
    const grid = spanGrid(
      [
        [head("a", { rowSpan: 2 }), head("status", { colSpan: 2 }), head("z", { rowSpan: 2 })],
        [head("done"), head("not done")],
      ],
      4,
    );
    const label = (c: Cell | null) =>
      c === null ? null : c.content[0]?.kind === "text" ? c.content[0].runs[0]?.text : "";
    expect(grid.map((row) => row.map(label))).toEqual([
      ["a", "status", null, "z"],
      [null, "done", "not done", null],
    ]);
  });

  it("gives every section exact A4 in its orientation, and the table the text width", () => {
    const definition = toDefinition(tableRowsReport) as unknown as {
      content: { pageSize: { width: number; height: number }; pageOrientation: string }[];
    };
    expect(definition.content[0]?.pageSize).toEqual({ width: A4_WIDTH_PT, height: A4_HEIGHT_PT });
    expect(definition.content[0]?.pageOrientation).toBe("landscape");
    const section = tableRowsReport.sections[0]!;
    const table = section.blocks.find((b) => b.type === "measureTable");
    if (table?.type !== "measureTable") throw new Error("fixture has no table");
    const frame = pageFrame(section);
    const widths = innerWidths(table, frame, typography("psk"));
    // Inner widths plus padding and one rule per column fill the text width exactly.
    const around = 2 * CELL_PADDING_SIDE_PT + TABLE_RULE_WIDTH_PT;
    const outer = widths.reduce((sum, w) => sum + w + around, 0) + TABLE_RULE_WIDTH_PT;
    expect(outer).toBeCloseTo(frame.textWidth, 6);
    TABLE_COLUMN_WIDTHS_CM.forEach((w, i) => expect((widths[i] ?? 0) + around).toBeCloseTo(cm(w), 6));
  });

  it("dates the document from the tree, never from the clock", () => {
    const info = toDefinition(tableRowsReport)["info"] as { creationDate: Date };
    expect(info.creationDate.toISOString()).toBe("2025-04-24T00:00:00.000Z");
  });

  it("starts a new table on a new page for each row listed as moved", () => {
    const content = toDefinition(tableRowsReport, [[3]]).content as { section: Record<string, unknown>[] }[];
    const tables = content[0]?.section.filter((n) => "table" in n) ?? [];
    expect(tables).toHaveLength(2);
    expect(tables[1]?.["pageBreak"]).toBe("before");
    const bodies = tables.map((t) => (t["table"] as { body: unknown[]; headerRows: number }).body.length - 2);
    // Seven measures: rows 0–2 in the first table, rows 3–6 in the second.
    expect(bodies).toEqual([3, 4]);
  });
});
