import { describe, expect, it } from "vitest";
import { typography } from "../../../../src/document/typography.js";
import {
  MEMO_EMBLEM_HEIGHT_CM,
  MEMO_EMBLEM_TOP_CM,
  MEMO_MARGIN_TOP_LATER_PAGES_CM,
  MEMO_TITLE_LINE_PT,
  PAGE_NUMBER_TOP_CM,
  PT_PER_CM,
} from "../../../../src/document/layout.js";
import { cmToEmu, cmToTwips, ptToTwips } from "../../../../src/render/docx/units.js";
import { cachedPageNumber, headerText, sectionHeaders } from "./helpers/headers.js";
import { effectivePPr, styleSheet } from "./helpers/effective.js";
import { docxMemoWithEmblem } from "../../../fixtures/documents/docx-memo.js";
import { all, child, first, paragraphWithText, textOf, type XmlElement } from "./helpers/read-docx.js";
import { attr, rendered, renderedReal, sectionProperties } from "./helpers/rendered.js";

const withEmblem = await rendered(docxMemoWithEmblem);
const real = await renderedReal("memo");

describe("the Garuda emblem", () => {
  const anchor = first(withEmblem.body, "wp:anchor") as XmlElement;

  it("floats 1.5 cm high at the left margin, its top 1.5 cm below the paper edge, text not wrapped around it", () => {
    expect(anchor).toBeDefined();
    expect(first(anchor, "wp:positionH")?.attrs.relativeFrom).toBe("margin");
    expect(first(first(anchor, "wp:positionH") as XmlElement, "wp:posOffset")?.text).toBe("0");
    expect(first(anchor, "wp:positionV")?.attrs.relativeFrom).toBe("page");
    expect(Number(first(first(anchor, "wp:positionV") as XmlElement, "wp:posOffset")?.text)).toBe(
      cmToEmu(MEMO_EMBLEM_TOP_CM),
    );
    expect(first(anchor, "wp:wrapNone")).toBeDefined();
    expect(
      Math.abs(Number(attr(first(anchor, "wp:extent"), "cy")) - cmToEmu(MEMO_EMBLEM_HEIGHT_CM)),
    ).toBeLessThan(2);
  });

  it("keeps the image's aspect ratio", () => {
    const extent = first(anchor, "wp:extent");
    const emblem = docxMemoWithEmblem.sections[0]?.blocks[0];
    const ratio =
      emblem?.type === "memoTitle" && emblem.emblem ? emblem.emblem.widthPx / emblem.emblem.heightPx : 0;
    expect(Number(attr(extent, "cx")) / Number(attr(extent, "cy"))).toBeCloseTo(ratio, 4);
  });

  it("is anchored in the title paragraph", () => {
    expect(textOf(paragraphWithText(withEmblem.body, "บันทึกข้อความ"))).toBe("บันทึกข้อความ");
    expect(first(paragraphWithText(withEmblem.body, "บันทึกข้อความ"), "wp:anchor")).toBeDefined();
  });

  it("leaves its band when absent: no drawing, and the title line padded to the emblem's 1.5 cm", () => {
    expect(first(real.body, "w:drawing")).toBeUndefined();
    const spacing = child(
      effectivePPr(paragraphWithText(real.body, "บันทึกข้อความ"), styleSheet(real.bytes)),
      "w:spacing",
    );
    const band =
      Number(attr(spacing, "w:before")) + Number(attr(spacing, "w:after")) + ptToTwips(MEMO_TITLE_LINE_PT);
    expect(Math.abs(band - ptToTwips(MEMO_EMBLEM_HEIGHT_CM * PT_PER_CM))).toBeLessThanOrEqual(1);
  });
});

describe("page numbers and writing lines", () => {
  it("puts '- {PAGE} -' in the default header and no header on the first page, 1.5 cm from the top edge", () => {
    const [sectPr] = sectionProperties(real.body);
    const headers = sectionHeaders(real.bytes, sectPr as XmlElement);
    expect(headerText(headers.get("default") as XmlElement)).toBe("- {PAGE} -");
    expect(cachedPageNumber(headers.get("default") as XmlElement)).toBe("๒");
    // A different first page with no header of its own: an empty one would still push page 1 down.
    expect(first(sectPr as XmlElement, "w:titlePg")).toBeDefined();
    expect(headers.get("first")).toBeUndefined();
    expect(Number(attr(first(sectPr as XmlElement, "w:pgMar"), "w:header"))).toBe(
      cmToTwips(PAGE_NUMBER_TOP_CM),
    );
  });

  it("starts later pages 2.5 cm down, page 1 at the emblem: top margin 1.5 cm, a header band reaching 2.5 cm", () => {
    const [sectPr] = sectionProperties(real.body);
    expect(Number(attr(first(sectPr as XmlElement, "w:pgMar"), "w:top"))).toBe(cmToTwips(MEMO_EMBLEM_TOP_CM));
    const band = first(
      sectionHeaders(real.bytes, sectPr as XmlElement).get("default") as XmlElement,
      "w:spacing",
    );
    expect(attr(band, "w:lineRule")).toBe("exact");
    // The number on a body line at the band's top, as the PDF sets it; space after fills the band.
    expect(Number(attr(band, "w:line"))).toBe(ptToTwips(typography("psk").bodyPitchPt));
    expect(Number(attr(band, "w:line")) + Number(attr(band, "w:after"))).toBe(
      ptToTwips((MEMO_MARGIN_TOP_LATER_PAGES_CM - PAGE_NUMBER_TOP_CM) * PT_PER_CM),
    );
  });

  it("keeps that band in a memo without page numbers (different first page, an empty default header)", async () => {
    const { pageNumbers: _numbered, ...plainMemo } = docxMemoWithEmblem;
    const plain = await rendered(plainMemo);
    const [sectPr] = sectionProperties(plain.body);
    expect(first(sectPr as XmlElement, "w:titlePg")).toBeDefined();
    expect(attr(first(sectPr as XmlElement, "w:pgNumType"), "w:fmt")).toBeUndefined();
    const headers = sectionHeaders(plain.bytes, sectPr as XmlElement);
    expect(headerText(headers.get("default") as XmlElement)).toBe("");
    expect(attr(first(headers.get("default") as XmlElement, "w:spacing"), "w:lineRule")).toBe("exact");
  });

  it("writes Arabic page numbers as decimal when the tree says arabic", () => {
    const [sectPr] = sectionProperties(withEmblem.body);
    expect(attr(first(sectPr as XmlElement, "w:pgNumType"), "w:fmt")).toBe("decimal");
  });

  it("keeps an empty value's dotted writing line for handwriting", () => {
    const row = all(first(withEmblem.body, "w:tbl") as XmlElement, "w:tr").find((r) =>
      textOf(r).startsWith("ที่"),
    ) as XmlElement;
    const cells = all(row, "w:tc");
    expect(cells.map(textOf)).toEqual(["ที่", "", "", "วันที่", "๒๔ เมษายน ๒๕๖๘"]);
    expect(attr(first(cells[1] as XmlElement, "w:bottom"), "w:val")).toBe("dotted");
  });

  it("links web addresses in the body with external relationships", () => {
    expect(all(withEmblem.body, "w:hyperlink").map(textOf)).toEqual([
      "https://www.tanem.go.th",
      "https://www.tanem.go.th/ita",
    ]);
  });
});
