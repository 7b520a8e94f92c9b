import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildMemo } from "../../../src/document/build-memo.js";
import { buildReport } from "../../../src/document/build-report.js";
import { renderDocx } from "../../../src/render/docx/index.js";
import { bodyRunText } from "../render/docx/helpers/read-docx.js";
import { renderPdf } from "../../../src/render/pdf/index.js";
import { pdftotextRaw, visibleText } from "../../helpers/pdf-text.js";
import { yearData } from "../document/year-data-fixture.js";
import { documentTexts } from "../../helpers/document-texts.js";
import { measureInputs } from "./measure.arbitrary.js";
import { pageTexts, printedOnPages } from "./page-flow-text.js";
import { thaiText } from "./thai-text.arbitrary.js";

/** Memo sections: an optional heading, then paragraphs and "-" lists. */
const memoSections = fc.array(
  fc.record(
    {
      heading: thaiText(3),
      content: fc.array(
        fc.oneof(
          thaiText(30),
          fc.record({ bullets: fc.array(thaiText(12), { minLength: 1, maxLength: 3 }) }),
        ),
        { minLength: 1, maxLength: 2 },
      ),
    },
    { requiredKeys: ["content"] },
  ),
  { minLength: 1, maxLength: 3 },
);

const model = fc
  .record({ measures: measureInputs(3), subject: thaiText(20), to: thaiText(6), sections: memoSections })
  .map((m) => ({
    ...m,
    data: yearData({
      measures: m.measures,
      report: {
        memo: {
          ...yearData().report.memo,
          subject: m.subject,
          to: m.to,
          sections: m.sections,
          date: "24 เม.ย. 68",
        },
      },
    }),
  }));

describe("any valid model renders in both formats with all its text", () => {
  test("memo and report: PDF and DOCX render, and every paragraph's text is extractable from both", async () => {
    await fc.assert(
      fc.asyncProperty(model, async ({ data }) => {
        for (const doc of [buildMemo(data), buildReport(data)]) {
          const [pdf, docx] = await Promise.all([renderPdf(doc), renderDocx(doc)]);
          const pages = pageTexts(pdftotextRaw(pdf));
          const wordText = visibleText(bodyRunText(docx));
          for (const text of documentTexts(doc)) {
            expect(printedOnPages(text, pages), `"${text}" in the PDF`).toBe(true);
            expect(wordText).toContain(visibleText(text));
          }
        }
      }),
      { numRuns: 8 },
    );
  });
});
