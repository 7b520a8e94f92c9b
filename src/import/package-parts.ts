import type { ZipPackage } from "./read-zip.js";
import { parseXml, type XmlElement } from "./xml.js";

/**
 * Where the parts of a Word package are. Word writes the document at word/document.xml, but the
 * package says where it is: the relationship of type officeDocument in _rels/.rels (ECMA-376
 * Part 2), and other writers (and Word itself, after some conversions: word/document2.xml) put
 * it elsewhere. Styles and numbering are found the same way from the document's relationships.
 */

/** The customary place, used when the package's relationships do not say (or are broken). */
const DEFAULT_DOCUMENT = "word/document.xml";

/** Relationship types end with these names, in the transitional and the Strict namespaces. */
export type PartRelation = "officeDocument" | "styles" | "numbering";

const RELATIONSHIP_TYPE_PREFIXES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/",
];

/** The relationships part of a source part: word/document.xml → word/_rels/document.xml.rels. */
function relationshipsPartOf(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** A relationship's target resolved against its source part's folder, as a package part name. */
function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A malformed %-escape: keep the target as written.
  }
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** Targets of the source part's internal relationships of one type (source "" is the package). */
function relatedTargets(zip: ZipPackage, source: string, relation: PartRelation): string[] {
  const relsName = source === "" ? "_rels/.rels" : relationshipsPartOf(source);
  const text = zip.text(relsName);
  if (text === undefined) return [];
  let rels: XmlElement;
  try {
    rels = parseXml(text, relsName);
  } catch {
    // Broken relationships: the customary part names still find a Word file's parts.
    return [];
  }
  const wanted = RELATIONSHIP_TYPE_PREFIXES.map((prefix) => `${prefix}${relation}`);
  return rels.children
    .filter((c): c is XmlElement => typeof c !== "string" && /(?:^|:)Relationship$/u.test(c.name))
    .filter((r) => wanted.includes(r.attrs["Type"] ?? "") && r.attrs["TargetMode"] !== "External")
    .map((r) => resolveTarget(source, r.attrs["Target"] ?? ""));
}

/** The main document part's name, or undefined when the package has none. */
export function mainDocumentPart(zip: ZipPackage): string | undefined {
  const named = relatedTargets(zip, "", "officeDocument").find((name) => zip.has(name));
  if (named !== undefined) return named;
  return zip.has(DEFAULT_DOCUMENT) ? DEFAULT_DOCUMENT : undefined;
}

/** The document's styles or numbering part: by relationship, else next to the document. */
export function documentPart(
  zip: ZipPackage,
  document: string,
  relation: "styles" | "numbering",
): string | undefined {
  const named = relatedTargets(zip, document, relation).find((name) => zip.has(name));
  if (named !== undefined) return named;
  const sibling = resolveTarget(document, `${relation}.xml`);
  return zip.has(sibling) ? sibling : undefined;
}
