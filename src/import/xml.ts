import { ImportFailure } from "./import-failure.js";
import { MAX_XML_DEPTH, MAX_XML_ELEMENTS } from "./limits.js";

/** An element of a parsed XML part: qualified name as written ("w:p"), attributes, children. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

/** The five entities XML predefines; no other entity exists here (no DTD is read). */
const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
/** Largest code point of Unicode. */
const MAX_CODE_POINT = 0x10ffff;

/**
 * The prefixes the reader names elements and attributes with, by namespace: the transitional
 * URIs Word and LibreOffice write, and the ISO 29500 Strict ones ("Word Document (Strict)").
 */
const CANONICAL_PREFIX: ReadonlyMap<string, string> = new Map([
  ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"],
  ["http://purl.oclc.org/ooxml/wordprocessingml/main", "w"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"],
  ["http://purl.oclc.org/ooxml/officeDocument/relationships", "r"],
  ["http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp"],
  ["http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", "wp"],
  ["http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"],
  ["urn:schemas-microsoft-com:vml", "v"],
  ["urn:schemas-microsoft-com:office:office", "o"],
]);

/** In-scope namespace declarations: prefix ("" for the default namespace) → URI. */
type Scope = ReadonlyMap<string, string>;

/**
 * A name as written ("x:p", "p") under its namespace's customary prefix ("w:p"): other writers
 * (OpenXML SDK programs, some converters) bind WordprocessingML to another prefix or to the
 * default namespace, which means the same document. Names in unknown namespaces stay as written.
 */
function canonicalName(name: string, scope: Scope, attribute: boolean): string {
  const colon = name.indexOf(":");
  const prefix = colon < 0 ? "" : name.slice(0, colon);
  if (prefix === "xmlns" || name === "xmlns" || prefix === "xml") return name;
  // An attribute without a prefix is in no namespace (the default namespace is for elements).
  if (attribute && colon < 0) return name;
  const uri = scope.get(prefix);
  const canonical = uri === undefined ? undefined : CANONICAL_PREFIX.get(uri);
  if (canonical === undefined || canonical === prefix) return name;
  return `${canonical}:${name.slice(colon + 1)}`;
}

/** The scope inside an element: its parent's, with the element's own xmlns declarations. */
function scopeOf(parent: Scope, attrs: Readonly<Record<string, string>>): Scope {
  let scope: Map<string, string> | undefined;
  for (const [key, value] of Object.entries(attrs)) {
    if (key !== "xmlns" && !key.startsWith("xmlns:")) continue;
    scope ??= new Map(parent);
    scope.set(key === "xmlns" ? "" : key.slice(6), value);
  }
  return scope ?? parent;
}

/**
 * A small XML reader for WordprocessingML, safe by construction: a document type declaration is
 * refused (so no entity can be defined and nothing external is ever fetched), only the
 * predefined and numeric character references are decoded, and depth and element count are
 * bounded. Elements and attributes of the namespaces in CANONICAL_PREFIX are named with their
 * customary prefix ("w:p") whatever prefix the file binds them to; the Strict namespaces read
 * as the transitional ones.
 */
export function parseXml(text: string, part: string): XmlElement {
  const fail = (detail: string): never => {
    throw new ImportFailure("import.bad-xml", { detail }, part);
  };
  const root: { name: string; attrs: Record<string, string>; children: XmlNode[] } = {
    name: "#root",
    attrs: {},
    children: [],
  };
  const stack = [root];
  const scopes: Scope[] = [new Map()];
  let elements = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const top = stack[stack.length - 1];
      if (top !== undefined && top !== root) top.children.push(decode(text.slice(i, textEnd), fail));
    }
    if (lt < 0) break;
    if (text.startsWith("<?", lt)) {
      const end = text.indexOf("?>", lt);
      if (end < 0) fail("unterminated processing instruction");
      i = end + 2;
    } else if (text.startsWith("<!--", lt)) {
      const end = text.indexOf("-->", lt);
      if (end < 0) fail("unterminated comment");
      i = end + 3;
    } else if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt);
      if (end < 0) fail("unterminated CDATA section");
      stack[stack.length - 1]?.children.push(text.slice(lt + 9, end));
      i = end + 3;
    } else if (text.startsWith("<!", lt)) {
      fail("a document type declaration (<!DOCTYPE) is not accepted");
    } else if (text.startsWith("</", lt)) {
      const end = text.indexOf(">", lt);
      if (end < 0) fail("unterminated end tag");
      const written = text.slice(lt + 2, end).trim();
      const name = canonicalName(written, scopes[scopes.length - 1] ?? new Map(), false);
      const top = stack.pop();
      scopes.pop();
      if (top === undefined || top === root || top.name !== name) fail(`unexpected </${written}>`);
      i = end + 1;
    } else {
      const tag = readTag(text, lt, fail);
      elements += 1;
      if (elements > MAX_XML_ELEMENTS) fail(`more than ${MAX_XML_ELEMENTS} elements`);
      const scope = scopeOf(scopes[scopes.length - 1] ?? new Map(), tag.attrs);
      const attrs: Record<string, string> = {};
      for (const [key, value] of Object.entries(tag.attrs)) attrs[canonicalName(key, scope, true)] = value;
      const element = { name: canonicalName(tag.name, scope, false), attrs, children: [] as XmlNode[] };
      stack[stack.length - 1]?.children.push(element);
      if (!tag.selfClosing) {
        stack.push(element);
        scopes.push(scope);
        if (stack.length > MAX_XML_DEPTH) fail(`elements nested deeper than ${MAX_XML_DEPTH}`);
      }
      i = tag.end;
    }
  }
  if (stack.length !== 1) fail(`<${stack[stack.length - 1]?.name ?? ""}> is not closed`);
  const top = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (top === undefined) fail("no root element");
  return top as XmlElement;
}

function readTag(
  text: string,
  lt: number,
  fail: (detail: string) => never,
): { name: string; attrs: Record<string, string>; selfClosing: boolean; end: number } {
  let i = lt + 1;
  const nameMatch = /^[^\s/>]+/.exec(text.slice(i, i + 200));
  if (nameMatch === null) fail("an element without a name");
  const name = (nameMatch as RegExpExecArray)[0];
  i += name.length;
  const attrs: Record<string, string> = {};
  for (;;) {
    while (i < text.length && /\s/.test(text[i] ?? "")) i += 1;
    if (text.startsWith("/>", i)) return { name, attrs, selfClosing: true, end: i + 2 };
    if (text[i] === ">") return { name, attrs, selfClosing: false, end: i + 1 };
    const eq = text.indexOf("=", i);
    if (eq < 0) fail(`broken attributes in <${name}>`);
    const key = text.slice(i, eq).trim();
    // XML allows white space on either side of "=" (Eq in the XML grammar).
    let open = eq + 1;
    while (open < text.length && /\s/.test(text[open] ?? "")) open += 1;
    const quote = text[open];
    if (quote !== '"' && quote !== "'") fail(`unquoted attribute ${key} in <${name}>`);
    const close = text.indexOf(quote as string, open + 1);
    if (close < 0) fail(`unterminated attribute ${key} in <${name}>`);
    attrs[key] = decode(text.slice(open + 1, close), fail);
    i = close + 1;
  }
}

function decode(raw: string, fail: (detail: string) => never): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&([^;&\s]{1,10});/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (!Number.isInteger(code) || code < 0 || code > MAX_CODE_POINT)
        fail(`bad character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[ref];
    if (value === undefined) fail(`unknown entity ${whole}`);
    return value as string;
  });
}

/** Child elements named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === name);
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => typeof c !== "string" && c.name === name);
}

/** The child elements, without text. */
export function elements(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== "string");
}

/** `w:val` of a child element, e.g. `<w:gridSpan w:val="2"/>`. */
export function childVal(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attrs["w:val"];
}

/** A WordprocessingML on/off property (`<w:b/>`, `<w:b w:val="0"/>`): undefined when absent. */
export function onOff(element: XmlElement | undefined, name: string): boolean | undefined {
  const prop = child(element, name);
  if (prop === undefined) return undefined;
  const val = prop.attrs["w:val"];
  return val === undefined || !["0", "false", "off"].includes(val);
}
