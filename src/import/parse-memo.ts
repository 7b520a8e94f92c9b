import { TO_FILL_IN } from "../model/to-fill-in.js";
import { parseDate } from "../thai/parse-date.js";
import { type Line, cellLines, joinText } from "./cell-lines.js";
import type { DocBlock, DocParagraph } from "./docx-body.js";
import { ImportFailure } from "./import-failure.js";
import type { ImportNote } from "./notes.js";

type MemoBlockValue = string | { bullets: string[] } | { numbered: string[] };

interface SignerValue {
  name: string;
  position: string | string[];
}

export interface ImportedMemo {
  readonly value: {
    department: string;
    ref: string;
    date?: string;
    subject: string;
    to: string;
    sections: { heading?: string; content: MemoBlockValue[] }[];
    closing: string;
    signer: SignerValue;
    reviewers: { title: string; lines: number; signer: SignerValue }[];
  };
  readonly notes: ImportNote[];
}

/** Dots, underscores and tabs only: a writing line of the form (or a leader). */
const WRITING_LINE = /^[\s.…_\t]*$/u;
const MEMO_TITLE = "บันทึกข้อความ";
const LABEL_DEPARTMENT = /^ส่วนราชการ\s*/u;
const LABEL_REF_DATE = /^ที่[\s\t]+(.*?)(?:[\s\t.…_]*วันที่[\s\t]*(.*))?$/u;
const LABEL_DATE = /^วันที่[\s\t]*/u;
const LABEL_SUBJECT = /^เรื่อง[\s\t]*/u;
const LABEL_TO = /^เรียน[\s\t]*/u;
const CLOSING = /^จึงเรียน/u;
const REVIEWER = /^ความคิดเห็น|^ความเห็น/u;
/** The report's cover or table title: where the memo ends when both share one file. */
const REPORT_TITLE = /^รายงานผลการดำเนินการ/u;
const NAME_IN_PARENTHESES = /^\(\s*(.+?)\s*\)$/u;
/** Most writing lines a reviewer block may have (the model's bound). */
const MAX_REVIEWER_LINES = 10;

/** A header value without its dotted writing line. */
const value = (text: string): string =>
  text
    .replace(/[\t.…_]{2,}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/** A header label alone in a row's first cell: a memo header laid out as a table (as ita-report writes it). */
const HEADER_LABEL_CELL = /^(?:ส่วนราชการ|ที่|วันที่|เรื่อง|เรียน)$/u;

/**
 * The paragraphs in reading order. A table row that starts with a header label cell is read as
 * one line, its cells joined by tabs ("ที่ <tab> value <tab> วันที่ <tab> value"), and the rows
 * after it whose first cell is empty continue its value (a long เรื่อง, one row per line).
 */
function allParagraphs(blocks: readonly DocBlock[]): DocParagraph[] {
  const out: DocParagraph[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      out.push(block);
      continue;
    }
    let header: number | undefined;
    for (const row of block.rows) {
      const texts = row.cells.map((cell) =>
        cell.paragraphs
          .map((p) => p.text)
          .join(" ")
          .trim(),
      );
      const filled = texts.filter((t) => t !== "");
      if (HEADER_LABEL_CELL.test(texts[0] ?? "")) {
        out.push({ text: filled.join("\t"), bold: false });
        header = out.length - 1;
      } else if (header !== undefined && texts[0] === "" && filled.length > 0) {
        const line = out[header] as DocParagraph;
        out[header] = { ...line, text: `${line.text} ${filled.join(" ")}` };
      } else {
        header = undefined;
        for (const cell of row.cells) out.push(...cell.paragraphs);
      }
    }
  }
  return out;
}

/**
 * The memo (บันทึกข้อความ): the header labels ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน; then sections
 * under their bold headings, with "-" and "๑." items grouped into lists; the closing line
 * "จึงเรียน…"; the signer "(name)" and position lines; each reviewer's heading "ความคิดเห็น…",
 * its writing lines counted, and its signer. Whatever matches none of these is kept as a
 * paragraph of the section it falls in, and named in the notes.
 */
export function parseMemo(blocks: readonly DocBlock[]): ImportedMemo {
  const notes: ImportNote[] = [];
  const lines = cellLines(
    allParagraphs(blocks).map((paragraph) => ({ paragraph, continuesRow: false })),
    { keepWritingLines: true },
  );
  const start = lines.findIndex((l) => LABEL_TO.test(l.text) || LABEL_SUBJECT.test(l.text));
  if (start < 0) throw new ImportFailure("import.memo-not-found", {}, "word/document.xml");
  let department = "";
  let ref = "";
  let date: string | undefined;
  let subject = "";
  let to = "";
  let i = 0;
  const unplaced: string[] = [];
  // The header: up to and including เรียน.
  for (; i < lines.length; i += 1) {
    const t = (lines[i] as Line).text.trim();
    if (LABEL_DEPARTMENT.test(t)) department = value(t.replace(LABEL_DEPARTMENT, ""));
    else if (LABEL_REF_DATE.test(t)) {
      const m = LABEL_REF_DATE.exec(t) as RegExpExecArray;
      ref = value(m[1] ?? "");
      if (m[2] !== undefined && value(m[2]) !== "") date = value(m[2]);
    } else if (LABEL_DATE.test(t)) date = value(t.replace(LABEL_DATE, ""));
    else if (LABEL_SUBJECT.test(t)) subject = value(t.replace(LABEL_SUBJECT, ""));
    else if (LABEL_TO.test(t)) {
      to = value(t.replace(LABEL_TO, ""));
      i += 1;
      break;
    } else if (t !== MEMO_TITLE && !WRITING_LINE.test(t)) unplaced.push(t);
  }
  if (date !== undefined && !parseDate(date).ok) {
    notes.push({ code: "import.note.memo-missing-field", params: { field: "date", text: date } });
    date = undefined;
  }
  // The body: sections up to the closing line.
  const sections: { heading?: string; content: MemoBlockValue[] }[] = [];
  let closing = "";
  const section = (): { heading?: string; content: MemoBlockValue[] } => {
    let last = sections[sections.length - 1];
    if (last === undefined) {
      last = { content: [] };
      sections.push(last);
    }
    return last;
  };
  for (; i < lines.length; i += 1) {
    const line = lines[i] as Line;
    const t = line.text.trim();
    if (WRITING_LINE.test(t)) continue;
    if (CLOSING.test(t)) {
      closing = t;
      i += 1;
      break;
    }
    if (line.bold) {
      // A bold line is a section heading, kept as typed ("๑. เรื่องเดิม" keeps its number).
      sections.push({ heading: line.marker === undefined ? t : line.raw, content: [] });
      continue;
    }
    const content = section().content;
    const previous = content[content.length - 1];
    if (line.marker?.kind === "bullet" || line.marker?.kind === "step") {
      const key = line.marker.kind === "bullet" ? "bullets" : "numbered";
      if (previous !== undefined && typeof previous !== "string" && key in previous) {
        (previous as Record<string, string[]>)[key]?.push(t);
      } else content.push(key === "bullets" ? { bullets: [t] } : { numbered: [t] });
    } else if (!line.startsParagraph && previous !== undefined) {
      if (typeof previous === "string") content[content.length - 1] = joinText(previous, t);
      else {
        const items = "bullets" in previous ? previous.bullets : previous.numbered;
        items[items.length - 1] = joinText(items[items.length - 1] ?? "", t);
      }
    } else content.push(line.marker === undefined ? t : line.raw);
  }
  // The signer, then the reviewers, up to the report when memo and report share one file.
  const signer = readSigner(lines, i, unplaced);
  i = signer.next;
  const reviewers: ImportedMemo["value"]["reviewers"] = [];
  while (i < lines.length) {
    const title = (lines[i] as Line).text.trim();
    i += 1;
    if (REPORT_TITLE.test(title)) break;
    if (!REVIEWER.test(title)) {
      if (!WRITING_LINE.test(title)) unplaced.push(title);
      continue;
    }
    let writing = 0;
    while (
      i < lines.length &&
      WRITING_LINE.test((lines[i] as Line).text) &&
      !NAME_IN_PARENTHESES.test((lines[i] as Line).text.trim())
    ) {
      writing += 1;
      i += 1;
    }
    const who = readSigner(lines, i, unplaced);
    i = who.next;
    reviewers.push({ title, lines: Math.min(MAX_REVIEWER_LINES, Math.max(1, writing)), signer: who.signer });
  }
  if (unplaced.length > 0) {
    notes.push({
      code: "import.note.memo-unplaced",
      params: { count: unplaced.length, text: unplaced.join(" / ") },
    });
  }
  for (const [field, text] of [
    ["department", department],
    ["subject", subject],
    ["to", to],
  ] as const) {
    if (text === "")
      notes.push({ code: "import.note.memo-missing-field", params: { field, text: "" }, path: [field] });
  }
  const orFill = (t: string): string => (t === "" ? TO_FILL_IN : t);
  return {
    value: {
      department: orFill(department),
      ref,
      ...(date === undefined ? {} : { date }),
      subject: orFill(subject),
      to: orFill(to),
      sections:
        sections.length === 0
          ? [{ content: [TO_FILL_IN] }]
          : sections.map((s) => (s.content.length === 0 ? { ...s, content: [TO_FILL_IN] } : s)),
      closing: orFill(closing),
      signer: signer.signer,
      reviewers,
    },
    notes,
  };
}

/**
 * "(name)" then position lines, up to the next reviewer heading or writing line. Lines skipped
 * on the way to the name are added to `unplaced`.
 */
function readSigner(
  lines: readonly Line[],
  from: number,
  unplaced: string[],
): { signer: SignerValue; next: number } {
  let i = from;
  while (i < lines.length && !NAME_IN_PARENTHESES.test((lines[i] as Line).text.trim())) {
    const t = (lines[i] as Line).text.trim();
    if (REVIEWER.test(t) || REPORT_TITLE.test(t)) break;
    if (!WRITING_LINE.test(t)) unplaced.push(t);
    i += 1;
  }
  const match = NAME_IN_PARENTHESES.exec((lines[i] as Line | undefined)?.text.trim() ?? "");
  if (match === null) return { signer: { name: TO_FILL_IN, position: TO_FILL_IN }, next: i };
  i += 1;
  const positions: string[] = [];
  while (i < lines.length) {
    const t = (lines[i] as Line).text.trim();
    if (REVIEWER.test(t) || REPORT_TITLE.test(t) || WRITING_LINE.test(t) || NAME_IN_PARENTHESES.test(t))
      break;
    positions.push(t);
    i += 1;
  }
  const position =
    positions.length === 0 ? TO_FILL_IN : positions.length === 1 ? (positions[0] as string) : positions;
  return { signer: { name: match[1] ?? TO_FILL_IN, position }, next: i };
}
