/**
 * The font table's entry for the documents' font, declaring Thai: `w:charset` 0xDE (the Windows
 * Thai character set, code page 874), the Thai bit of the Unicode ranges (ulUnicodeRange1 bit 24,
 * U+0E00–U+0E7F) and of the code-page ranges (ulCodePageRange1 bit 16, cp874) in `w:sig`
 * (ECMA-376 §17.8.3). docx writes a signature without them, and none at all for a font it does not
 * embed; Word uses these to pick a font for Thai text when the named one is missing.
 */
const THAI_CHARSET = "DE";
const THAI_UNICODE_RANGE_BIT = 1 << 24;
const THAI_CODE_PAGE_BIT = 1 << 16;
/** Basic Latin and Latin-1 (usb0 bits 0–1), Thai; code pages Latin 1 (csb0 bit 0) and Thai. */
const DEFAULT_SIG = { usb0: 0x01000003, csb0: 0x00010001 };

export function declareThaiInFontTable(xml: string, fontName: string): string {
  const name = escapeXml(fontName);
  const entry = new RegExp(`<w:font w:name="${escapeRegExp(name)}">([\\s\\S]*?)</w:font>`);
  const found = entry.exec(xml);
  if (found === null) {
    const sig = `<w:sig w:usb0="${hex(DEFAULT_SIG.usb0)}" w:usb1="00000000" w:usb2="00000000" w:usb3="00000000" w:csb0="${hex(DEFAULT_SIG.csb0)}" w:csb1="00000000"/>`;
    const font = `<w:font w:name="${name}"><w:charset w:val="${THAI_CHARSET}"/><w:family w:val="auto"/><w:pitch w:val="variable"/>${sig}</w:font>`;
    // docx writes an empty font table as one self-closing element.
    return xml.includes("</w:fonts>")
      ? xml.replace("</w:fonts>", `${font}</w:fonts>`)
      : xml.replace(/<w:fonts\b([^>]*?)\s*\/>/, `<w:fonts$1>${font}</w:fonts>`);
  }
  let body = (found[1] ?? "").replace(/<w:charset\b[^>]*\/>/, "");
  // charset comes right after altName/panose1 and before family in the schema's order.
  body = body.includes("<w:family")
    ? body.replace("<w:family", `<w:charset w:val="${THAI_CHARSET}"/><w:family`)
    : `<w:charset w:val="${THAI_CHARSET}"/>${body}`;
  body = body.replace(/<w:sig\b([^>]*)\/>/, (_sig, attrs: string) => {
    const set = (text: string, key: string, bit: number): string =>
      text.replace(
        new RegExp(`w:${key}="([0-9A-Fa-f]{8})"`),
        (_m, value: string) => `w:${key}="${hex(parseInt(value, 16) | bit)}"`,
      );
    return `<w:sig${set(set(attrs, "usb0", THAI_UNICODE_RANGE_BIT), "csb0", THAI_CODE_PAGE_BIT)}/>`;
  });
  return xml.replace(found[0], `<w:font w:name="${name}">${body}</w:font>`);
}

function hex(n: number): string {
  return (n >>> 0).toString(16).toUpperCase().padStart(8, "0");
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
