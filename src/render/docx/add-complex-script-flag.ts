/**
 * Adds the run-level complex-script flag `<w:cs/>` (ECMA-376 §17.3.2.7) to every run tagged as
 * Thai, which docx has no option for. With it Word formats the whole run, spaces, digits and
 * punctuation included, with the complex-script properties (font, szCs, bCs, Thai language), as
 * Thai typists' documents do. The flag goes right before `w:lang`, its place in the schema's
 * order (… rtl, cs, em, lang …); runs we did not tag (the ✓ in its symbol font) are left alone.
 */
const THAI_LANG_ELEMENT = /(<w:cs\/>)?(<w:lang\b[^>]*\bw:bidi="th-TH"[^>]*\/>)/g;

export function addComplexScriptFlag(xml: string): string {
  return xml.replace(
    THAI_LANG_ELEMENT,
    (_match, _existing: string | undefined, lang: string) => `<w:cs/>${lang}`,
  );
}

/**
 * Parts whose run properties may be Thai: the body, headers and footers, and the styles, where
 * the named styles and the document defaults give most runs their font and language.
 */
export function hasTextRuns(path: string): boolean {
  return /^word\/(document|header\d+|footer\d+|styles)\.xml$/.test(path);
}
