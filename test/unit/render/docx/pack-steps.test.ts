import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addComplexScriptFlag, hasTextRuns } from "../../../../src/render/docx/add-complex-script-flag.js";
import { fontKeyOf, xorFontHead } from "../../../../src/render/docx/stable-font-keys.js";
import {
  ownerOfRelationships,
  stableRelationshipIds,
} from "../../../../src/render/docx/stable-relationship-ids.js";
import { docxEntries, parseXml, partText, all } from "./helpers/read-docx.js";
import { renderedReal } from "./helpers/rendered.js";

describe("the <w:cs/> step", () => {
  const thaiRun = '<w:r><w:rPr><w:sz w:val="32"/><w:lang w:bidi="th-TH"/></w:rPr><w:t>ก</w:t></w:r>';

  it("puts <w:cs/> right before a Thai w:lang, and only there", () => {
    const other = '<w:r><w:rPr><w:rFonts w:ascii="Segoe UI Symbol"/></w:rPr><w:t>✓</w:t></w:r>';
    expect(addComplexScriptFlag(thaiRun + other)).toBe(
      '<w:r><w:rPr><w:sz w:val="32"/><w:cs/><w:lang w:bidi="th-TH"/></w:rPr><w:t>ก</w:t></w:r>' + other,
    );
  });

  it("is idempotent", () => {
    const once = addComplexScriptFlag(thaiRun);
    expect(addComplexScriptFlag(once)).toBe(once);
  });

  it("applies to the body, headers, footers and the styles that give most runs their language", () => {
    expect(
      ["word/document.xml", "word/header2.xml", "word/footer1.xml", "word/styles.xml"].every(hasTextRuns),
    ).toBe(true);
    expect(hasTextRuns("word/settings.xml")).toBe(false);
  });
});

describe("the relationship-id step", () => {
  it("renames random ids by position in the relationships part and in the part that owns it", () => {
    const rels =
      '<Relationship Id="rId1" Target="styles.xml"/><Relationship Id="x9_a-bc" Target="https://a"/>' +
      '<Relationship Id="qq" Target="https://b"/>';
    const owner = '<w:hyperlink r:id="x9_a-bc"/><w:hyperlink r:id="qq"/><w:t>qq</w:t>';
    expect(stableRelationshipIds(rels, owner)).toEqual({
      rels: rels.replace('"x9_a-bc"', '"rIdStable1"').replace('"qq"', '"rIdStable2"'),
      owner: '<w:hyperlink r:id="rIdStable1"/><w:hyperlink r:id="rIdStable2"/><w:t>qq</w:t>',
    });
  });

  it("finds the owner of a relationships part", () => {
    expect(ownerOfRelationships("word/_rels/document.xml.rels")).toBe("word/document.xml");
    expect(ownerOfRelationships("_rels/.rels")).toBeUndefined();
  });

  it("leaves every relationship of the real report resolvable", async () => {
    const report = await renderedReal("report");
    const rels = partText(report.bytes, "word/_rels/document.xml.rels");
    const ids = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...partText(report.bytes, "word/document.xml").matchAll(/r:(?:id|embed)="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(ids.has(id)).toBe(true);
  });
});

describe("the font-key step", () => {
  it("obfuscates each embedded face with a key made from its own bytes, which restores the TTF", async () => {
    const report = await renderedReal("report");
    const entries = docxEntries(report.bytes);
    const table = parseXml(partText(report.bytes, "word/fontTable.xml"));
    const rels = partText(report.bytes, "word/_rels/fontTable.xml.rels");
    const faces = { "w:embedRegular": "Sarabun-Regular.ttf", "w:embedBold": "Sarabun-Bold.ttf" } as const;
    for (const [element, file] of Object.entries(faces)) {
      const embed = all(table, element)[0];
      const key = embed?.attrs["w:fontKey"]?.replace(/[{}]/g, "") ?? "";
      const target = new RegExp(`Id="${embed?.attrs["r:id"]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      const part = entries.get(`word/${target}`) as Uint8Array;
      const original = new Uint8Array(readFileSync(new URL(`../../../../fonts/${file}`, import.meta.url)));
      expect(key).toBe(fontKeyOf(original));
      expect(Buffer.from(xorFontHead(part, key)).equals(Buffer.from(original))).toBe(true);
      expect(Buffer.from(part.subarray(0, 32)).equals(Buffer.from(original.subarray(0, 32)))).toBe(false);
    }
  });
});
