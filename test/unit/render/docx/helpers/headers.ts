import { all, parseXml, partText, textOf, type XmlElement } from "./read-docx.js";
import { attr } from "./rendered.js";

/** The header parts a section refers to, by type ("default", "first"). */
export function sectionHeaders(bytes: Uint8Array, sectPr: XmlElement): Map<string, XmlElement> {
  const rels = partText(bytes, "word/_rels/document.xml.rels");
  const headers = new Map<string, XmlElement>();
  for (const ref of all(sectPr, "w:headerReference")) {
    const target = new RegExp(`Id="${attr(ref, "r:id")}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    headers.set(attr(ref, "w:type") ?? "", parseXml(partText(bytes, `word/${target}`)));
  }
  return headers;
}

/** A header's visible text with its PAGE field shown as {PAGE}. */
export function headerText(header: XmlElement): string {
  return all(header, "w:r")
    .map((r) => (all(r, "w:instrText")[0]?.text.trim() === "PAGE" ? "{PAGE}" : textOf(r)))
    .join("");
}
