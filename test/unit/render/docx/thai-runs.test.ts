import { describe, expect, it } from "vitest";
import { all, child, parseXml, partText, textOf, type XmlElement } from "./helpers/read-docx.js";
import { renderedReal } from "./helpers/rendered.js";
import { CHECK_MARK } from "../../../../src/render/docx/table-cell.js";

const documents = { memo: await renderedReal("memo"), report: await renderedReal("report") };

describe.each(Object.entries(documents))("every text run of the %s", (_kind, doc) => {
  const textRuns = all(doc.body, "w:r").filter((r) => textOf(r) !== "" && !textOf(r).includes(CHECK_MARK));
  const props = (r: XmlElement): XmlElement => child(r, "w:rPr") as XmlElement;

  it("has text runs to check", () => {
    expect(textRuns.length).toBeGreaterThan(20);
  });

  it("names Sarabun for complex script and sets szCs equal to sz", () => {
    for (const r of textRuns) {
      const fonts = child(props(r), "w:rFonts");
      expect(fonts?.attrs["w:cs"]).toBe("Sarabun");
      expect(fonts?.attrs["w:ascii"]).toBe("Sarabun");
      expect(child(props(r), "w:szCs")?.attrs["w:val"]).toBe(child(props(r), "w:sz")?.attrs["w:val"]);
    }
  });

  it("marks bold runs bold for complex script too (w:bCs)", () => {
    const bold = textRuns.filter((r) => child(props(r), "w:b") !== undefined);
    expect(bold.length).toBeGreaterThan(0);
    for (const r of bold) expect(child(props(r), "w:bCs")).toBeDefined();
  });

  it("tags the text as Thai complex script: w:lang/@w:bidi th-TH and the run-level <w:cs/> right before it", () => {
    for (const r of textRuns) {
      const names = props(r).children.map((c) => c.name);
      expect(child(props(r), "w:lang")?.attrs["w:bidi"]).toBe("th-TH");
      expect(names.indexOf("w:cs")).toBe(names.indexOf("w:lang") - 1);
    }
  });

  it("writes no zero-width space (Word breaks Thai lines itself)", () => {
    expect(partText(doc.bytes, "word/document.xml")).not.toContain("\u200B");
  });

  it("embeds Sarabun regular and bold and declares it in the font table", () => {
    const table = parseXml(partText(doc.bytes, "word/fontTable.xml"));
    const fonts = all(table, "w:font");
    expect(fonts.map((f) => f.attrs["w:name"])).toEqual(["Sarabun"]);
    expect(fonts[0]?.children.map((c) => c.name)).toEqual(
      expect.arrayContaining(["w:embedRegular", "w:embedBold"]),
    );
  });
});
