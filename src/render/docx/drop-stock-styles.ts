/**
 * docx writes its stock styles into every package: Title and Heading 1–6 in blue Calibri Light,
 * List Paragraph, Caption, TOC 1–9 … A clerk who picks one of them from Word's gallery gets text
 * that looks nothing like a memo. They are dropped, unless a part uses one; the documents' own
 * named styles (styles.ts), the defaults and what footnotes, endnotes and links rely on stay.
 */
const STOCK = /^(?:Title|Heading[1-9]|Strong|ListParagraph|Caption|Bibliography|TOC[1-9])$/;
const STYLE_ELEMENT = /<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g;

/** `usedXml`: the parts whose paragraphs and runs may name a style (document, headers, …). */
export function dropStockStyles(stylesXml: string, usedXml: readonly string[]): string {
  const used = new Set<string>();
  for (const xml of usedXml) {
    for (const m of xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)) used.add(m[1] ?? "");
  }
  return stylesXml.replace(STYLE_ELEMENT, (element, id: string) =>
    STOCK.test(id) && !used.has(id) ? "" : element,
  );
}
