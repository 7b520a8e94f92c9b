import { fileURLToPath } from "node:url";

/** The bundled Sarabun files (fonts/ at the package root, three levels above src|dist/render/pdf). */
const FONTS_DIR = fileURLToPath(new URL("../../../fonts/", import.meta.url));

export const SARABUN_FILES = {
  normal: `${FONTS_DIR}Sarabun-Regular.ttf`,
  bold: `${FONTS_DIR}Sarabun-Bold.ttf`,
  italics: `${FONTS_DIR}Sarabun-Italic.ttf`,
  bolditalics: `${FONTS_DIR}Sarabun-BoldItalic.ttf`,
} as const;

export { FONTS_DIR };
