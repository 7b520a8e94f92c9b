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

/** A header's text with its PAGE field shown as {PAGE} (its cached result left out). */
export function headerText(header: XmlElement): string {
  let inResult = false;
  return all(header, "w:r")
    .map((r) => {
      const fieldChar = all(r, "w:fldChar")[0]?.attrs["w:fldCharType"];
      if (fieldChar === "separate") inResult = true;
      if (fieldChar === "end") inResult = false;
      if (all(r, "w:instrText")[0]?.text.trim() === "PAGE") return "{PAGE}";
      return inResult ? "" : textOf(r);
    })
    .join("");
}

/** The cached result of a header's PAGE field: what a reader that does not update fields shows. */
export function cachedPageNumber(header: XmlElement): string {
  let inResult = false;
  let result = "";
  for (const r of all(header, "w:r")) {
    const fieldChar = all(r, "w:fldChar")[0]?.attrs["w:fldCharType"];
    if (fieldChar === "separate") inResult = true;
    else if (fieldChar === "end") inResult = false;
    else if (inResult) result += textOf(r);
  }
  return result;
}
