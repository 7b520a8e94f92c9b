import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPdf } from "../../../../src/render/pdf/index.js";
import { mixedScriptsMemo } from "../../../fixtures/documents/mixed-scripts.js";

let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await renderPdf(mixedScriptsMemo);
});

/** What a user copies out of the PDF, per poppler (the reference for copy and search). */
function pdftotext(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "ita-text-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    return execFileSync("pdftotext", ["-raw", join(dir, "in.pdf"), "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("runs of text", () => {
  it("extract exactly as written, Latin and Thai mixed inside words", () => {
    const text = pdftotext(bytes);
    for (const phrase of ["ITAที่ผ่านมา", "A-ที่ดี", "E-Service", "Do & Don't"]) expect(text).toContain(phrase);
    // Stacked marks and SARA AM survive; poppler may guess a space between two bold words, so
    // spacing is ignored for this one.
    expect(text.replace(/\s+/g, "")).toContain("น้ำใจผู้ใหญ่ปี่สิ้นเยิ้มทั้งฤๅ");
    expect(text).not.toMatch(/\u200B/);
  });

  it("set a bold run in Sarabun Bold and the rest in Sarabun Regular", () => {
    const fonts = execFileSync("pdffonts", ["-"], { input: Buffer.from(bytes), encoding: "utf8" });
    expect(fonts).toMatch(/Sarabun-Bold/);
    expect(fonts).toMatch(/Sarabun-Regular/);
  });

  it("turn a run's link into a clickable link to its address", async () => {
    const pdf = await getDocument({ data: bytes.slice() }).promise;
    const annotations = (await (await pdf.getPage(1)).getAnnotations()) as { url?: string }[];
    expect(annotations.map((a) => a.url)).toContain("https://www.tanem.go.th/ita");
    await pdf.destroy();
  });
});
