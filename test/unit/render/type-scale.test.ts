import { describe, expect, it } from "vitest";
import {
  A4_HEIGHT_PT,
  MEMO_MARGIN_BOTTOM_CM,
  MEMO_MARGIN_TOP_LATER_PAGES_CM,
} from "../../../src/document/layout.js";
import type { Document } from "../../../src/document/nodes.js";
import { typography } from "../../../src/document/typography.js";
import { cmToTwips } from "../../../src/render/docx/units.js";
import { renderPdf } from "../../../src/render/pdf/index.js";
import { realDocuments } from "../../helpers/real-documents.js";
import { effectiveRPr, styleSheet } from "./docx/helpers/effective.js";
import { all, docxEntries, first, partText, textOf } from "./docx/helpers/read-docx.js";
import { attr as xmlAttr, rendered as renderedDocx } from "./docx/helpers/rendered.js";
import { cm, rendered } from "./pdf/helpers/rendered.js";

describe("the type scale (docs/layout.md §0)", () => {
  it("sets Sarabun at 0.655 × the official PSK sizes, to the half point, on PSK's single spacing", () => {
    const psk = typography("psk");
    expect([psk.bodyPt, psk.labelPt, psk.titlePt, psk.tablePt]).toEqual([10.5, 13, 19, 10.5]);
    expect([psk.bodyPitchPt, psk.labelPitchPt, psk.tablePitchPt]).toEqual([18.1, 22.6, 18.1]);
  });

  it("keeps the larger look of TH Sarabun New with `new`: nominal sizes, 2.01 em body lines", () => {
    const next = typography("new");
    expect([next.bodyPt, next.labelPt, next.titlePt, next.tablePt]).toEqual([16, 20, 29, 14]);
    expect([next.bodyPitchPt, next.tablePitchPt]).toEqual([32.15, 18.2]);
  });

  it("names a PSK-family DOCX font at the official sizes themselves, on the same pitches", () => {
    const it9 = typography("psk", "TH SarabunIT๙");
    expect([it9.bodyPt, it9.labelPt, it9.titlePt, it9.tablePt]).toEqual([16, 20, 29, 16]);
    expect(it9.bodyPitchPt).toBe(typography("psk").bodyPitchPt);
  });
});

describe("the `new` scale's narrow table columns", () => {
  it("shrink a header word to fit its column rather than break it, down to the official 14 pt look", async () => {
    // At `new`, table text is Sarabun 14 pt: "ลำดับ" (1.1 cm column) only fits smaller.
    expect(typography("new").tableHeaderMinPt).toBe(typography("psk").tableHeaderMinPt);
    const { report } = await realDocuments();
    const { pages } = await rendered(await renderPdf({ ...report, typeScale: "new" }));
    // The header: the texts between the title and the first row's number "๑".
    const texts = pages[1]?.texts ?? [];
    const firstRow = texts.find((t) => t.str.trim() === "๑")?.baseline ?? 0;
    const titleEnd = texts.find((t) => t.str.startsWith("ของ"))?.baseline ?? 0;
    const words = texts
      .filter((t) => t.baseline > titleEnd && t.baseline < firstRow)
      .map((t) => t.str.trim());
    for (const word of ["ลำดับ", "ผู้รับผิดชอบ", "สามารถ", "ระยะเวลา"])
      expect(
        words.some((w) => w.includes(word)),
        word,
      ).toBe(true);
    // The title's two lines stay one line each: two baselines above the table's top rule.
    const tableTop = Math.min(...(pages[1]?.segments ?? []).map((g) => Math.min(g.y1, g.y2)));
    const title = (pages[1]?.texts ?? []).filter((t) => t.baseline < tableTop && !/^- .+ -$/u.test(t.str));
    expect(new Set(title.map((t) => Math.round(t.baseline))).size).toBe(2);
  });
});

describe("the ลำดับที่ column", () => {
  it("widens to a three-digit measure number at the `new` scale (PDF and DOCX), which stays one line", async () => {
    const { report } = await realDocuments();
    const numbered: Document = {
      ...report,
      typeScale: "new",
      sections: report.sections.map((section) => ({
        ...section,
        blocks: section.blocks.map((b) =>
          b.type === "measureTable"
            ? {
                ...b,
                rows: b.rows.map((row, r) =>
                  r === 0
                    ? row.map((cell, c) =>
                        c === 0
                          ? {
                              content: [
                                {
                                  kind: "text" as const,
                                  runs: [{ text: "๑๐๐" }],
                                  level: 0 as const,
                                  align: "center" as const,
                                },
                              ],
                            }
                          : cell,
                      )
                    : row,
                ),
              }
            : b,
        ),
      })),
    };
    const { pages } = await rendered(await renderPdf(numbered));
    // pdf.js joins the number with the title cell's first line: "๑๐๐ มาตรการการ".
    expect((pages[1]?.texts ?? []).some((t) => t.str.startsWith("๑๐๐"))).toBe(true);
    const docx = await renderedDocx(numbered);
    const grid = all(first(docx.body, "w:tbl")!, "w:gridCol").map((g) => Number(xmlAttr(g, "w:w")));
    // ๑๐๐ is 28.6 pt of Sarabun 14 pt; 1.1 cm holds 24.7 pt inside the padding.
    expect(grid[0]).toBeGreaterThan(cmToTwips(1.1));
  });
});

describe("the 2568 documents at the official scale", () => {
  it("make a memo of at most 2 pages and a table of at most 21 pages (the agency's own count)", async () => {
    const docs = await realDocuments();
    const memo = await rendered(await renderPdf(docs.memo));
    const report = await rendered(await renderPdf(docs.report));
    expect(memo.pages.length).toBeLessThanOrEqual(2);
    // Page 1 is the cover.
    expect(report.pages.length - 1).toBeLessThanOrEqual(21);
    const body = memo.pages[0]?.texts.find((t) => t.str.startsWith("ตามที่คณะกรรมการ"));
    expect(body?.size).toBe(10.5);
  });

  it("hold 39 body lines on a full later page of the memo (about 37 with paragraph spacing)", async () => {
    const { memo } = await realDocuments();
    const long = "ข้อความทดสอบการจัดหน้าบันทึกข้อความตามแบบราชการ ".repeat(400);
    const doc: Document = {
      ...memo,
      sections: [
        {
          layout: "memo",
          orientation: "portrait",
          blocks: [{ type: "paragraph", role: "body", runs: [{ text: long }] }],
        },
      ],
    };
    const { pages } = await rendered(await renderPdf(doc));
    const baselines = new Set(
      (pages[1]?.texts ?? []).filter((t) => !/^- .+ -$/.test(t.str)).map((t) => Math.round(t.baseline * 10)),
    );
    const room = A4_HEIGHT_PT - cm(MEMO_MARGIN_TOP_LATER_PAGES_CM) - cm(MEMO_MARGIN_BOTTOM_CM);
    expect(baselines.size).toBe(Math.floor(room / typography("psk").bodyPitchPt));
    expect(baselines.size).toBe(39);
  });
});

describe("the DOCX font of agency.yaml", () => {
  it("names TH SarabunIT๙ at 16 pt (w:sz 32) and embeds no font when the agency asks for it", async () => {
    const { memo } = await realDocuments();
    const docx = await renderedDocx({ ...memo, docxFont: "TH SarabunIT๙" });
    const body = all(docx.body, "w:p").find((p) => textOf(p).startsWith("ตามที่"));
    const run = all(body!, "w:r").find((r) => all(r, "w:t").length > 0);
    const props = effectiveRPr(run!, body!, styleSheet(docx.bytes));
    const fonts = first(props, "w:rFonts");
    expect(xmlAttr(fonts, "w:cs")).toBe("TH SarabunIT๙");
    expect(xmlAttr(fonts, "w:ascii")).toBe("TH SarabunIT๙");
    expect(xmlAttr(first(props, "w:sz"), "w:val")).toBe("32");
    expect(xmlAttr(first(props, "w:szCs"), "w:val")).toBe("32");
    expect([...docxEntries(docx.bytes).keys()].filter((name) => name.startsWith("word/fonts/"))).toEqual([]);
    // Declared Thai in the font table, for Word's font matching when the font is missing.
    const table = partText(docx.bytes, "word/fontTable.xml");
    expect(table).toMatch(/<w:font w:name="TH SarabunIT๙"><w:charset w:val="DE"\/>/);
  });

  it("embeds Sarabun at the scaled size (w:sz 21, 10.5 pt) by default", async () => {
    const { memo } = await realDocuments();
    const docx = await renderedDocx(memo);
    const sheet = styleSheet(docx.bytes);
    const sizes = all(docx.body, "w:p").flatMap((p) =>
      all(p, "w:r").map((r) => xmlAttr(first(effectiveRPr(r, p, sheet), "w:sz"), "w:val")),
    );
    expect(sizes).toContain("21");
    expect(sizes).not.toContain("32");
    expect([...docxEntries(docx.bytes).keys()].some((name) => name.startsWith("word/fonts/"))).toBe(true);
  });
});
