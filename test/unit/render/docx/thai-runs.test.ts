import { describe, expect, it } from "vitest";
import { effectiveRPr, styleSheet } from "./helpers/effective.js";
import { all, child, parseXml, partText, rawTextOf, textOf, type XmlElement } from "./helpers/read-docx.js";
import { renderedReal } from "./helpers/rendered.js";

const documents = { memo: await renderedReal("memo"), report: await renderedReal("report") };

describe.each(Object.entries(documents))(
  "every text run of the %s, as Word resolves its properties",
  (_kind, doc) => {
    const sheet = styleSheet(doc.bytes);
    const paragraphOf = new Map<XmlElement, XmlElement>();
    for (const p of all(doc.body, "w:p")) for (const r of all(p, "w:r")) paragraphOf.set(r, p);
    const textRuns = all(doc.body, "w:r").filter((r) => textOf(r) !== "");
    const props = (r: XmlElement): XmlElement => effectiveRPr(r, paragraphOf.get(r) as XmlElement, sheet);

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

    it("carries its font, size and language in a named style, not on the run", () => {
      for (const r of textRuns) {
        const direct = child(r, "w:rPr");
        expect(direct === undefined ? undefined : child(direct, "w:rFonts")).toBeUndefined();
        expect(direct === undefined ? undefined : child(direct, "w:lang")).toBeUndefined();
      }
    });

    it("glues with no-break spaces the words the PDF keeps on one line (พ.ศ. ๒๕๖๘, dates, ต่าง ๆ)", () => {
      const raw = all(doc.body, "w:p").map(rawTextOf).join("\n");
      expect(raw).toContain("พ.ศ.\u00A0๒๕๖๘");
      expect(raw).not.toMatch(/พ\.ศ\. ๒๕๖๘/);
      expect(raw).not.toMatch(/ ๆ/);
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
  },
);
