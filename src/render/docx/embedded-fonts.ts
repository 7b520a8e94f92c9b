/**
 * Reads the Sarabun faces the documents use (regular and bold) from the package's fonts/ folder,
 * to embed them in the DOCX: Windows does not ship Sarabun, and Word would otherwise substitute a
 * font with other metrics. Sarabun's OS/2 fsType is 0 (installable), so embedding is allowed.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { InternalError } from "../../errors.js";

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
  const dir = fontsDirectory();
  const [regular, bold] = await Promise.all([
    readFile(join(dir, "Sarabun-Regular.ttf")),
    readFile(join(dir, "Sarabun-Bold.ttf")),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}

/** The fonts/ folder of the package: the nearest ancestor of this module that has one. */
function fontsDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "fonts");
    if (existsSync(join(candidate, "Sarabun-Regular.ttf"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new InternalError("fonts/Sarabun-Regular.ttf not found above the DOCX writer");
    dir = parent;
  }
}
