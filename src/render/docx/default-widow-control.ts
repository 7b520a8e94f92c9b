/**
 * Widow and orphan control stated in the document defaults (`w:docDefaults/w:pPrDefault`), which
 * docx has no option for: Word's own templates switch it on in their Normal style, and without a
 * statement a reader may keep its default off, letting a paragraph leave one line at a page foot.
 * `w:widowControl` precedes every spacing and indentation element in `w:pPr` (ECMA-376 §17.3.1.26).
 */
export function stateDefaultWidowControl(stylesXml: string): string {
  if (/<w:pPrDefault>\s*<w:pPr>\s*<w:widowControl\b/.test(stylesXml)) return stylesXml;
  if (stylesXml.includes("<w:pPrDefault><w:pPr>")) {
    return stylesXml.replace("<w:pPrDefault><w:pPr>", "<w:pPrDefault><w:pPr><w:widowControl/>");
  }
  return stylesXml.replace(
    "</w:rPrDefault>",
    "</w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/></w:pPr></w:pPrDefault>",
  );
}
