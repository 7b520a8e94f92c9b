import { describe, expect, it } from "vitest";
import { typography } from "../../../../src/document/typography.js";
import { cachePageNumber } from "../../../../src/render/docx/cached-page-number.js";
import { stateDefaultWidowControl } from "../../../../src/render/docx/default-widow-control.js";
import { dropStockStyles } from "../../../../src/render/docx/drop-stock-styles.js";
import { declareThaiInFontTable } from "../../../../src/render/docx/thai-font-table.js";
import { effectivePPr, styleSheet } from "./helpers/effective.js";
import { all, child, first, parseXml, partText, textOf, type XmlElement } from "./helpers/read-docx.js";
import { attr, renderedReal } from "./helpers/rendered.js";

const documents = {
  memo: await renderedReal("memo"),
  report: await renderedReal("report"),
  announcement: await renderedReal("announcement"),
};
const TYPE = typography("psk");

describe.each(Object.entries(documents))("the named styles of the %s", (_kind, doc) => {
  const styles = parseXml(partText(doc.bytes, "word/styles.xml"));
  const ids = new Set(all(styles, "w:style").map((s) => attr(s, "w:styleId")));
  const sheet = styleSheet(doc.bytes);

  it("give every paragraph of the body a style of the memo's own, which the styles part defines", () => {
    // A paragraph that only carries a section break (docx's way to end a section) has no text.
    const sectionCarrier = (p: XmlElement): boolean =>
      first(p, "w:sectPr") !== undefined && all(p, "w:r").length === 0;
    // The cells a vertical merge continues hold docx's bare <w:p/>, hidden under the merged cell.
    const mergedFiller = (p: XmlElement): boolean => p.children.length === 0;
    const paragraphs = all(doc.body, "w:p").filter((p) => !sectionCarrier(p) && !mergedFiller(p));
    expect(paragraphs.length).toBeGreaterThan(20);
    for (const p of paragraphs) {
      const style = attr(first(p, "w:pStyle"), "w:val");
      expect(style, textOf(p)).toBeDefined();
      expect(ids.has(style), style).toBe(true);
      expect(style).not.toBe("Normal");
    }
  });

  it("hold none of the stock blue headings a clerk could pick by mistake", () => {
    for (const stock of ["Title", "Heading1", "Heading2", "Heading6", "ListParagraph", "TOC1"]) {
      expect(ids.has(stock), stock).toBe(false);
    }
  });

  it("give every paragraph an exact line pitch, whatever the font's metrics", () => {
    // Also docx's bare paragraphs: they take the defaults' exact pitch.
    for (const p of all(doc.body, "w:p")) {
      const spacing = child(effectivePPr(p, sheet), "w:spacing");
      expect(attr(spacing, "w:lineRule"), textOf(p)).toBe("exact");
      expect(Number(attr(spacing, "w:line"))).toBeGreaterThan(0);
    }
  });

  it("state widow and orphan control and Thai as the complex-script language in the document defaults", () => {
    const defaults = first(styles, "w:docDefaults") as XmlElement;
    expect(first(first(defaults, "w:pPrDefault") as XmlElement, "w:widowControl")).toBeDefined();
    const run = first(first(defaults, "w:rPrDefault") as XmlElement, "w:rPr") as XmlElement;
    expect(attr(child(run, "w:lang"), "w:bidi")).toBe("th-TH");
    expect(child(run, "w:cs")).toBeDefined();
  });

  it("declare Thai for the font in the font table (charset DE, Unicode and code-page bits)", () => {
    const font = first(parseXml(partText(doc.bytes, "word/fontTable.xml")), "w:font") as XmlElement;
    expect(attr(child(font, "w:charset"), "w:val")).toBe("DE");
    const sig = child(font, "w:sig");
    expect(parseInt(attr(sig, "w:usb0") ?? "0", 16) & (1 << 24)).not.toBe(0);
    expect(parseInt(attr(sig, "w:csb0") ?? "0", 16) & (1 << 16)).not.toBe(0);
  });
});

describe("the memo's styles", () => {
  it("set the body text on the memo's pitch, distributed, first line indented, 6 pt before", () => {
    const styles = parseXml(partText(documents.memo.bytes, "word/styles.xml"));
    const body = all(styles, "w:style").find((s) => attr(s, "w:styleId") === "MemoBody") as XmlElement;
    expect(attr(first(body, "w:name"), "w:val")).toContain("Memo Body");
    expect(attr(first(body, "w:sz"), "w:val")).toBe(String(TYPE.bodyPt * 2));
    expect(attr(first(body, "w:spacing"), "w:line")).toBe(String(Math.round(TYPE.bodyPitchPt * 20)));
    expect(attr(first(body, "w:jc"), "w:val")).toBe("thaiDistribute");
  });
});

describe("the packing steps for Word's details", () => {
  it("add a Thai font-table entry for a font that is named but not embedded", () => {
    const empty = '<w:fonts xmlns:w="w"/>';
    expect(declareThaiInFontTable(empty, "TH SarabunIT๙")).toMatch(
      /^<w:fonts xmlns:w="w"><w:font w:name="TH SarabunIT๙"><w:charset w:val="DE"\/>.*<\/w:fonts>$/,
    );
  });

  it("state widow control once, first in the default paragraph properties", () => {
    const styles = "<w:rPrDefault/><w:pPrDefault><w:pPr><w:spacing/></w:pPr></w:pPrDefault>";
    const once = stateDefaultWidowControl(styles);
    expect(once).toBe(
      "<w:rPrDefault/><w:pPrDefault><w:pPr><w:widowControl/><w:spacing/></w:pPr></w:pPrDefault>",
    );
    expect(stateDefaultWidowControl(once)).toBe(once);
  });

  it("give the PAGE field a cached result between its separator and its end", () => {
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    expect(cachePageNumber(field, "๒")).toContain(
      '<w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>๒</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/>',
    );
  });

  it("drop a stock heading only when no part uses it", () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>';
    expect(dropStockStyles(styles, [])).toBe("");
    expect(dropStockStyles(styles, ['<w:pStyle w:val="Heading1"/>'])).toBe(styles);
  });
});
