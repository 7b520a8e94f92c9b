/**
 * Reads a DOCX for assertions: its zip entries (with their stored times) and a small element tree
 * of any XML part. docx writes plain XML (no comments, CDATA or DTD), so a tag tokenizer is enough.
 */
import { unzipSync } from "fflate";

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Character data directly inside this element, entities decoded. */
  readonly text: string;
}

export function docxEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

export function partText(bytes: Uint8Array, path: string): string {
  const data = docxEntries(bytes).get(path);
  if (data === undefined) throw new Error(`${path} is not in the package`);
  return new TextDecoder().decode(data);
}

/** The text of the document body as its runs hold it: every w:t of word/document.xml, in order, unescaped. */
export function bodyRunText(bytes: Uint8Array): string {
  return [...partText(bytes, "word/document.xml").matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) =>
      (m[1] ?? "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&"),
    )
    .join("");
}

export function parseXml(xml: string): XmlElement {
  const root: MutableElement = { name: "#root", attrs: {}, children: [], text: "" };
  const stack: MutableElement[] = [root];
  for (const token of xml.matchAll(/<[^>]+>|[^<]+/g)) {
    const t = token[0];
    const top = stack[stack.length - 1] as MutableElement;
    if (t.startsWith("<?")) continue;
    if (t.startsWith("</")) {
      stack.pop();
    } else if (t.startsWith("<")) {
      const name = /^<([^\s/>]+)/.exec(t)?.[1] ?? "";
      const attrs: Record<string, string> = {};
      for (const a of t.matchAll(/([^\s=]+)="([^"]*)"/g)) attrs[a[1] ?? ""] = decode(a[2] ?? "");
      const element: MutableElement = { name, attrs, children: [], text: "" };
      top.children.push(element);
      if (!t.endsWith("/>")) stack.push(element);
    } else {
      top.text += decode(t);
    }
  }
  return root;
}

interface MutableElement {
  name: string;
  attrs: Record<string, string>;
  children: MutableElement[];
  text: string;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Every descendant named `name`, in document order. */
export function all(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    for (const child of e.children) {
      if (child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

export function first(element: XmlElement, name: string): XmlElement | undefined {
  return all(element, name)[0];
}

/** Direct child named `name`. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/**
 * The text of a paragraph or run as a reader sees it: its w:t contents, tabs as "\t", no-break
 * spaces (the writer's glue between words kept on one line) as spaces. `rawTextOf` keeps them.
 */
export function textOf(element: XmlElement): string {
  return rawTextOf(element).replace(/\u00A0/g, " ");
}

/** The w:t contents exactly, tabs as "\t". */
export function rawTextOf(element: XmlElement): string {
  let text = "";
  const visit = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.name === "w:t") text += c.text;
      else if (c.name === "w:tab" && e.name === "w:r") text += "\t";
      else visit(c);
    }
  };
  visit(element);
  return text;
}

/** The body's paragraphs (top level and in table cells) whose text is `text` after trimming. */
export function paragraphWithText(body: XmlElement, text: string): XmlElement {
  const found = all(body, "w:p").find((p) => textOf(p).trim() === text);
  if (found === undefined) throw new Error(`no paragraph with text ${JSON.stringify(text)}`);
  return found;
}
