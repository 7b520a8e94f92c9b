import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BrokenInstallError } from "../errors.js";

/**
 * The bundled Sarabun faces (OFL), the only fonts the writers load: fonts/ at the package root,
 * two levels above src/fonts/ and dist/fonts/. The one place that knows where they are.
 */
export const FONTS_DIR = fileURLToPath(new URL("../../fonts/", import.meta.url));

/** File names by pdfmake's style names. */
export const SARABUN_FILE_NAMES = {
  normal: "Sarabun-Regular.ttf",
  bold: "Sarabun-Bold.ttf",
  italics: "Sarabun-Italic.ttf",
  bolditalics: "Sarabun-BoldItalic.ttf",
} as const;

export type FontStyle = keyof typeof SARABUN_FILE_NAMES;

/** Absolute path of one Sarabun face. */
export function fontPath(style: FontStyle): string {
  return join(FONTS_DIR, SARABUN_FILE_NAMES[style]);
}

/**
 * Checks that every face is there before anything is rendered, so a damaged installation says
 * so (and what to do) instead of failing inside pdfkit with a bare ENOENT.
 */
export function assertFontFiles(): void {
  for (const name of Object.values(SARABUN_FILE_NAMES)) {
    const path = join(FONTS_DIR, name);
    if (!existsSync(path)) throw new BrokenInstallError(`the font file ${path} is missing`);
  }
}
