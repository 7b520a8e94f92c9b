import { join } from "node:path";
import type { Lang } from "../i18n/lang.js";
import { renderMessage } from "../i18n/catalog.js";
import { TO_FILL_IN } from "../model/to-fill-in.js";
import { schemaComment, withSchemaComment } from "../schema/schema-comment.js";
import { type Digits } from "../thai/numerals.js";
import { buildMeasures, type ImportedMeasure } from "./build-measures.js";
import { readBody, type DocBlock, type DocTable } from "./docx-body.js";
import { findMeasureRows } from "./find-measure-tables.js";
import { ImportFailure } from "./import-failure.js";
import { MAX_DOCX_BYTES } from "./limits.js";
import { measureFileName } from "./measure-slug.js";
import type { ImportNote } from "./notes.js";
import { type ImportedMemo, parseMemo } from "./parse-memo.js";
import { ZipPackage } from "./read-zip.js";
import { readTitleInfo, type TitleInfo } from "./title-info.js";
import { toYamlText } from "./to-yaml.js";

/** A .docx file given to the import: its bytes and its name as shown in messages. */
export interface DocxInput {
  readonly bytes: Uint8Array;
  readonly shown: string;
}

/** A file the import means to write; nothing is written before every file is ready. */
export interface PlannedFile {
  readonly path: string;
  readonly text: string;
}

export interface MeasureSummary {
  readonly no: number;
  readonly path: string;
  readonly counts: ImportedMeasure["counts"];
  /** The notes, worded in the requested language. */
  readonly notes: readonly string[];
}

export interface ImportPlan {
  readonly year: number;
  readonly files: readonly PlannedFile[];
  readonly measures: readonly MeasureSummary[];
  readonly memoNotes: readonly string[];
  /** Headings of columns the import does not know, their text kept as comments. */
  readonly unknownColumns: readonly string[];
  /** The report's paragraphs outside the measure table (cover, titles, signatures): not imported. */
  readonly outside: readonly string[];
  /** Tables of the report that are not the measure table, with their number of rows. */
  readonly otherTables: readonly { readonly table: number; readonly rows: number }[];
}

/** A DOCX file's paragraphs and tables; the failures carry the file's name. */
export function readDocx(input: DocxInput): DocBlock[] {
  if (input.bytes.length > MAX_DOCX_BYTES) {
    throw new ImportFailure("import.zip-bomb", { detail: `file larger than ${MAX_DOCX_BYTES} bytes` }, "");
  }
  return readBody(ZipPackage.open(input.bytes));
}

export interface ImportOptions {
  readonly report: readonly DocBlock[];
  readonly reportShown: string;
  readonly memo?: readonly DocBlock[];
  readonly memoShown?: string;
  /** --year; default: the fiscal year of the report's title, else of the memo's subject. */
  readonly year?: number;
  readonly dataDir: string;
  /** False when the data folder has no agency.yaml yet: one is planned from the report's title. */
  readonly agencyExists: boolean;
  readonly lang: Lang;
}

const render = (note: ImportNote, lang: Lang): string =>
  renderMessage(note.code, note.params as never, lang).message;

/**
 * Reads last year's report (and memo) into the files of a year folder, in memory: the measure
 * table by its headings, each measure's cells by their markers, the memo by its labels. Throws
 * ImportFailure for a file that is no Word document or holds no measure table; returns the
 * planned files and the summary otherwise. The year is undefined when neither --year nor the
 * documents name one.
 */
export function planImport(options: ImportOptions): ImportPlan | undefined {
  const tables = options.report.filter((b): b is DocTable => b.kind === "table");
  const title = readTitleInfo(options.report);
  const memo = options.memo === undefined ? undefined : parseMemo(options.memo);
  const year = options.year ?? title.fiscalYear ?? yearOfSubject(memo);
  if (year === undefined) return undefined;
  const digits: Digits = title.arabic ? "arabic" : "thai";
  const found = findMeasureRows(tables);
  const measures = buildMeasures(found.rows, year, digits);
  const yearDir = join(options.dataDir, String(year));
  const files: PlannedFile[] = [];
  const summaries: MeasureSummary[] = [];
  const unknownColumns = new Set<string>();
  const used = new Set<string>();
  for (const measure of measures) {
    const base = measureFileName(measure.value.no, measure.value.title);
    let name = base;
    // Two rows with one number (a table restarting its numbers) must not share a file: the
    // second is NN-kind-2.yaml, the third NN-kind-3.yaml (each suffix put on the base name).
    for (let k = 2; used.has(name); k += 1) name = base.replace(/\.yaml$/, `-${k}.yaml`);
    used.add(name);
    const path = join(yearDir, "measures", name);
    for (const note of measure.notes) {
      if (note.code === "import.note.unknown-column") unknownColumns.add(String(note.params["column"]));
    }
    const rows = measure.source.rows;
    const header = [
      renderMessage(
        "import.file-header",
        {
          file: options.reportShown,
          table: measure.source.table,
          from: rows[0] ?? 0,
          to: rows[rows.length - 1] ?? 0,
        },
        options.lang,
      ).message,
    ];
    const text = toYamlText(
      measure.value,
      header,
      measure.notes.map((note) => ({
        ...(note.path === undefined ? {} : { path: note.path }),
        text: render(note, options.lang),
      })),
    );
    files.push({ path, text: withSchemaComment(text, schemaComment(path, options.dataDir, "measure")) });
    summaries.push({
      no: measure.value.no,
      path,
      counts: measure.counts,
      notes: measure.notes.map((n) => render(n, options.lang)),
    });
  }
  let memoNotes: string[] = [];
  if (memo !== undefined) {
    const path = join(yearDir, "report.yaml");
    const value = {
      fiscalYear: year,
      ...(digits === "arabic" ? { numerals: "arabic" } : {}),
      memo: memo.value,
    };
    const notes = memo.notes.map((note) => ({
      ...(note.path === undefined ? {} : { path: ["memo", ...note.path] }),
      text: render(note, options.lang),
    }));
    const header = [
      renderMessage("import.memo-header", { file: options.memoShown ?? "" }, options.lang).message,
    ];
    const text = toYamlText(value, header, notes);
    files.push({ path, text: withSchemaComment(text, schemaComment(path, options.dataDir, "report")) });
    memoNotes = memo.notes.map((n) => render(n, options.lang));
  }
  if (!options.agencyExists) files.push(agencyFile(options, title));
  // Memo and report in one file: the memo's paragraphs were imported, the report's start at its title.
  const sameFile = options.memo !== undefined && options.memoShown === options.reportShown;
  const reportStart = sameFile
    ? Math.max(
        0,
        options.report.findIndex((b) => b.kind === "paragraph" && /^\s*รายงานผลการดำเนินการ/u.test(b.text)),
      )
    : 0;
  const outside = options.report
    .slice(reportStart)
    .flatMap((b) =>
      b.kind === "paragraph" && b.text.trim() !== "" ? [b.text.replace(/\s+/g, " ").trim()] : [],
    );
  const otherTables = tables
    .filter((t) => !found.used.includes(t.number))
    .map((t) => ({ table: t.number, rows: t.rows.length }));
  return {
    year,
    files,
    measures: summaries,
    memoNotes,
    unknownColumns: [...unknownColumns],
    outside,
    otherTables,
  };
}

function agencyFile(options: ImportOptions, title: TitleInfo): PlannedFile {
  const path = join(options.dataDir, "agency.yaml");
  const value = title.agency ?? { name: TO_FILL_IN, district: TO_FILL_IN, province: TO_FILL_IN };
  const header = [renderMessage("import.agency-header", { file: options.reportShown }, options.lang).message];
  return {
    path,
    text: withSchemaComment(toYamlText(value, header, []), schemaComment(path, options.dataDir, "agency")),
  };
}

/** The fiscal year of the memo's subject ("… ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"), when the report has none. */
function yearOfSubject(memo: ImportedMemo | undefined): number | undefined {
  if (memo === undefined) return undefined;
  const info = readTitleInfo([{ kind: "paragraph", text: memo.value.subject, bold: false }]);
  return info.fiscalYear;
}
