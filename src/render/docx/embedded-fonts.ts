/**
 * Reads the Sarabun faces the documents use (regular and bold) from the package's fonts/ folder,
 * to embed them in the DOCX: Windows does not ship Sarabun, and Word would otherwise substitute a
 * font with other metrics. Sarabun's OS/2 fsType is 0 (installable), so embedding is allowed.
 */
import { readFile } from "node:fs/promises";
import { fontPath } from "../../fonts/sarabun-files.js";

export interface EmbeddedFontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

let cached: Promise<EmbeddedFontFiles> | undefined;

export function embeddedFontFiles(): Promise<EmbeddedFontFiles> {
  cached ??= readFonts();
  return cached;
}

async function readFonts(): Promise<EmbeddedFontFiles> {
  const [regular, bold] = await Promise.all([readFile(fontPath("normal")), readFile(fontPath("bold"))]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}
