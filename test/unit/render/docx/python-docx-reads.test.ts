import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  A4_HEIGHT_PT,
  A4_WIDTH_PT,
  MEMO_MARGIN_LEFT_CM,
  PT_PER_CM,
} from "../../../../src/document/layout.js";
import { documentTexts } from "../../../helpers/document-texts.js";
import { renderedReal } from "./helpers/rendered.js";

/** Debian's python3 with python3-docx (scripts/ensure-test-tools.sh installs it). */
const PYTHON = "/usr/bin/python3";
const READER = fileURLToPath(new URL("../../../helpers/python-docx-read.py", import.meta.url));

interface Read {
  readonly body: readonly { style: string | null; text: string }[];
  readonly cells: readonly { style: string | null; text: string }[];
  readonly sections: readonly { orientation: string; width: number; height: number; left: number }[];
  readonly styles: readonly string[];
}

function readWithPythonDocx(bytes: Uint8Array): Read {
  const dir = mkdtempSync(join(tmpdir(), "python-docx-"));
  try {
    const path = join(dir, "document.docx");
    writeFileSync(path, bytes);
    return JSON.parse(execFileSync(PYTHON, [READER, path], { encoding: "utf8" })) as Read;
  } catch (error) {
    throw new Error(
      `python-docx could not read the file (run scripts/ensure-test-tools.sh): ${String(error)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const squeeze = (text: string): string => text.replace(/[\s\u00A0]+/gu, "");

describe.each(["memo", "report"] as const)("python-docx, a second reader, on the %s", (kind) => {
  it("reads every text of the tree, each paragraph in one of the documents' named styles", async () => {
    const docx = await renderedReal(kind);
    const read = readWithPythonDocx(docx.bytes);
    const paragraphs = [...read.body, ...read.cells];
    const stream = squeeze(paragraphs.map((p) => p.text).join(""));
    const texts = documentTexts(docx.tree);
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(stream, text).toContain(squeeze(text));
    const named = paragraphs.filter((p) => p.text.trim() !== "");
    for (const p of named) expect(p.style, p.text).toMatch(/^(Memo|Table|Cover|Page)/);
    expect(read.styles).not.toContain("Heading 1");
    expect(read.styles).toContain("Memo Body (เนื้อความ)");
  });

  it("sees A4 sections in the tree's orientations", async () => {
    const docx = await renderedReal(kind);
    const read = readWithPythonDocx(docx.bytes);
    expect(read.sections.map((s) => s.orientation)).toEqual(docx.tree.sections.map((s) => s.orientation));
    for (const s of read.sections) {
      const [w, h] = s.orientation === "portrait" ? [A4_WIDTH_PT, A4_HEIGHT_PT] : [A4_HEIGHT_PT, A4_WIDTH_PT];
      expect(s.width).toBeCloseTo(w, 0);
      expect(s.height).toBeCloseTo(h, 0);
    }
    if (kind === "memo") expect(read.sections[0]?.left).toBeCloseTo(MEMO_MARGIN_LEFT_CM * PT_PER_CM, 0);
  });
});
