/**
 * What a reader gets out of a PDF: text by poppler (`pdftotext -raw`) and by pdf.js, lines with
 * positions, and the glyphs drawn (character code, text, width) from pdf.js operator lists.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Whitespace and zero-width characters, which extraction may add or drop between glyphs. */
const INVISIBLE = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** Text without whitespace and zero-width characters, for exact comparisons with extracted text. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, "");
}

function withTempPdf<T>(pdf: Uint8Array, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "ita-pdf-"));
  try {
    const path = join(dir, "doc.pdf");
    writeFileSync(path, pdf);
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a poppler tool on the PDF; says what to install when it is missing. */
export function popplerTool(
  tool: "pdftotext" | "pdffonts" | "pdftoppm",
  pdf: Uint8Array,
  args: string[],
): string {
  return withTempPdf(pdf, (path) => {
    try {
      return execFileSync(tool, [...args.map((a) => (a === "{pdf}" ? path : a))], { encoding: "utf8" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        throw new Error(`${tool} is not installed: apt-get install poppler-utils`, { cause: error });
      }
      throw error;
    }
  });
}

/** `pdftotext -raw`: text in content-stream order, one line per text line, pages split by \f. */
export function pdftotextRaw(pdf: Uint8Array): string {
  return popplerTool("pdftotext", pdf, ["-raw", "-enc", "UTF-8", "{pdf}", "-"]);
}

/** `pdffonts` rows: name, type, embedded, subset, has ToUnicode. */
export function pdfFonts(pdf: Uint8Array): { name: string; emb: boolean; sub: boolean; uni: boolean }[] {
  const lines = popplerTool("pdffonts", pdf, ["{pdf}"]).split("\n").slice(2);
  return lines
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const cols = l.trim().split(/\s+/u);
      // name, type words…, encoding, emb, sub, uni, object, id
      const [emb, sub, uni] = cols.slice(-5, -2);
      return { name: cols[0] ?? "", emb: emb === "yes", sub: sub === "yes", uni: uni === "yes" };
    });
}

export interface PdfTextItem {
  readonly page: number;
  readonly str: string;
  /** Baseline origin in PDF points, y up from the page bottom. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
}

async function openPdf(pdf: Uint8Array) {
  // pdf.js transfers (detaches) the buffer it is given: pass a copy.
  return getDocument({ data: pdf.slice(), verbosity: 0, useSystemFonts: false, isEvalSupported: false })
    .promise;
}

/** pdf.js text items of every page, in content order. */
export async function pdfjsItems(pdf: Uint8Array): Promise<PdfTextItem[]> {
  const doc = await openPdf(pdf);
  const items: PdfTextItem[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        const [a, , , d, e, f] = item.transform as number[];
        items.push({
          page: p,
          str: item.str,
          x: e ?? 0,
          y: f ?? 0,
          width: item.width,
          fontSize: Math.abs(d ?? a ?? 0),
        });
      }
    }
  } finally {
    await doc.destroy();
  }
  return items;
}

/** All pdf.js text, items joined in content order. */
export async function pdfjsText(pdf: Uint8Array): Promise<string> {
  return (await pdfjsItems(pdf)).map((i) => i.str).join("");
}

export interface PdfLine {
  readonly page: number;
  readonly y: number;
  readonly x: number;
  readonly text: string;
}

/** pdf.js items grouped into lines by page and baseline (within 1 pt), left to right. */
export async function pdfjsLines(pdf: Uint8Array): Promise<PdfLine[]> {
  const items = await pdfjsItems(pdf);
  const lines: { page: number; y: number; items: PdfTextItem[] }[] = [];
  for (const item of items) {
    const line = lines.find((l) => l.page === item.page && Math.abs(l.y - item.y) < 1);
    if (line) line.items.push(item);
    else lines.push({ page: item.page, y: item.y, items: [item] });
  }
  return lines
    .sort((a, b) => a.page - b.page || b.y - a.y)
    .map((l) => {
      const sorted = [...l.items].sort((a, b) => a.x - b.x);
      return { page: l.page, y: l.y, x: sorted[0]?.x ?? 0, text: sorted.map((i) => i.str).join("") };
    });
}

export interface DrawnGlyph {
  readonly page: number;
  /** The character code (CID) written in the content stream. */
  readonly cid: number;
  /** Its text by the ToUnicode map, as pdf.js reads it. */
  readonly unicode: string;
  /** Advance width in glyph units (1/1000 em). */
  readonly width: number;
}

/** Every glyph the content streams draw, from pdf.js operator lists. */
export async function drawnGlyphs(pdf: Uint8Array): Promise<DrawnGlyph[]> {
  const doc = await openPdf(pdf);
  const glyphs: DrawnGlyph[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const ops = await (await doc.getPage(p)).getOperatorList();
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.showText) return;
        const shown = (ops.argsArray[i] as unknown[][])[0] ?? [];
        for (const g of shown) {
          if (g === null || typeof g !== "object") continue; // a TJ spacing number
          const glyph = g as { originalCharCode: number; unicode: string; width: number };
          glyphs.push({ page: p, cid: glyph.originalCharCode, unicode: glyph.unicode, width: glyph.width });
        }
      });
    }
  } finally {
    await doc.destroy();
  }
  return glyphs;
}
