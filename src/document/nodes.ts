/**
 * The format-neutral document tree: what the memo and the report contain, already in their final
 * Thai form (digits, B.E. dates, numbering, fixed headings). The PDF and DOCX writers are pure
 * mappings of this tree; sizes and distances come from `layout.ts`, chosen by each node's role.
 */
import type { LoadedImage } from "../model/image.js";
import type { CalendarDate } from "../thai/calendar-date.js";
import type { DocxFont, TypeScale } from "./typography.js";

/** A stretch of text with one style. Text is final: Thai digits already applied. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  /** A web address this run links to (its text is usually the address itself). */
  readonly link?: string;
}

/** Images reach the tree as the loader read them. */
export type Image = LoadedImage;

/** "บันทึกข้อความ" centred on the band of the Garuda emblem (top left). */
export interface MemoTitle {
  readonly type: "memoTitle";
  readonly text: string;
  /** Absent: the emblem's space stays empty. */
  readonly emblem?: Image;
}

/**
 * The head of an announcement (ประกาศ): the Garuda emblem centred at the top, then the title lines
 * ("ประกาศ<agency>", the number if any, "เรื่อง …") bold and centred, then a short centred rule.
 */
export interface AnnouncementTitle {
  readonly type: "announcementTitle";
  /** Absent: the emblem's space stays empty. */
  readonly emblem?: Image;
  readonly lines: readonly string[];
}

/** "ประกาศ ณ วันที่ …", centred on the signature axis one blank line below the last paragraph. */
export interface DateLine {
  readonly type: "dateLine";
  readonly text: string;
}

/** A bold 20 pt label, its 16 pt value, and a dotted writing line to the right margin. */
export interface LeaderField {
  readonly label: string;
  /** Empty: the dotted line stays blank for handwriting. */
  readonly value: string;
}

/**
 * One header line of the memo. Two fields share the line (ที่ and วันที่, the second starting
 * near the middle); a single long value wraps, with dots under every line.
 */
export interface LeaderLine {
  readonly type: "leaderLine";
  readonly fields: readonly [LeaderField] | readonly [LeaderField, LeaderField];
}

/**
 * A paragraph of the memo body.
 * - `salutation`: "เรียน …", at the margin, 6 pt before.
 * - `heading`: a bold section head (เรื่องเดิม …), at the first-line indent.
 * - `body`: first line indented 2.5 cm, 6 pt before, distributed the Thai way.
 * - `closing`: "จึงเรียนมาเพื่อโปรดพิจารณา", indented like body.
 */
export interface Paragraph {
  readonly type: "paragraph";
  readonly role: "salutation" | "heading" | "body" | "closing";
  readonly runs: readonly Run[];
}

/** A list in the memo body: marker at the first-line indent, wrapped lines back at the margin. */
export interface List {
  readonly type: "list";
  readonly items: readonly { readonly marker: string; readonly runs: readonly Run[] }[];
}

/** Signature space, "(name)" and position lines, centred on the signature axis; never split. */
export interface Signature {
  readonly type: "signature";
  /** "(ชื่อ นามสกุล)" then the position lines. */
  readonly lines: readonly string[];
}

/** One comment block (เกษียน): heading, dotted lines across the text width, a signature. */
export interface ReviewerBlock {
  readonly type: "reviewer";
  readonly title: string;
  readonly dottedLines: number;
  readonly signature: readonly string[];
}

/** The report cover: optional logo, then the title lines and the agency lines, centred. */
export interface CoverTitle {
  readonly type: "coverTitle";
  readonly logo?: Image;
  readonly titleLines: readonly string[];
  readonly agencyLines: readonly string[];
}

/** The bold centred title above the measure table (two lines). */
export interface TableTitle {
  readonly type: "tableTitle";
  readonly lines: readonly string[];
}

/**
 * A paragraph inside a table cell. `marker` ("๑.", "(๑)", "-") hangs before the text;
 * `level` 0, 1, 2 indents one step per level.
 */
export interface CellParagraph {
  readonly kind: "text";
  readonly runs: readonly Run[];
  readonly marker?: string;
  readonly level: 0 | 1 | 2;
  readonly align?: "left" | "center";
  /** A sub-heading: never the last line of a page in its cell, it goes with the paragraph after it. */
  readonly keepWithNext?: true;
}

/** The status check mark, drawn (Sarabun has no ✓ glyph). */
export interface CellCheck {
  readonly kind: "check";
}

export type CellContent = CellParagraph | CellCheck;

export interface Cell {
  readonly content: readonly CellContent[];
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

export interface TableColumn {
  /** Width in cm; absent: the rest of the text width. */
  readonly widthCm?: number;
  /**
   * The column is at least as wide as the widest paragraph of its body cells set on one line
   * (an amount of money, a measure's number: they must not break), the width it gains taken from the columns
   * without a width. Each writer measures with its own font (cell-line-texts.ts).
   */
  readonly fitContent?: true;
}

/**
 * The measure table: header rows repeat on every page; a body row taller than what is left of a
 * page continues on the next one, a shorter one moves whole.
 */
export interface MeasureTable {
  readonly type: "measureTable";
  readonly columns: readonly TableColumn[];
  /** Header rows, bold and centred; spans are expressed by `colSpan`/`rowSpan` (covered cells omitted). */
  readonly headerRows: readonly (readonly Cell[])[];
  /** One row per measure, one cell per column. */
  readonly rows: readonly (readonly Cell[])[];
}

export type Block =
  | MemoTitle
  | AnnouncementTitle
  | DateLine
  | LeaderLine
  | Paragraph
  | List
  | Signature
  | ReviewerBlock
  | CoverTitle
  | TableTitle
  | MeasureTable;

/** A run of pages sharing one orientation and page style. */
export interface Section {
  /** Chooses margins and page style from `layout.ts`. */
  readonly layout: "memo" | "cover" | "table";
  readonly orientation: "portrait" | "landscape";
  readonly blocks: readonly Block[];
}

/** Numbering style of the document's page numbers "- ๒ -", shown from page 2 of the memo. */
export interface PageNumbering {
  readonly digits: "thai" | "arabic";
  readonly fromPage: number;
}

export interface DocumentInfo {
  readonly title: string;
  /** The agency. */
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** From the data (the memo's date, else the end of the fiscal year), never the clock. */
  readonly creationDate: CalendarDate;
}

export interface Document {
  readonly kind: "memo" | "report" | "announcement";
  readonly info: DocumentInfo;
  /**
   * Words no line may break inside, on top of the built-in corrections of src/thai: the names
   * the data gives and the agency's word list (see protected-words.ts).
   */
  readonly words?: readonly string[];
  readonly pageNumbers?: PageNumbering;
  /** The agency's type scale: which sizes and pitches both writers set (typography.ts). */
  readonly typeScale: TypeScale;
  /** The font the DOCX names; the PDF always embeds Sarabun. */
  readonly docxFont: DocxFont;
  readonly sections: readonly Section[];
}

/** For writers' exhaustive switches: a new node type cannot be silently missing. */
export function assertNever(node: never): never {
  throw new Error(`unhandled document node: ${JSON.stringify(node)}`);
}
