import type { Document } from "../../../../../src/document/nodes.js";
import { renderDocx } from "../../../../../src/render/docx/index.js";
import { realDocuments } from "../../../../helpers/real-documents.js";
import { all, first, parseXml, partText, type XmlElement } from "./read-docx.js";

export interface RenderedDocx {
  readonly tree: Document;
  readonly bytes: Uint8Array;
  /** word/document.xml as an element tree. */
  readonly document: XmlElement;
  readonly body: XmlElement;
}

const cache = new Map<"memo" | "report" | "announcement", Promise<RenderedDocx>>();

/** The real 2568 memo, report or announcement rendered once per test file. */
export function renderedReal(kind: "memo" | "report" | "announcement"): Promise<RenderedDocx> {
  let found = cache.get(kind);
  if (found === undefined) {
    found = realDocuments().then((docs) => rendered(docs[kind]));
    cache.set(kind, found);
  }
  return found;
}

export async function rendered(tree: Document): Promise<RenderedDocx> {
  const bytes = await renderDocx(tree);
  const document = parseXml(partText(bytes, "word/document.xml"));
  const body = first(document, "w:body");
  if (body === undefined) throw new Error("word/document.xml has no w:body");
  return { tree, bytes, document, body };
}

/** The section properties in order: those inside paragraphs, then the body's last one. */
export function sectionProperties(body: XmlElement): XmlElement[] {
  return all(body, "w:sectPr");
}

export function attr(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attrs[name];
}
