import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CELL_PADDING_TOP_PT, TABLE_RULE_WIDTH_PT } from "../../../../src/document/layout.js";
import type { Cell, Document, MeasureTable } from "../../../../src/document/nodes.js";
import type { RowStart, TableRowMeasure } from "../../../../src/render/pdf/keep-rows-whole.js";
import { keepRowsWholeByRelayout } from "../../../../src/render/pdf/keep-rows-whole-by-relayout.js";
import { measureTableRows } from "../../../../src/render/pdf/measure-table-rows.js";
import { pageFrame } from "../../../../src/render/pdf/page-frame.js";
import {
  allConfirmed,
  FIRST_WINDOW_ROWS,
  windowedRowBreaks,
} from "../../../../src/render/pdf/windowed-row-breaks.js";
import { tableRowsReport } from "../../../fixtures/documents/table-rows.js";

/**
 * A model of how pdfmake lays table rows out, enough for the page-break rule: a section starts a
 * fresh page; a title takes TITLE_PT; a table starts with its header (HEADER_PT); a row that does
 * not fit in what is left of a page continues on the next, under the repeated header; a break
 * before a row starts a new table on a fresh page; a window resumed at `tableTop` begins there.
 * Row heights are looked up by row identity.
 */
const HEADER_PT = 70;
const TITLE_PT = 60;
const GAP_PT = CELL_PADDING_TOP_PT + TABLE_RULE_WIDTH_PT;
const page = pageFrame({ layout: "table", orientation: "landscape", blocks: [] });
const PAGE_END = page.height - page.bottom;
const FIRST_LINE_PT = 20;
/** Two lines, as the real rule asks for. */
const MIN_FRAGMENT_PT = 2 * FIRST_LINE_PT;

function modelLayOut(
  heights: WeakMap<readonly Cell[], number>,
  laidOutRows: { count: number },
  { honourTableTop = true, extraGapPt = 0 } = {},
) {
  return async (doc: Document, breaks: readonly (readonly number[])[], tableTop?: number) => {
    const starts: RowStart[] = [];
    let table = 0;
    for (const [s, section] of doc.sections.entries()) {
      let top = s === 0 && honourTableTop ? (tableTop ?? page.top) : page.top;
      for (const block of section.blocks) {
        if (block.type !== "measureTable") {
          top += TITLE_PT;
          continue;
        }
        const moved = new Set(breaks[table] ?? []);
        top += HEADER_PT;
        block.rows.forEach((row, r) => {
          laidOutRows.count++;
          if (r > 0 && moved.has(r)) top = page.top + HEADER_PT;
          // Not even a first line fits: the row begins on the next page (pdfmake does this itself).
          if (top + FIRST_LINE_PT > PAGE_END) top = page.top + HEADER_PT;
          starts.push({ table, row: r, top });
          let left = heights.get(row) ?? 0;
          while (top + left > PAGE_END) {
            left -= PAGE_END - top;
            top = page.top + HEADER_PT;
          }
          top += left + GAP_PT + extraGapPt;
        });
        table++;
      }
    }
    return { bytes: new Uint8Array(), starts };
  };
}

function modelDocument(tables: readonly (readonly number[])[]) {
  const heights = new WeakMap<readonly Cell[], number>();
  const blocks: MeasureTable[] = tables.map((rowHeights) => ({
    type: "measureTable",
    columns: [{}],
    headerRows: [],
    rows: rowHeights.map((h) => {
      const row: Cell[] = [{ content: [] }];
      heights.set(row, h);
      return row;
    }),
  }));
  const doc: Document = {
    ...tableRowsReport,
    sections: [
      {
        layout: "table",
        orientation: "landscape",
        blocks: [{ type: "tableTitle", lines: ["ท"] }, ...blocks],
      },
    ],
  };
  const measures: TableRowMeasure[] = tables.map((rowHeights) => ({
    rowNeeds: rowHeights,
    firstRowOffset: HEADER_PT,
    minFragment: MIN_FRAGMENT_PT,
  }));
  return { doc, heights, measures };
}

/** One or two tables of 1 to `maxRows` row heights between 20 and 1,200 pt. */
const tablesOfRows = (maxRows: number): fc.Arbitrary<number[][]> =>
  fc.array(fc.array(fc.integer({ min: 20, max: 1200 }), { minLength: 1, maxLength: maxRows }), {
    minLength: 1,
    maxLength: 2,
  });

describe("windowed decisions on the short rows to move (model of pdfmake)", () => {
  it("find the same breaks as one full layout per moved row, never move a row twice, and lay out a bounded multiple of the rows", async () => {
    await fc.assert(
      fc.asyncProperty(
        tablesOfRows(80),
        fc.integer({ min: 1, max: 20 }),
        fc.boolean(),
        async (tables, firstWindowRows, honourTableTop) => {
          const { doc, heights, measures } = modelDocument(tables);
          const model = modelLayOut(heights, { count: 0 });
          const reference = await keepRowsWholeByRelayout(doc, measures, [], {
            layOut: model,
            layOutStarts: model,
          });
          const laidOut = { count: 0 };
          // A layout that ignores `tableTop` misplaces every resumed window: the decisions must
          // notice and start over from the moved row.
          const windowed = await windowedRowBreaks(doc, measures, {
            layOut: modelLayOut(heights, laidOut, { honourTableTop }),
            firstWindowRows,
          });
          expect(windowed).toEqual(reference.breaks);
          for (const rows of windowed) {
            // Strictly increasing: each row is moved at most once, in document order.
            rows.forEach((row, i) => expect(row).toBeGreaterThan(rows[i - 1] ?? 0));
          }
          if (!honourTableTop) return;
          // Resumed windows overlap by a row or two; what a decision wastes is the rest of the
          // window after the row it moves (a second table in a section is laid out after the
          // whole first one once).
          const rows = tables.reduce((sum, t) => sum + t.length, 0);
          const decisions = windowed.reduce((sum, t) => sum + t.length, 0) + tables.length;
          expect(laidOut.count).toBeLessThanOrEqual(
            2 * rows * tables.length + decisions * (64 + 2 * Math.max(2, firstWindowRows)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("with predicted moves, find the same breaks in fewer rows laid out, every prediction confirmed", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 20, max: 1200 }), { minLength: 17, maxLength: 120 }),
        async (rows) => {
          const { doc, heights, measures } = modelDocument([rows]);
          const model = modelLayOut(heights, { count: 0 });
          const reference = await keepRowsWholeByRelayout(
            doc,
            measures,
            [],
            { layOut: model, layOutStarts: model },
            { predict: false },
          );
          const plain = { count: 0 };
          await windowedRowBreaks(doc, measures, { layOut: modelLayOut(heights, plain) });
          const withPrediction = { count: 0 };
          const predicted: RowStart[] = [];
          const breaks = await windowedRowBreaks(doc, measures, {
            layOut: modelLayOut(heights, withPrediction),
            predicted,
          });
          expect(breaks).toEqual(reference.breaks);
          expect(allConfirmed(predicted, (await model(doc, breaks)).starts)).toBe(true);
          expect(withPrediction.count).toBeLessThanOrEqual(plain.count);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("notice when the layout does not follow the predictions (the writer then decides again without)", async () => {
    const rows = Array.from({ length: 60 }, (_, i) => 100.37 + (i % 7) * 14.93);
    const { doc, heights, measures } = modelDocument([rows]);
    const predicted: RowStart[] = [];
    const skewed = modelLayOut(heights, { count: 0 }, { extraGapPt: 2 });
    const breaks = await windowedRowBreaks(doc, measures, { layOut: skewed, predicted });
    expect(predicted.length).toBeGreaterThan(0);
    expect(allConfirmed(predicted, (await skewed(doc, breaks)).starts)).toBe(false);
  });

  it("lay out each row of a long table a few times only, not once per moved row", async () => {
    // 1,000 rows of a quarter to half a page: about one row in three must move.
    const { doc, heights, measures } = modelDocument([
      Array.from({ length: 1000 }, (_, i) => 100 + (i % 7) * 15),
    ]);
    const laidOut = { count: 0 };
    const breaks = await windowedRowBreaks(doc, measures, { layOut: modelLayOut(heights, laidOut) });
    const moved = breaks[0]?.length ?? 0;
    expect(moved).toBeGreaterThan(200);
    expect(laidOut.count).toBeLessThanOrEqual(1000 + moved * FIRST_WINDOW_ROWS);
    expect(laidOut.count).toBeLessThan(10 * 1000);
  });
});

describe("predicted moves after a moved row (model of pdfmake)", () => {
  const counting = (heights: WeakMap<readonly Cell[], number>, options: { extraGapPt?: number } = {}) => {
    const calls = { layouts: 0, drawn: 0 };
    const model = modelLayOut(heights, { count: 0 }, options);
    return {
      calls,
      engine: {
        layOut: (doc: Document, breaks: readonly (readonly number[])[]) => {
          calls.layouts++;
          calls.drawn++;
          return model(doc, breaks);
        },
        layOutStarts: (doc: Document, breaks: readonly (readonly number[])[]) => {
          calls.layouts++;
          return model(doc, breaks);
        },
      },
    };
  };

  it("move the same rows as one layout per moved row, in fewer layouts, drawing only the last", async () => {
    let saved = 0;
    await fc.assert(
      fc.asyncProperty(tablesOfRows(40), fc.integer({ min: 0, max: 3 }), async (tables, extraGapPt) => {
        const { doc, heights, measures } = modelDocument(tables);
        // extraGapPt > 0: the layout no longer follows the predictions' arithmetic, which must
        // notice and fall back to one row at a time.
        const reference = counting(heights, { extraGapPt });
        const one = await keepRowsWholeByRelayout(doc, measures, [], reference.engine, { predict: false });
        const predicted = counting(heights, { extraGapPt });
        const all = await keepRowsWholeByRelayout(doc, measures, [], predicted.engine);
        expect(all.breaks).toEqual(one.breaks);
        if (extraGapPt === 0) expect(predicted.calls.layouts).toBeLessThanOrEqual(reference.calls.layouts);
        else expect(predicted.calls.layouts).toBeLessThanOrEqual(reference.calls.layouts + 2);
        const movable = measures.some((m) =>
          m.rowNeeds.some((need, r) => r > 0 && need <= PAGE_END - page.top - HEADER_PT),
        );
        expect(predicted.calls.drawn).toBeLessThanOrEqual(movable ? 1 : 2);
        if (extraGapPt === 0) saved += reference.calls.layouts - predicted.calls.layouts;
      }),
      { numRuns: 300 },
    );
    // The property must have been exercised where it saves something.
    expect(saved).toBeGreaterThan(10);
  });

  it("lay a table of short rows out in a fraction of the layouts of one per moved row", async () => {
    // 60 rows of a quarter to half a page: about 20 moves.
    const { doc, heights, measures } = modelDocument([
      Array.from({ length: 60 }, (_, i) => 100.37 + (i % 7) * 14.93),
    ]);
    const reference = counting(heights);
    const one = await keepRowsWholeByRelayout(doc, measures, [], reference.engine, { predict: false });
    const predicted = counting(heights);
    const { breaks } = await keepRowsWholeByRelayout(doc, measures, [], predicted.engine);
    expect(breaks).toEqual(one.breaks);
    expect(breaks[0]?.length).toBeGreaterThan(15);
    expect(predicted.calls.drawn).toBe(1);
    expect(predicted.calls.layouts).toBeLessThanOrEqual(reference.calls.layouts / 2);
  });
});

describe("windowed decisions with pdfmake", () => {
  it("move the same short rows as the full relayout, with windows of two rows", async () => {
    const measures = await measureTableRows(tableRowsReport);
    const reference = await keepRowsWholeByRelayout(tableRowsReport, measures, [], undefined, {
      predict: false,
    });
    expect(reference.breaks[0]?.length).toBeGreaterThan(1);
    const predicted = await keepRowsWholeByRelayout(tableRowsReport, measures);
    expect(predicted.breaks).toEqual(reference.breaks);
    expect(Buffer.from(predicted.bytes).equals(Buffer.from(reference.bytes))).toBe(true);
    expect(await windowedRowBreaks(tableRowsReport, measures, { firstWindowRows: 2 })).toEqual(
      reference.breaks,
    );
  });

  it("give a long table the same bytes as the full relayout", async () => {
    const [table] = tableRowsReport.sections[0]?.blocks.filter((b) => b.type === "measureTable") ?? [];
    if (table === undefined) throw new Error("the fixture has a table");
    const rows = [...table.rows, ...table.rows.slice(1), ...table.rows, ...table.rows.slice(1, 4)];
    const section = tableRowsReport.sections[0];
    if (section === undefined) throw new Error("the fixture has a section");
    const doc: Document = {
      ...tableRowsReport,
      sections: [{ ...section, blocks: [section.blocks[0]!, { ...table, rows }] }],
    };
    const measures = await measureTableRows(doc);
    const reference = await keepRowsWholeByRelayout(doc, measures);
    expect(reference.breaks[0]?.length).toBeGreaterThan(2);
    const breaks = await windowedRowBreaks(doc, measures, { firstWindowRows: 4 });
    expect(breaks).toEqual(reference.breaks);
    const windowed = await keepRowsWholeByRelayout(doc, measures, breaks);
    expect(Buffer.from(windowed.bytes).equals(Buffer.from(reference.bytes))).toBe(true);
  }, 120_000);
});
