import { describe, expect, it } from "vitest";
import { renderPdf, toDefinition } from "../../../../src/render/pdf/index.js";
import { createPdfBytes } from "../../../../src/render/pdf/pdf-engine.js";
import {
  FILLER_PARAGRAPHS,
  FILLER_PARAGRAPHS_TO_PAGE_2,
  strandedHeadingMemo,
  strandedHeadingMemoOnPage2,
} from "../../../fixtures/documents/stranded-heading.js";
import type { PageView } from "./helpers/read-pdf.js";
import { rendered } from "./helpers/rendered.js";

const pageOf = (pages: readonly PageView[], prefix: string): number =>
  pages.findIndex((p) => p.texts.some((t) => t.str.startsWith(prefix))) + 1;

describe("memo section heads", () => {
  it("would be left alone at the foot of page 1 without the rule (the fixture exercises it)", async () => {
    const { pages } = await rendered(await createPdfBytes(toDefinition(strandedHeadingMemo)));
    expect(pageOf(pages, "ข้อเสนอเพื่อพิจารณา")).toBe(1);
    expect(pageOf(pages, "เห็นควรเผยแพร่")).toBe(2);
  });

  it("move to the next page with the text they head", async () => {
    const { pages } = await rendered(await renderPdf(strandedHeadingMemo));
    expect(pageOf(pages, "ข้อเสนอเพื่อพิจารณา")).toBe(2);
    expect(pageOf(pages, "เห็นควรเผยแพร่")).toBe(2);
    expect(pageOf(pages, `ย่อหน้าที่ ${FILLER_PARAGRAPHS}`)).toBe(1);
  });

  it("on page 2, would be left alone above the page number's page without the rule", async () => {
    const { pages } = await rendered(await createPdfBytes(toDefinition(strandedHeadingMemoOnPage2)));
    expect(pageOf(pages, "ข้อเสนอเพื่อพิจารณา")).toBe(2);
    expect(pageOf(pages, "เห็นควรเผยแพร่")).toBe(3);
  });

  it("on a page carrying a page number, move to the next page too", async () => {
    const { pages } = await rendered(await renderPdf(strandedHeadingMemoOnPage2));
    expect(pageOf(pages, `ย่อหน้าที่ ${FILLER_PARAGRAPHS_TO_PAGE_2}`)).toBe(2);
    expect(pageOf(pages, "ข้อเสนอเพื่อพิจารณา")).toBe(3);
    expect(pageOf(pages, "เห็นควรเผยแพร่")).toBe(3);
  });
});
