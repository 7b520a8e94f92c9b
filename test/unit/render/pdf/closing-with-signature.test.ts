import { describe, expect, it } from "vitest";
import { visibleText } from "../../../helpers/pdf-text.js";
import { renderPdf } from "../../../../src/render/pdf/index.js";
import { FILLER_PARAGRAPHS } from "../../../fixtures/documents/stranded-heading.js";
import { CLOSING, SIGNER, strandedClosingMemo } from "../../../fixtures/documents/stranded-closing.js";
import type { PageView } from "./helpers/read-pdf.js";
import { rendered } from "./helpers/rendered.js";

const pageOf = (pages: readonly PageView[], prefix: string): number =>
  pages.findIndex((p) => p.texts.some((t) => t.str.startsWith(prefix))) + 1;

describe("the memo's closing line and signature", () => {
  it("go to the next page together when the signature does not fit under the closing", async () => {
    const { pages } = await rendered(await renderPdf(strandedClosingMemo()));
    // The closing would fit on page 1 by itself: the page is filled to one free paragraph.
    expect(pageOf(pages, `ย่อหน้าที่ ${FILLER_PARAGRAPHS}`)).toBe(1);
    expect(pageOf(pages, CLOSING)).toBe(2);
    expect(pageOf(pages, SIGNER)).toBe(2);
    const page2 = pages[1];
    const closing = page2?.texts.find((t) => t.str.startsWith(CLOSING));
    const signer = page2?.texts.find((t) => t.str.startsWith(SIGNER));
    // The closing heads page 2, the signature below it.
    expect(closing?.baseline).toBeLessThan(signer?.baseline ?? 0);
  });

  it("a closing too long to share a page with the signature still prints whole", async () => {
    const sentence = "คณะทำงานจึงเรียนมาเพื่อโปรดพิจารณาให้ความเห็นชอบรายงานผลการดำเนินการ ";
    const long = sentence.repeat(120).trim();
    const { pages } = await rendered(await renderPdf(strandedClosingMemo(long)));
    // Each page's text without its page number ("- ๒ -"), which pdf.js gives after the body.
    const text = visibleText(pages.map((p) => p.text).join("")).replace(/-[๐-๙]+-/gu, "");
    const words = text.split("ความเห็นชอบ").length - 1;
    expect(words).toBe(120);
    expect(pageOf(pages, SIGNER)).toBeGreaterThan(2);
  });
});
