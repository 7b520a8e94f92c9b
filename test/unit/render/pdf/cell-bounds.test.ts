import { beforeAll, describe, expect, it } from "vitest";
import { CELL_PADDING_SIDE_PT, TABLE_RULE_WIDTH_PT } from "../../../../src/document/layout.js";
import { buildReport } from "../../../../src/document/build-report.js";
import type { Document } from "../../../../src/document/nodes.js";
import { renderPdf } from "../../../../src/render/pdf/index.js";
import { DEPENDENT_START } from "../../../../src/thai/glue-rules.js";
import { documentTexts } from "../../../helpers/document-texts.js";
import { tableOverflows as overflowsOf } from "../../../helpers/cell-overflows.js";
import { findIn } from "../../../helpers/find-in-pages.js";
import { HOSTILE_TOKENS, hostileYear } from "../../../helpers/hostile-typography.js";
import { pdftotextRaw, visibleText } from "../../../helpers/pdf-text.js";
import { yearData } from "../../document/year-data-fixture.js";
import { readPdf, type PageView, type PlacedText } from "./helpers/read-pdf.js";
import { renderedReal } from "./helpers/rendered.js";

/** Text starts after the rule's half width and the cell padding, and ends as far from the next rule. */
const INSET_PT = TABLE_RULE_WIDTH_PT / 2 + CELL_PADDING_SIDE_PT;
const tableOverflows = (pages: readonly PageView[]): string[] => overflowsOf(pages, INSET_PT);

/** The shortest piece of a cell's text accepted at a page foot in the hostile years. */
const SHORT_PAGE_HEAD_CHARS = 4;

/** Text items (lines, or parts of lines) that start with a vowel or mark cut from its consonant. */
const strandedMarks = (pages: readonly PageView[]): PlacedText[] =>
  pages.flatMap((p) => p.texts.filter((t) => DEPENDENT_START.test(t.str)));

describe("no text is drawn outside its table cell", () => {
  it("in the real 2568 report", async () => {
    const { pages } = await renderedReal("report");
    expect(pages.length).toBeGreaterThan(2);
    expect(tableOverflows(pages)).toEqual([]);
  });

  describe.each([2568, 9, 41])("in a generated year of hostile typography (seed %i)", (seed) => {
    let doc: Document;
    let pages: readonly PageView[];
    let bytes: Uint8Array;

    beforeAll(async () => {
      doc = buildReport(hostileYear(seed));
      bytes = await renderPdf(doc);
      pages = await readPdf(bytes);
    });

    it("keeps every text item inside its cell", () => {
      const texts = pages.slice(1).flatMap((p) => p.texts);
      // The check sees the table: hundreds of items, the tokens among them.
      expect(texts.length).toBeGreaterThan(100);
      expect(texts.some((t) => t.str.includes("https://"))).toBe(true);
      expect(tableOverflows(pages)).toEqual([]);
    });

    it("never starts a line with a vowel or tone mark cut from its consonant", () => {
      expect(strandedMarks(pages).map((t) => t.str)).toEqual([]);
    });

    it("gives back every text of the data, character for character (pdftotext -raw)", () => {
      const extracted = pdftotextRaw(bytes).split("\f").map(visibleText);
      const texts = documentTexts(doc)
        .map(visibleText)
        .filter((t) => t !== "");
      // Narrow cells of hostile text end a page after a short head ("๓.สำนัก", "-นางสาว").
      expect(texts.filter((t) => !findIn(extracted, t, SHORT_PAGE_HEAD_CHARS))).toEqual([]);
    });
  });
});

describe("a URL wider than its column", () => {
  const url = HOSTILE_TOKENS[0];
  let lines: string[];

  beforeAll(async () => {
    const data = yearData({
      measures: [{ no: 1, title: "มาตรการ", steps: [url], responsible: ["สำนักปลัด"], status: "done" }],
    });
    const pages = await readPdf(await renderPdf(buildReport(data)));
    // The steps cell's lines: from the one starting "๑. https" to the end of the URL.
    const texts = pages[1]?.texts ?? [];
    const first = texts.findIndex((t) => t.str.startsWith("๑. https"));
    lines = [];
    let joined = "";
    for (const t of texts.slice(first)) {
      if (joined.length >= url.length) break;
      const piece = t.str.replace(/^๑\. /u, "");
      lines.push(piece);
      joined += piece;
    }
  });

  it("breaks only after / . - _ ? & = and gives the URL back whole", () => {
    expect(lines.join("")).toBe(url);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[/.\-_?&=]$/u);
    // Never between the two slashes of "https://".
    expect(lines.some((l) => l.endsWith(":/"))).toBe(false);
  });
});
