import { describe, expect, it } from "vitest";
import { docxMemoWithEmblem } from "../../../fixtures/documents/docx-memo.js";
import { renderDocx } from "../../../../src/render/docx/index.js";
import { parseXml, partText, first } from "./helpers/read-docx.js";
import { realDocuments } from "../../../helpers/real-documents.js";
import { zipDirectory } from "./helpers/zip-directory.js";

const { memo, report } = await realDocuments();
const cases = {
  "real memo": memo,
  "real report (links, table)": report,
  "memo with emblem and links": docxMemoWithEmblem,
};

describe.each(Object.entries(cases))("the %s", (_name, tree) => {
  it("renders to identical bytes twice in one process", async () => {
    const a = await renderDocx(tree);
    const b = await renderDocx(tree);
    expect(b.length).toBe(a.length);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it("renders the same bytes whatever the machine's time zone (zip times are local DOS times)", async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      const east = await renderDocx(tree);
      process.env.TZ = "America/Los_Angeles";
      const west = await renderDocx(tree);
      expect(Buffer.from(east).equals(Buffer.from(west))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("stores every zip entry at 1980-01-01 00:00, [Content_Types].xml first, the rest by name", async () => {
    const entries = zipDirectory(await renderDocx(tree));
    expect(new Set(entries.map((e) => e.stamp))).toEqual(new Set(["1980-01-01 00:00:00"]));
    const names = entries.map((e) => e.name);
    expect(names[0]).toBe("[Content_Types].xml");
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
  });

  it("takes its core properties from the tree: title, author, subject, keywords, dates", async () => {
    const core = parseXml(partText(await renderDocx(tree), "docProps/core.xml"));
    const text = (name: string): string | undefined => first(core, name)?.text;
    const date = `${tree.info.creationDate.year}-${String(tree.info.creationDate.month).padStart(2, "0")}-${String(tree.info.creationDate.day).padStart(2, "0")}T00:00:00Z`;
    expect(text("dc:title")).toBe(tree.info.title);
    expect(text("dc:creator")).toBe(tree.info.author);
    expect(text("cp:lastModifiedBy")).toBe(tree.info.author);
    expect(text("dc:subject")).toBe(tree.info.subject);
    expect(text("cp:keywords")).toBe(tree.info.keywords.join(", "));
    expect(text("dcterms:created")).toBe(date);
    expect(text("dcterms:modified")).toBe(date);
  });
});
