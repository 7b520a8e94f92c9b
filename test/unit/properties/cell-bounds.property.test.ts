import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildReport } from "../../../src/document/build-report.js";
import { CELL_PADDING_SIDE_PT, TABLE_RULE_WIDTH_PT } from "../../../src/document/layout.js";
import { renderPdf } from "../../../src/render/pdf/index.js";
import { tableOverflows } from "../../helpers/cell-overflows.js";
import { documentTexts } from "../../helpers/document-texts.js";
import { pdftotextRaw } from "../../helpers/pdf-text.js";
import { readPdf } from "../render/pdf/helpers/read-pdf.js";
import { yearData } from "../document/year-data-fixture.js";
import { pageTexts, printedOnPages } from "./page-flow-text.js";
import { thaiSyllable, thaiText } from "./thai-text.arbitrary.js";

/** Runs with no break opportunity for a Thai reader: URL-like, digit and letter runs, syllable chains. */
const unbreakable = fc.oneof(
  fc.stringMatching(
    /^https:\/\/[a-z]{3,12}(\.[a-z]{2,8}){1,3}(\/[a-z0-9_-]{2,14}){2,6}(\?[a-z]{1,6}=[0-9]{1,8}(&[a-z]{1,6}=[a-z0-9]{1,8}){0,3})?$/,
  ),
  fc.stringMatching(/^[a-z]{4,20}(\.[a-z]{3,12}){1,3}@[a-z-]{6,24}\.go\.th$/),
  fc.stringMatching(/^[0-9๐-๙]{25,60}$/),
  fc.stringMatching(/^[A-Za-z]{30,70}$/),
  fc.array(thaiSyllable, { minLength: 12, maxLength: 24 }).map((s) => s.join("")),
);

/** A text: a Thai sentence with an unbreakable run before, after or alone. */
const cellText = fc
  .tuple(thaiText(6), unbreakable, fc.constantFrom("before", "after", "alone"))
  .map(([text, run, where]) =>
    where === "alone" ? run : where === "before" ? `${run} ${text}` : `${text} ${run}`,
  );

const measure = fc.record({
  title: cellText,
  steps: fc.array(
    fc.oneof(
      cellText,
      fc.record({ text: cellText, items: fc.array(cellText, { minLength: 1, maxLength: 2 }) }),
    ),
    { minLength: 1, maxLength: 3 },
  ),
  responsible: fc.array(cellText, { minLength: 1, maxLength: 3 }),
  outcomes: fc.array(fc.oneof(cellText, fc.record({ paragraph: cellText })), { maxLength: 2 }),
});

describe("any text in any column stays inside its cell", () => {
  test("every text item of the PDF lies inside its cell, and the text is given back", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(measure, { minLength: 1, maxLength: 3 }), async (measures) => {
        const data = yearData({
          measures: measures.map((m, i) => ({ no: i + 1, status: "done", ...m })),
        });
        const doc = buildReport(data);
        const pdf = await renderPdf(doc);
        const pages = await readPdf(pdf);
        expect(tableOverflows(pages, TABLE_RULE_WIDTH_PT / 2 + CELL_PADDING_SIDE_PT)).toEqual([]);
        const printed = pageTexts(pdftotextRaw(pdf));
        for (const text of documentTexts(doc)) expect(printedOnPages(text, printed), text).toBe(true);
      }),
      { numRuns: 6 },
    );
  });
});
