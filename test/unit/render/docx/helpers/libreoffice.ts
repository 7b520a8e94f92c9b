/**
 * LibreOffice as a second reader of our DOCX: convert to PDF headless, with a private profile
 * directory so parallel runs do not fight over one, then read pages with poppler.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { requireTool } from "./tools.js";

export interface ConvertedPdf {
  readonly pdf: Uint8Array;
  /** Width × height in points of each page. */
  readonly pageSizes: readonly { readonly width: number; readonly height: number }[];
  /** `pdftotext -raw` text of each page. */
  readonly pageTexts: readonly string[];
}

export function convertWithLibreOffice(docx: Uint8Array, name: string): ConvertedPdf {
  requireTool("soffice");
  requireTool("pdfinfo");
  requireTool("pdftotext");
  const dir = mkdtempSync(join(tmpdir(), "docx-lo-"));
  try {
    const input = join(dir, `${name}.docx`);
    writeFileSync(input, docx);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        input,
      ],
      { stdio: "pipe", timeout: 90_000 },
    );
    const pdfPath = join(dir, `${name}.pdf`);
    const pdf = new Uint8Array(readFileSync(pdfPath));
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" }))?.[1],
    );
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages), pdfPath], { encoding: "utf8" });
    const pageSizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
    const text = execFileSync("pdftotext", ["-raw", pdfPath, "-"], { encoding: "utf8" });
    const pageTexts = text.split("\f").slice(0, pages);
    return { pdf, pageSizes, pageTexts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text compared whitespace-insensitively: every white space removed. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}

/**
 * How many pieces `wanted` falls into when each piece is the longest prefix of the rest found in
 * `haystack` after the previous piece: 1 when it appears whole; a paragraph that continues on the
 * next page (header rows and other cells in between) gives 2 or 3; missing text gives many.
 */
export function piecesIn(haystack: string, wanted: string): number {
  let pieces = 0;
  let from = 0;
  let rest = wanted;
  while (rest.length > 0) {
    let length = rest.length;
    let at = haystack.indexOf(rest, from);
    while (at < 0 && length > 1) {
      length--;
      at = haystack.indexOf(rest.slice(0, length), from);
    }
    if (at < 0) return Number.POSITIVE_INFINITY;
    pieces++;
    from = at + length;
    rest = rest.slice(length);
  }
  return pieces;
}

/** How many images the converted PDF draws (poppler's pdfimages; soft masks not counted). */
export function imagesDrawn(pdf: Uint8Array): number {
  requireTool("pdfimages");
  const dir = mkdtempSync(join(tmpdir(), "docx-lo-images-"));
  try {
    const path = join(dir, "converted.pdf");
    writeFileSync(path, pdf);
    const list = execFileSync("pdfimages", ["-list", path], { encoding: "utf8" });
    return list.split("\n").filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line)).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
