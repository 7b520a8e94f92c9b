import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { docxMemoWithEmblem } from "../../../fixtures/documents/docx-memo.js";
import { renderDocx } from "../../../../src/render/docx/index.js";
import { dropIgnorable } from "./helpers/markup-compatibility.js";
import { docxEntries } from "./helpers/read-docx.js";
import { realDocuments } from "../../../helpers/real-documents.js";
import { ooxmlSchema, requireTool } from "./helpers/tools.js";

/**
 * wml.xsd imports ../mce/mc.xsd and lets w:document carry mc:Ignorable, so the w14/w15/wp14
 * namespaces docx declares validate as they are; word12.xsd (imported by wml-2010.xsd) brings in
 * the ISO schemas. --nonet: the xml namespace schema is built into libxml2.
 */
function validate(xml: string, name: string): { ok: boolean; output: string } {
  const file = join(dir, name);
  writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", ooxmlSchema(), file], {
    encoding: "utf8",
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const dir = mkdtempSync(join(tmpdir(), "docx-schema-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { memo, report } = await realDocuments();
const cases = { memo, report, "memo with emblem": docxMemoWithEmblem };

describe.each(Object.entries(cases))("the %s DOCX", (name, tree) => {
  it("has a word/document.xml and headers that validate against the ECMA-376 schemas", async () => {
    requireTool("xmllint");
    const entries = docxEntries(await renderDocx(tree));
    const parts = [...entries.keys()].filter((p) => /^word\/(document|header\d+)\.xml$/.test(p));
    expect(parts).toContain("word/document.xml");
    for (const part of parts) {
      const result = validate(
        new TextDecoder().decode(entries.get(part)),
        `${name.replace(/ /g, "-")}-${part.replace(/\//g, "_")}`,
      );
      expect(result.output, part).toContain("validates");
      expect(result.ok, result.output).toBe(true);
    }
  });

  it("has its other WordprocessingML parts valid once what mc:Ignorable lists is dropped, as a reader does", async () => {
    requireTool("xmllint");
    const entries = docxEntries(await renderDocx(tree));
    const parts = [...entries.keys()].filter((p) =>
      /^word\/(styles|settings|fontTable|numbering|footnotes|endnotes)\.xml$/.test(p),
    );
    expect(parts).toEqual(
      expect.arrayContaining(["word/styles.xml", "word/settings.xml", "word/fontTable.xml"]),
    );
    for (const part of parts) {
      const xml = dropIgnorable(new TextDecoder().decode(entries.get(part)));
      const result = validate(xml, `${name.replace(/ /g, "-")}-mce-${part.replace(/\//g, "_")}`);
      expect(result.ok, `${part}: ${result.output}`).toBe(true);
    }
  });
});

it("the schema check rejects an element WordprocessingML does not have (the validator is live)", async () => {
  requireTool("xmllint");
  const xml = new TextDecoder().decode(docxEntries(await renderDocx(memo)).get("word/document.xml"));
  const broken = xml.replace("<w:pPr>", "<w:pPr><w:thaiDigits/>");
  expect(broken).not.toBe(xml);
  const result = validate(broken, "broken.xml");
  expect(result.ok).toBe(false);
  expect(result.output).toMatch(/thaiDigits/);
});
