/**
 * The one impure step of the DOCX writer: docx packs the document, then the package is made
 * reproducible and re-zipped. docx writes the clock into docProps/core.xml and into every zip
 * entry, names hyperlink relationships and font keys at random and has no switch for `<w:cs/>`;
 * here the dates come from the tree (info.creationDate), ids and keys from the content, and every
 * entry is stored at 1980-01-01 00:00 (the DOS epoch, as Word does) in a fixed order. The parts
 * docx cannot say everything in are finished here too: the font table declares Thai, the
 * defaults state widow control, the page numbers have a cached value.
 */
import { Packer, type File } from "docx";
import { unzipSync } from "fflate";
import type { DocumentInfo } from "../../document/nodes.js";
import { toIsoDate } from "../../thai/calendar-date.js";
import { addComplexScriptFlag, hasTextRuns } from "./add-complex-script-flag.js";
import { cachePageNumber } from "./cached-page-number.js";
import { stateDefaultWidowControl } from "./default-widow-control.js";
import { dropStockStyles } from "./drop-stock-styles.js";
import { declareThaiInFontTable } from "./thai-font-table.js";
import { fontTargets, stableFontKeys } from "./stable-font-keys.js";
import { ownerOfRelationships, stableRelationshipIds } from "./stable-relationship-ids.js";
import { writeZip } from "./write-zip.js";

const CONTENT_TYPES = "[Content_Types].xml";
const FONT_TABLE = "word/fontTable.xml";
const FONT_TABLE_RELS = "word/_rels/fontTable.xml.rels";
const STYLES = "word/styles.xml";

/** What the finished parts say beyond docx's output. */
export interface PackFinish {
  /** The font the document names, declared Thai in the font table. */
  readonly fontName: string;
  /** The page-number fields' cached result ("๒"); none without page numbers. */
  readonly firstPageNumber?: string;
}

export async function packDeterministic(
  file: File,
  info: DocumentInfo,
  finish: PackFinish,
): Promise<Uint8Array> {
  const parts = await packageParts(file);
  const text = (path: string): string | undefined => {
    const data = parts.get(path);
    return data === undefined ? undefined : new TextDecoder().decode(data);
  };
  const setText = (path: string, value: string): void => {
    parts.set(path, new TextEncoder().encode(value));
  };

  const core = text("docProps/core.xml");
  if (core !== undefined) setText("docProps/core.xml", withCreationDate(core, info));

  for (const path of [...parts.keys()].filter((p) => p.endsWith(".rels"))) {
    const owner = ownerOfRelationships(path);
    const rels = text(path);
    const ownerXml = owner === undefined ? undefined : text(owner);
    if (owner === undefined || rels === undefined || ownerXml === undefined) continue;
    const stable = stableRelationshipIds(rels, ownerXml);
    setText(path, stable.rels);
    setText(owner, stable.owner);
  }

  const fontTable = text(FONT_TABLE);
  const fontRels = text(FONT_TABLE_RELS);
  if (fontTable !== undefined && fontRels !== undefined) {
    setText(FONT_TABLE, stableFontKeys(fontTable, fontTargets(fontRels), parts));
  }

  if (fontTable !== undefined)
    setText(FONT_TABLE, declareThaiInFontTable(text(FONT_TABLE) ?? "", finish.fontName));
  const styles = text(STYLES);
  if (styles !== undefined) {
    const users = [...parts.keys()].filter((p) => p !== STYLES && /^word\/[^/]+\.xml$/.test(p));
    const usedXml = users.map((p) => text(p) ?? "");
    setText(STYLES, dropStockStyles(stateDefaultWidowControl(styles), usedXml));
  }
  const pageNumber = finish.firstPageNumber;
  if (pageNumber !== undefined) {
    for (const path of [...parts.keys()].filter((p) => /^word\/header\d+\.xml$/.test(p))) {
      setText(path, cachePageNumber(text(path) ?? "", pageNumber));
    }
  }

  for (const path of [...parts.keys()].filter(hasTextRuns)) {
    setText(path, addComplexScriptFlag(text(path) ?? ""));
  }

  return writeZip(orderedEntries(parts));
}

/** dcterms:created and dcterms:modified set to the tree's date (midnight UTC). */
export function withCreationDate(core: string, info: DocumentInfo): string {
  const stamp = `${toIsoDate(info.creationDate)}T00:00:00Z`;
  return core.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_match, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
  );
}

type PartData = string | Uint8Array | ArrayBuffer;
interface PackageCompiler {
  compile(file: File): ReadonlyMap<string, PartData>;
}

/**
 * The package's parts by path, unzipped. docx's Packer zips (deflates) what its compiler gives,
 * and every part is rewritten above and deflated again: asking the compiler directly saves the
 * first deflate and the inflate (≈ 0.1 s per file cold). The compiler is a static of Packer,
 * public at run time though typed private; the same parts, in the same order, as unzipping
 * `Packer.toBuffer` gives (text parts as UTF-8, as docx's zip step encodes them). Without it (a
 * docx release that moved it), the parts come from unzipping the packed file as before.
 */
async function packageParts(file: File): Promise<Map<string, Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: Partial<PackageCompiler> }).compiler;
  if (typeof compiler?.compile !== "function") {
    const packed = await Packer.toBuffer(file);
    return new Map(Object.entries(unzipSync(new Uint8Array(packed))));
  }
  const parts = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const [path, data] of compiler.compile(file)) {
    parts.set(
      path,
      typeof data === "string"
        ? encoder.encode(data)
        : data instanceof ArrayBuffer
          ? new Uint8Array(data)
          : new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    );
  }
  return parts;
}

/** [Content_Types].xml first (readers look for it there), then by path. */
function orderedEntries(parts: ReadonlyMap<string, Uint8Array>): [string, Uint8Array][] {
  return [...parts].sort(([a], [b]) =>
    a === CONTENT_TYPES ? -1 : b === CONTENT_TYPES ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
}
