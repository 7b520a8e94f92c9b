import { describe, expect, it } from "vitest";
import { keepRowsWholeByRelayout } from "../../../../src/render/pdf/keep-rows-whole-by-relayout.js";
import { layOutRowStarts, layOutRows } from "../../../../src/render/pdf/lay-out-rows.js";
import { layOutOnly } from "../../../../src/render/pdf/layout-only.js";
import { measureTableRows } from "../../../../src/render/pdf/measure-table-rows.js";
import { toDefinition } from "../../../../src/render/pdf/to-definition.js";
import { tableRowsReport } from "../../../fixtures/documents/table-rows.js";

describe("the passes that only read positions", () => {
  it("report the same row starts without drawing as a drawn layout does", async () => {
    const { breaks } = await keepRowsWholeByRelayout(
      tableRowsReport,
      await measureTableRows(tableRowsReport),
    );
    const drawn = await layOutRows(tableRowsReport, breaks);
    const positions = await layOutRowStarts(tableRowsReport, breaks);
    expect(drawn.starts.length).toBe(7);
    expect(positions.starts).toEqual(drawn.starts);
  });

  it("pass on an error raised during the layout instead of taking it for the stop", async () => {
    const failure = new Error("the hook failed");
    await expect(
      layOutOnly(toDefinition(tableRowsReport), () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
  });

  it.each([1, 2, 3, 6, 7])("measure a table of 7 rows in slices of %i as in one slice", async (rows) => {
    const [whole] = await measureTableRows(tableRowsReport);
    const [sliced] = await measureTableRows(tableRowsReport, rows);
    expect(whole?.rowNeeds).toHaveLength(7);
    expect(sliced?.rowNeeds).toHaveLength(7);
    expect(sliced?.firstRowOffset).toBe(whole?.firstRowOffset);
    sliced?.rowNeeds.forEach((need, r) => expect(need).toBeCloseTo(whole?.rowNeeds[r] ?? NaN, 9));
  });
});
