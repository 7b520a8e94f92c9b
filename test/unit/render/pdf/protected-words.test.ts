import { describe, expect, it } from "vitest";
import { buildMemo } from "../../../../src/document/build-memo.js";
import { buildReport } from "../../../../src/document/build-report.js";
import type { Document } from "../../../../src/document/nodes.js";
import { renderPdf } from "../../../../src/render/pdf/index.js";
import { documentTexts } from "../../../helpers/document-texts.js";
import { pdftotextRaw, visibleText } from "../../../helpers/pdf-text.js";
import { realDocuments } from "../../../helpers/real-documents.js";
import { yearData } from "../../document/year-data-fixture.js";

/** Characters each side of a line end that must occur together in one text of the document. */
const CONTEXT = 6;

/**
 * Line ends of the PDF that fall strictly inside an occurrence of one of the document's words,
 * shown as "…end|start…". A line end counts when the end of one line and the start of the next
 * occur together in one text of the document (one paragraph broken there).
 */
async function lineEndsInsideWords(
  doc: Document,
  words: readonly string[] = doc.words ?? [],
): Promise<string[]> {
  const texts = documentTexts(doc).map(visibleText);
  const found: string[] = [];
  for (const page of pdftotextRaw(await renderPdf(doc)).split("\f")) {
    const lines = page
      .split("\n")
      .map(visibleText)
      .filter((l) => l !== "");
    for (let i = 0; i + 1 < lines.length; i++) {
      const left = (lines[i] ?? "").slice(-CONTEXT);
      const right = (lines[i + 1] ?? "").slice(0, CONTEXT);
      const text = texts.find((t) => t.includes(left + right));
      if (text === undefined) continue;
      const end = text.indexOf(left + right) + left.length;
      for (const word of words) {
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          if (at < end && end < at + word.length) found.push(`${left}|${right} (${word})`);
        }
      }
    }
  }
  return found;
}

/** Real words around the names, so that line ends fall everywhere in them. */
const FILLER = ["ประชาชน", "ในพื้นที่", "ได้รับ", "ข้อมูล", "ข่าวสาร", "อย่าง", "ทั่วถึง", "และ", "รวดเร็ว"];
const NAMES = "องค์การบริหารส่วนตำบลตาเนิน อำเภอเนินสง่า นางสาวเสาวนิตย์ ประยูรพันธ์";
const step = Array.from(
  { length: 40 },
  (_, i) => `${FILLER.slice(0, i % FILLER.length).join("")}${NAMES}`,
).join(" ");

describe("the data's names never end a line inside them", () => {
  it("in the real 2568 memo and report", async () => {
    const { memo, report } = await realDocuments();
    expect(memo.words).toEqual(expect.arrayContaining(["ตาเนิน", "เนินสง่า", "เสาวนิตย์", "ประยูรพันธ์"]));
    expect(await lineEndsInsideWords(memo)).toEqual([]);
    // The 2.8 cm responsible column cannot hold "ศาสนาและวัฒนธรรม" on one line at 14 pt:
    // it is cut between its words there, the only exception, by width.
    const inReport = await lineEndsInsideWords(report);
    expect(inReport.filter((e) => !e.endsWith("(ศาสนาและวัฒนธรรม)"))).toEqual([]);
  });

  it("in a measure whose steps name them forty times, at every offset", async () => {
    const doc = buildReport(
      yearData({
        measures: [
          { no: 1, title: "มาตรการ", steps: [step, step], responsible: ["สำนักปลัด"], status: "done" },
        ],
      }),
    );
    expect(await lineEndsInsideWords(doc)).toEqual([]);
    // Without the document's words, ICU's dictionary ends lines inside them: the check can fail.
    const unprotected = await lineEndsInsideWords({ ...doc, words: [] }, doc.words);
    expect(unprotected.length).toBeGreaterThan(2);
  });

  it("in the memo built from the fixture year", async () => {
    expect(await lineEndsInsideWords(buildMemo(yearData()))).toEqual([]);
  });
});
