// The PDF engine: pdfmake with Sarabun and the Thai fixes. Writers use only these exports.
export { createPdf } from "./create-pdf.js";
export { FONT_FAMILY, missingGlyphs } from "./fonts.js";
export { BREAK_HINT, JOIN_HINT, breakOffsets, thaiInlines, withBreakHints } from "./thai-inlines.js";
export type { InlineStyle, ThaiInline } from "./thai-inlines.js";
export { MissingGlyphError } from "./missing-glyph-error.js";
export { splitScriptRuns } from "./script-runs.js";
export { saveShapingStore } from "./shaping-store.js";
