import { otherPackageDetail } from "./file-kind.js";
import { ImportFailure } from "./import-failure.js";
import { type ListLabel, Numbering, numPrOf } from "./numbering.js";
import { documentPart, mainDocumentPart } from "./package-parts.js";
import type { ZipPackage } from "./read-zip.js";
import { child, childVal, childrenNamed, elements, onOff, parseXml, type XmlElement } from "./xml.js";

/**
 * A paragraph as the reader sees it: its text (a line break inside becomes "\n", a tab "\t"),
 * whether all of its text is bold, and the label of Word's automatic numbering when it is in a
 * list. Run sizes, fonts and colours are not kept: the import relies on text and structure.
 */
export interface DocParagraph {
  readonly text: string;
  readonly bold: boolean;
  readonly list?: ListLabel;
}

export interface DocCell {
  /** First grid column and number of grid columns covered (w:gridSpan). */
  readonly column: number;
  readonly span: number;
  /** w:vMerge: "continue" cells belong to the cell above. */
  readonly vMerge?: "restart" | "continue";
  readonly paragraphs: readonly DocParagraph[];
}

export interface DocRow {
  readonly cells: readonly DocCell[];
}

export interface DocTable {
  readonly kind: "table";
  /** 1-based position among the document's top-level tables, for messages. */
  readonly number: number;
  readonly rows: readonly DocRow[];
}

export type DocBlock = ({ readonly kind: "paragraph" } & DocParagraph) | DocTable;

interface StyleInfo {
  readonly bold?: boolean;
  readonly numPr?: { numId: string; level: number };
  readonly basedOn?: string;
}

/** Symbol-font characters that draw a check mark (Wingdings ü/þ, Wingdings 2 P/R). */
const CHECK_SYMBOLS = new Set(["F0FC", "F0FE", "F050", "F052", "00FC", "00FE"]);
/** Symbol-font characters that draw an empty box (Wingdings ¨ and o, Wingdings 2 £): no mark. */
const EMPTY_BOX_SYMBOLS = new Set(["F0A8", "F06F", "F0A3", "00A8", "006F", "00A3"]);

/** Alt text that names a check-mark picture (ita-report draws its ✓ as one: "✓ ดำเนินการ"). */
const CHECK_ALT_TEXT = /[✓✔√☑]|\b(?:check|tick)\b/iu;

/** A picture in a run whose alt text (name, description or title) says it is a check mark. */
function isCheckPicture(picture: XmlElement): boolean {
  for (const el of elements(picture)) {
    if (el.name === "wp:docPr" || el.name === "v:shape") {
      const alt = [el.attrs["name"], el.attrs["descr"], el.attrs["title"], el.attrs["alt"]].join(" ");
      if (CHECK_ALT_TEXT.test(alt)) return true;
    }
    if (isCheckPicture(el)) return true;
  }
  return false;
}

/** A part parsed, or undefined when the package has none. */
function parsePart(zip: ZipPackage, name: string | undefined): XmlElement | undefined {
  const text = name === undefined ? undefined : zip.text(name);
  return name === undefined || text === undefined ? undefined : parseXml(text, name);
}

/**
 * Reads the main document part (word/document.xml, or where the package's relationships put
 * it), with its numbering and styles parts, into paragraphs and tables.
 */
export function readBody(zip: ZipPackage): DocBlock[] {
  const documentName = mainDocumentPart(zip);
  const document = parsePart(zip, documentName);
  if (documentName === undefined || document === undefined) {
    throw new ImportFailure("import.not-docx", { detail: otherPackageDetail(zip) }, "");
  }
  const reader = new BodyReader(
    new Numbering(parsePart(zip, documentPart(zip, documentName, "numbering"))),
    readStyles(parsePart(zip, documentPart(zip, documentName, "styles"))),
  );
  const body = child(document, "w:body");
  if (body === undefined) {
    throw new ImportFailure(
      "import.not-docx",
      { detail: "the document part has no body (w:body)" },
      documentName,
    );
  }
  const blocks = reader.blocks(body);
  // Web apps (html-docx-js and the like) write the report as an HTML part the document only
  // points to (w:altChunk): Word converts it when it opens the file, nothing else reads it.
  if (!blocks.some((b) => b.kind === "table") && childrenNamed(body, "w:altChunk").length > 0) {
    throw new ImportFailure(
      "import.not-docx",
      {
        detail:
          "its content is an embedded HTML or RTF file (w:altChunk) that only Word converts, when it opens the document",
      },
      documentName,
    );
  }
  if (!blocks.some((b) => b.kind === "table") && hasEmbeddedSheet(body)) {
    throw new ImportFailure("import.embedded-sheet", {}, documentName);
  }
  return blocks;
}

/** An Excel sheet pasted as an object (o:OLEObject ProgID="Excel.Sheet.12"): a table Word only draws. */
function hasEmbeddedSheet(container: XmlElement): boolean {
  return elements(container).some(
    (el) => (el.name === "o:OLEObject" && /^Excel\./u.test(el.attrs["ProgID"] ?? "")) || hasEmbeddedSheet(el),
  );
}

function readStyles(xml: XmlElement | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (xml === undefined) return styles;
  for (const style of childrenNamed(xml, "w:style")) {
    const rPr = child(style, "w:rPr");
    const bold = onOff(rPr, "w:b") ?? onOff(rPr, "w:bCs");
    const numPr = numPrOf(child(style, "w:pPr"));
    const basedOn = childVal(style, "w:basedOn");
    styles.set(style.attrs["w:styleId"] ?? "", {
      ...(bold === undefined ? {} : { bold }),
      ...(numPr === undefined ? {} : { numPr }),
      ...(basedOn === undefined ? {} : { basedOn }),
    });
  }
  return styles;
}

/**
 * Containers Word wraps around paragraphs, rows, cells or runs without meaning for the text:
 * content controls, custom XML, smart tags, inserted or moved-here tracked changes, links,
 * simple fields, and the bidirectional embeddings of Word 2010 (w:dir, w:bdo). Deleted and
 * moved-away text (w:del, w:moveFrom) is not among them: it is not in the document.
 */
const TRANSPARENT = new Set([
  "w:sdt",
  "w:sdtContent",
  "w:customXml",
  "w:smartTag",
  "w:ins",
  "w:hyperlink",
  "w:fldSimple",
  "w:moveTo",
  "w:dir",
  "w:bdo",
]);

/**
 * The branch of a markup-compatibility block the reader takes: the first mc:Choice (what Word
 * shows), else mc:Fallback. Taking one keeps a text box written twice (DrawingML and its VML
 * fallback) from being read twice.
 */
function alternative(block: XmlElement): XmlElement | undefined {
  return child(block, "mc:Choice") ?? child(block, "mc:Fallback");
}

/** The elements of a container, a markup-compatibility block replaced by its chosen branch. */
function resolvedElements(container: XmlElement): XmlElement[] {
  return elements(container).flatMap((el) => {
    if (el.name !== "mc:AlternateContent") return [el];
    const branch = alternative(el);
    return branch === undefined ? [] : resolvedElements(branch);
  });
}

/**
 * A content control showing its placeholder ("Click or tap here to enter text.", in grey): the
 * form's prompt, not the agency's text.
 */
const isPlaceholder = (el: XmlElement): boolean =>
  el.name === "w:sdt" && child(child(el, "w:sdtPr"), "w:showingPlcHdr") !== undefined;

/**
 * A legacy check-box form field (FORMCHECKBOX, Word 97–2003 forms, still in agencies'
 * templates) draws a box with no text: read as ☒ when checked, ☐ when not, as the status
 * columns read them. Other field characters add nothing.
 */
function formCheckBox(fldChar: XmlElement): string {
  const box = child(child(fldChar, "w:ffData"), "w:checkBox");
  if (box === undefined) return "";
  const checked = onOff(box, "w:checked") ?? onOff(box, "w:default") ?? false;
  return checked ? "\u2612" : "\u2610";
}

/** A row deleted with tracked changes on (w:trPr/w:del): no longer in the document. */
const isDeletedRow = (tr: XmlElement): boolean => child(child(tr, "w:trPr"), "w:del") !== undefined;

class BodyReader {
  private tables = 0;
  /** Depth of tables being read: only top-level tables are numbered for messages. */
  private tableDepth = 0;

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Map<string, StyleInfo>,
  ) {}

  blocks(container: XmlElement): DocBlock[] {
    const out: DocBlock[] = [];
    for (const el of resolvedElements(container)) {
      if (el.name === "w:p") {
        const boxes: DocParagraph[] = [];
        out.push({ kind: "paragraph", ...this.paragraph(el, boxes) });
        // A text box's paragraphs follow the paragraph that anchors it, as paragraphs of their own.
        for (const box of boxes) out.push({ kind: "paragraph", ...box });
      } else if (el.name === "w:tbl") {
        if (this.tableDepth === 0) this.tables += 1;
        const number = this.tables;
        this.tableDepth += 1;
        const rows = this.rows(el);
        this.tableDepth -= 1;
        out.push({ kind: "table", number, rows });
      } else if (TRANSPARENT.has(el.name) && !isPlaceholder(el)) out.push(...this.blocks(el));
    }
    return out;
  }

  private style(id: string | undefined, seen = 0): StyleInfo {
    const own = id === undefined ? undefined : this.styles.get(id);
    // basedOn chains are short; the bound only guards against a loop.
    if (own === undefined || own.basedOn === undefined || seen > 10) return own ?? {};
    const parent = this.style(own.basedOn, seen + 1);
    return { ...parent, ...own };
  }

  /** A paragraph; the paragraphs of text boxes anchored in it are added to `boxes`. */
  private paragraph(p: XmlElement, boxes: DocParagraph[]): DocParagraph {
    const pPr = child(p, "w:pPr");
    const style = this.style(childVal(pPr, "w:pStyle"));
    const own = numPrOf(pPr);
    const ilvl = childVal(child(pPr, "w:numPr"), "w:ilvl");
    const numPr =
      own ??
      (style.numPr && { ...style.numPr, level: ilvl === undefined ? style.numPr.level : Number(ilvl) });
    const runs: { text: string; bold: boolean }[] = [];
    this.collectRuns(p, style.bold === true, runs, boxes);
    const text = runs.map((r) => r.text).join("");
    const visible = runs.filter((r) => r.text.trim() !== "");
    const bold = visible.length > 0 && visible.every((r) => r.bold);
    const list =
      numPr === undefined || numPr.numId === "0" ? undefined : this.numbering.next(numPr.numId, numPr.level);
    return { text, bold, ...(list === undefined ? {} : { list }) };
  }

  private collectRuns(
    container: XmlElement,
    styleBold: boolean,
    out: { text: string; bold: boolean }[],
    boxes: DocParagraph[],
  ): void {
    for (const el of resolvedElements(container)) {
      if (el.name === "w:r") {
        const rPr = child(el, "w:rPr");
        // Hidden text (Font > Hidden) is neither shown nor printed: not in the report either.
        if (onOff(rPr, "w:vanish") === true) continue;
        const runStyle = this.style(childVal(rPr, "w:rStyle"));
        const bold = onOff(rPr, "w:b") ?? onOff(rPr, "w:bCs") ?? runStyle.bold ?? styleBold;
        let text = "";
        for (const part of resolvedElements(el)) {
          // A no-break space (Word's Ctrl+Shift+Space, ita-report's glue in "พ.ศ. ๒๕๖๘") is a space
          // in the data: the writers decide again where words stay together.
          if (part.name === "w:t") {
            text += part.children
              .filter((c) => typeof c === "string")
              .join("")
              .replace(/\u00A0/gu, " ");
          } else if (part.name === "w:tab" || part.name === "w:ptab") text += "\t";
          else if (part.name === "w:br" || part.name === "w:cr") text += "\n";
          else if (part.name === "w:noBreakHyphen") text += "-";
          else if (part.name === "w:fldChar") text += formCheckBox(part);
          else if (part.name === "w:sym") {
            const symbol = (part.attrs["w:char"] ?? "").toUpperCase();
            text += CHECK_SYMBOLS.has(symbol)
              ? "\u2713"
              : EMPTY_BOX_SYMBOLS.has(symbol)
                ? "\u2610"
                : "\u2022";
          } else if ((part.name === "w:drawing" || part.name === "w:pict") && isCheckPicture(part)) {
            text += "\u2713";
          } else if (part.name === "w:drawing" || part.name === "w:pict" || part.name === "w:object") {
            boxes.push(...this.textBoxes(part));
          }
        }
        out.push({ text, bold });
      } else if (TRANSPARENT.has(el.name) && !isPlaceholder(el)) {
        this.collectRuns(el, styleBold, out, boxes);
      }
    }
  }

  /** The paragraphs of the text boxes (w:txbxContent) inside a drawing or VML picture. */
  private textBoxes(container: XmlElement): DocParagraph[] {
    const out: DocParagraph[] = [];
    for (const el of resolvedElements(container)) {
      if (el.name === "w:txbxContent") out.push(...this.cellParagraphs(el));
      else out.push(...this.textBoxes(el));
    }
    return out;
  }

  private rows(tbl: XmlElement): DocRow[] {
    const rows: DocRow[] = [];
    for (const tr of this.flatten(tbl, "w:tr")) {
      if (isDeletedRow(tr)) continue;
      const before = Number(childVal(child(tr, "w:trPr"), "w:gridBefore") ?? "0");
      let column = before;
      const cells: DocCell[] = [];
      for (const tc of this.flatten(tr, "w:tc")) {
        const tcPr = child(tc, "w:tcPr");
        const span = Math.max(1, Number(childVal(tcPr, "w:gridSpan") ?? "1"));
        const vMergeEl = child(tcPr, "w:vMerge");
        const vMerge =
          vMergeEl === undefined ? undefined : vMergeEl.attrs["w:val"] === "restart" ? "restart" : "continue";
        cells.push({
          column,
          span,
          ...(vMerge === undefined ? {} : { vMerge }),
          paragraphs: this.cellParagraphs(tc),
        });
        column += span;
      }
      rows.push({ cells });
    }
    return rows;
  }

  /** A cell's paragraphs in order; a table nested in the cell gives its paragraphs row by row. */
  private cellParagraphs(tc: XmlElement): DocParagraph[] {
    const out: DocParagraph[] = [];
    for (const block of this.blocks(tc)) {
      if (block.kind === "paragraph") out.push(block);
      else for (const row of block.rows) for (const cell of row.cells) out.push(...cell.paragraphs);
    }
    return out;
  }

  /** Elements named `name`, looking through content controls and custom XML wrappers. */
  private flatten(container: XmlElement, name: string): XmlElement[] {
    const out: XmlElement[] = [];
    for (const el of resolvedElements(container)) {
      if (el.name === name) out.push(el);
      else if (TRANSPARENT.has(el.name)) out.push(...this.flatten(el, name));
    }
    return out;
  }
}
