/** Shared by the engine tests: the seed text, small documents, a fixed pdfkit font. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { createPdf } from "../../../../../src/render/pdf/engine/create-pdf.js";
import { fontPath, type FontStyle } from "../../../../../src/render/pdf/engine/fonts.js";
import { fixEmbeddedFont } from "../../../../../src/render/pdf/engine/pdfkit-thai-fixes.js";

/** The real 2568 report of the seed agency, as text (a copy of the shared reference). */
export const SEED_TEXT = readFileSync(new URL("fixtures/seed-report-2568.txt", import.meta.url), "utf8");

export const SEED_LINES = SEED_TEXT.split("\n").filter((l) => /[\u0E00-\u0E7F]/u.test(l));

/** The first paragraph of the memo body (เรื่องเดิม): long, with ำ, พ.ศ., digits and "ITA". */
export const LONG_PARAGRAPH = SEED_LINES.find((l) => l.startsWith("ตามที่")) ?? "";

export const FIXED_DATE = new Date(Date.UTC(2025, 3, 24, 3, 0, 0));

/** A one-column A4 document with the given content, at a fixed creation date. */
export function renderContent(
  content: Content[],
  extra: Partial<TDocumentDefinitions> = {},
): Promise<Uint8Array> {
  return createPdf({
    info: { creationDate: FIXED_DATE },
    pageSize: "A4",
    pageMargins: 40,
    content,
    ...extra,
  });
}

/** Wraps content in a column `widthPt` wide. */
export function inColumn(widthPt: number, content: Content): Content {
  return {
    columns: [
      { width: widthPt, stack: [content] },
      { width: "*", text: "" },
    ],
  };
}

interface LayoutGlyph {
  id: number;
  codePoints: number[];
}
interface LayoutPosition {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}
export interface PdfkitFont {
  scale: number;
  layout(text: string): { glyphs: LayoutGlyph[]; positions: LayoutPosition[] };
}

// pdfkit as pdfmake resolves it.
const require = createRequire(import.meta.url);
const pdfkitPath = createRequire(
  join(dirname(require.resolve("pdfmake/package.json")), "js", "index.js"),
).resolve("pdfkit");
interface PdfkitDocument {
  font(src: string): { _font: PdfkitFont & { subset: { glyphs: number[] } } };
  fontSize(size: number): PdfkitDocument;
  text(text: string, x: number, y: number, options: object): PdfkitDocument;
  on(event: "data", listener: (chunk: Buffer) => void): void;
  on(event: "end", listener: () => void): void;
  end(): void;
}
const PDFDocument = require(pdfkitPath) as new (options: object) => PdfkitDocument;

/** A pdfkit font object for one Sarabun face, as the PDF writer uses it, with or without the fixes. */
export function pdfkitFont(style: FontStyle = "normal", fixed = true): PdfkitFont {
  const doc = new PDFDocument({ autoFirstPage: false });
  const font = doc.font(fontPath(style))._font;
  if (fixed) fixEmbeddedFont(font);
  return font;
}

/**
 * Writes `text` with pdfkit and the fixed font, uncompressed, and reads back the original
 * glyph ids of what the content stream draws (CID → subset → font glyph id).
 */
export async function glyphIdsWritten(text: string): Promise<number[]> {
  const doc = new PDFDocument({ compress: false, size: "A4" });
  const font = doc.font(fontPath("normal"))._font;
  fixEmbeddedFont(font);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on("end", resolve));
  doc.fontSize(16).text(text, 50, 50, { lineBreak: false });
  doc.end();
  await ended;
  const pdf = Buffer.concat(chunks).toString("latin1");
  const cids = [...pdf.matchAll(/\[([^\]]*)\] TJ/gu)].flatMap(([, inside]) =>
    [...(inside ?? "").matchAll(/<([0-9a-f]+)>/gu)].flatMap(([, hex]) =>
      (hex ?? "").match(/.{4}/gu)!.map((h) => parseInt(h, 16)),
    ),
  );
  return cids.map((cid) => font.subset.glyphs[cid] ?? -1);
}
