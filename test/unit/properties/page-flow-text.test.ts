import { describe, expect, test } from "vitest";
import { buildMemo } from "../../../src/document/build-memo.js";
import { buildReport } from "../../../src/document/build-report.js";
import { loadYear } from "../../../src/load/load-year.js";
import { renderPdf } from "../../../src/render/pdf/index.js";
import { pdftotextRaw } from "../../helpers/pdf-text.js";
import { documentTexts } from "../../helpers/document-texts.js";
import { pageTexts, printedOnPages } from "./page-flow-text.js";

describe("the text check of the property tests, on the 2568 documents", () => {
  test("finds every paragraph of the memo and the report, including cells continued over pages, and no altered one", async () => {
    const data = await loadYear("data", 2568);
    for (const doc of [buildMemo(data), buildReport(data)]) {
      const pages = pageTexts(pdftotextRaw(await renderPdf(doc)));
      const texts = documentTexts(doc);
      expect(texts.length).toBeGreaterThan(20);
      expect(texts.filter((t) => !printedOnPages(t, pages))).toEqual([]);
      expect(texts.filter((t) => printedOnPages(`${t.slice(0, -1)}ฮ`, pages))).toEqual([]);
    }
  });
});
