import { fontPath } from "../../fonts/sarabun-files.js";

/** The bundled Sarabun files by pdfmake style name (see src/fonts/sarabun-files.ts). */
export const SARABUN_FILES = {
  normal: fontPath("normal"),
  bold: fontPath("bold"),
  italics: fontPath("italics"),
  bolditalics: fontPath("bolditalics"),
} as const;
