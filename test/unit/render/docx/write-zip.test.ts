import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { writeZip } from "../../../../src/render/docx/write-zip.js";
import { zipDirectory } from "./helpers/zip-directory.js";

const entries: [string, Uint8Array][] = [
  ["[Content_Types].xml", new TextEncoder().encode("<Types/>")],
  ["word/document.xml", new TextEncoder().encode("<w:t>บันทึกข้อความ</w:t>".repeat(500))],
  ["word/empty.xml", new Uint8Array()],
  ["word/media/ภาพ.png", Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)],
];

describe("the DOCX package's zip writer", () => {
  it("gives back every entry, byte for byte and in order, to another zip reader (fflate)", () => {
    const read = unzipSync(writeZip(entries));
    expect(Object.keys(read)).toEqual(entries.map(([name]) => name));
    for (const [name, data] of entries)
      expect(Buffer.from(read[name] ?? []).equals(Buffer.from(data))).toBe(true);
  });

  it("passes Python's zipfile integrity check (CRCs, sizes, UTF-8 names)", () => {
    const dir = mkdtempSync(join(tmpdir(), "write-zip-"));
    const file = join(dir, "a.zip");
    writeFileSync(file, writeZip(entries));
    const script =
      "import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nprint(z.testzip())\nprint('|'.join(z.namelist()))";
    const out = spawnSync("python3", ["-c", script, file], { encoding: "utf8" });
    expect(out.stderr).toBe("");
    expect(out.stdout.trim().split("\n")).toEqual(["None", entries.map(([name]) => name).join("|")]);
  });

  it("stamps every entry 1980-01-01 00:00 and gives the same bytes for the same entries", () => {
    const a = writeZip(entries);
    expect(new Set(zipDirectory(a).map((e) => e.stamp))).toEqual(new Set(["1980-01-01 00:00:00"]));
    expect(Buffer.from(writeZip(entries)).equals(Buffer.from(a))).toBe(true);
  });

  it("compresses text (a repeated Thai paragraph to under a tenth)", () => {
    const text = entries[1]?.[1].length ?? 0;
    expect(writeZip([entries[1]!]).length).toBeLessThan(text / 10);
  });
});
