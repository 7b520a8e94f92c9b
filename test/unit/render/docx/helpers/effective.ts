/**
 * Paragraph and run properties as Word resolves them: direct formatting, then the character
 * style's chain (runs), then the paragraph style's chain, then the document defaults
 * (ECMA-376 §17.7.2). Each property element is merged attribute by attribute (a paragraph's
 * `w:spacing w:before` over its style's `w:spacing w:line`); tab stops add up; a toggle set to
 * false or 0 is absent. The result has the shape of a `w:pPr` / `w:rPr` element, so assertions
 * read it as they would read direct formatting.
 */
import { child, first, parseXml, partText, type XmlElement } from "./read-docx.js";

export interface StyleSheet {
  readonly byId: ReadonlyMap<string, XmlElement>;
  readonly defaultPPr: XmlElement | undefined;
  readonly defaultRPr: XmlElement | undefined;
}

export function styleSheet(bytes: Uint8Array): StyleSheet {
  const styles = parseXml(partText(bytes, "word/styles.xml"));
  const byId = new Map<string, XmlElement>();
  for (const style of allOf(styles, "w:style")) byId.set(style.attrs["w:styleId"] ?? "", style);
  const defaults = first(styles, "w:docDefaults");
  return {
    byId,
    defaultPPr:
      defaults === undefined ? undefined : first(first(defaults, "w:pPrDefault") ?? defaults, "w:pPr"),
    defaultRPr:
      defaults === undefined ? undefined : first(first(defaults, "w:rPrDefault") ?? defaults, "w:rPr"),
  };
}

/** The style and the styles it is based on, nearest first. */
function chain(sheet: StyleSheet, id: string | undefined): XmlElement[] {
  const out: XmlElement[] = [];
  const seen = new Set<string>();
  for (let at = id; at !== undefined && !seen.has(at);) {
    seen.add(at);
    const style = sheet.byId.get(at);
    if (style === undefined) break;
    out.push(style);
    at = child(style, "w:basedOn")?.attrs["w:val"];
  }
  return out;
}

export function effectivePPr(p: XmlElement, sheet: StyleSheet): XmlElement {
  const direct = child(p, "w:pPr");
  const styleId = direct === undefined ? "Normal" : (child(direct, "w:pStyle")?.attrs["w:val"] ?? "Normal");
  const layers = [direct, ...chain(sheet, styleId).map((s) => child(s, "w:pPr")), sheet.defaultPPr];
  return merged("w:pPr", layers);
}

export function effectiveRPr(r: XmlElement, p: XmlElement, sheet: StyleSheet): XmlElement {
  const direct = child(r, "w:rPr");
  const characterStyle = direct === undefined ? undefined : child(direct, "w:rStyle")?.attrs["w:val"];
  const paragraphStyle = child(child(p, "w:pPr") ?? p, "w:pStyle")?.attrs["w:val"] ?? "Normal";
  const layers = [
    direct,
    ...chain(sheet, characterStyle).map((s) => child(s, "w:rPr")),
    ...chain(sheet, paragraphStyle).map((s) => child(s, "w:rPr")),
    sheet.defaultRPr,
  ];
  return merged("w:rPr", layers);
}

function merged(name: string, layers: readonly (XmlElement | undefined)[]): XmlElement {
  const props = new Map<string, { attrs: Record<string, string>; children: XmlElement[] }>();
  const off = new Set<string>();
  for (const layer of layers) {
    for (const element of layer?.children ?? []) {
      if (off.has(element.name)) continue;
      const value = element.attrs["w:val"];
      if (element.children.length === 0 && (value === "false" || value === "0") && isToggle(element.name)) {
        if (!props.has(element.name)) off.add(element.name);
        continue;
      }
      const known = props.get(element.name) ?? { attrs: {}, children: [] };
      known.attrs = { ...element.attrs, ...known.attrs };
      known.children.push(...element.children);
      props.set(element.name, known);
    }
  }
  return {
    name,
    attrs: {},
    text: "",
    children: [...props].map(([n, v]) => ({ name: n, attrs: v.attrs, children: v.children, text: "" })),
  };
}

const TOGGLES = new Set([
  "w:b",
  "w:bCs",
  "w:i",
  "w:iCs",
  "w:keepNext",
  "w:keepLines",
  "w:widowControl",
  "w:cs",
]);

function isToggle(name: string): boolean {
  return TOGGLES.has(name);
}

function allOf(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(element);
  return out;
}
