import { beforeAll, describe, expect, it } from "vitest";
import type { Document } from "../../../../src/document/nodes.js";
import { renderPdf } from "../../../../src/render/pdf/index.js";
import { pdfjsItems, pdftotextRaw, visibleText } from "../../../helpers/pdf-text.js";
import { documentTexts } from "../../../helpers/document-texts.js";
import { findIn } from "../../../helpers/find-in-pages.js";
import { realDocuments } from "../../../helpers/real-documents.js";

async function pagesOf(pdf: Uint8Array): Promise<{ poppler: string[]; pdfjs: string[] }> {
  const poppler = pdftotextRaw(pdf).split("\f").map(visibleText);
  const pdfjs: string[] = [];
  for (const item of await pdfjsItems(pdf)) pdfjs[item.page - 1] = (pdfjs[item.page - 1] ?? "") + item.str;
  return { poppler, pdfjs: pdfjs.map((p) => visibleText(p ?? "")) };
}

describe.each(["memo", "report"] as const)("the real 2568 %s.pdf", (kind) => {
  let doc: Document;
  let pages: { poppler: string[]; pdfjs: string[] };

  beforeAll(async () => {
    doc = (await realDocuments())[kind];
    pages = await pagesOf(await renderPdf(doc));
  });

  it("gives back every text of the data, character for character, with pdftotext -raw", () => {
    const texts = documentTexts(doc)
      .map(visibleText)
      .filter((t) => t !== "");
    expect(texts.length).toBeGreaterThan(kind === "memo" ? 20 : 200);
    expect(texts.filter((t) => !findIn(pages.poppler, t))).toEqual([]);
  });

  it("gives back every text of the data, character for character, with pdf.js", () => {
    const texts = documentTexts(doc)
      .map(visibleText)
      .filter((t) => t !== "");
    expect(texts.filter((t) => !findIn(pages.pdfjs, t))).toEqual([]);
  });

  it("would notice one wrong character in a text (the comparison can fail)", () => {
    const longest = documentTexts(doc)
      .map(visibleText)
      .reduce((a, b) => (b.length > a.length ? b : a), "");
    const altered = `${longest.slice(0, longest.length >> 1)}ฮ${longest.slice((longest.length >> 1) + 1)}`;
    expect(findIn(pages.poppler, longest)).toBe(true);
    expect(findIn(pages.poppler, altered)).toBe(false);
  });

  it("has the data's ำ and า exactly as often as the data", () => {
    const all = visibleText(documentTexts(doc).join(""));
    const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;
    const extracted = pages.poppler.join("");
    for (const letter of ["ำ", "า", "ดำเนินการ"]) {
      // The extracted pages hold the header rows once per page: only the data's share is compared.
      expect(count(extracted, letter), letter).toBeGreaterThanOrEqual(count(all, letter));
    }
    expect(extracted).not.toMatch(/\u0E4D\u0E32/u); // a decomposed ำ (NIKHAHIT + SARA AA) would show here
  });
});
