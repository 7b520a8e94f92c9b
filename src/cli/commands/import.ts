import { access, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DataError, type DataIssue } from "../../errors.js";
import type { DocBlock } from "../../import/docx-body.js";
import { ImportFailure } from "../../import/import-failure.js";
import { type DocxInput, planImport, readDocx } from "../../import/import-docx.js";
import { loadYear } from "../../load/load-year.js";
import { writeAllOrNothing } from "../../scaffold/write-all-or-nothing.js";
import { DATA_FILE_KINDS, jsonSchemaText, schemaFileName } from "../../schema/json-schemas.js";
import { SCHEMA_DIR_NAME } from "../../schema/schema-comment.js";
import { type CliContext, say } from "../context.js";
import { fileSystemError } from "../file-system-error.js";
import { noEmblemNote } from "../no-emblem-note.js";
import { EXIT } from "../exit-codes.js";
import { formatIssue } from "../format-issue.js";
import { parseYear } from "../parse-year.js";
import { CliUsageError } from "../usage-error.js";
import { shownPath } from "../shown-path.js";

/** Paragraphs outside the table quoted in the summary, and their length shown. */
const OUTSIDE_SHOWN = 4;
const OUTSIDE_CHARS = 40;

export interface ImportArgs {
  readonly file: string;
  readonly memo: string | undefined;
  readonly year: string | undefined;
  readonly dataDir: string;
}

/** The file's bytes; a missing or unreadable file is a wrong command line (exit 2). */
async function readInput(path: string, ctx: CliContext): Promise<DocxInput> {
  const absolute = resolve(ctx.io.cwd, path);
  const shown = shownPath(absolute, ctx);
  try {
    return { bytes: new Uint8Array(await readFile(absolute)), shown };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw CliUsageError.of("import.unreadable", { file: shown, reason }, ctx.lang);
  }
}

/** A failure inside a file as a located data issue: exit 1, like a problem in the data. */
function asDataError(failure: ImportFailure, shown: string): DataError {
  const issue: DataIssue = {
    file: shown,
    path: failure.where,
    message: failure.message,
    code: failure.code,
    params: failure.params,
  };
  return new DataError([issue]);
}

function read(input: DocxInput): DocBlock[] {
  try {
    return readDocx(input);
  } catch (error) {
    if (error instanceof ImportFailure) throw asDataError(error, input.shown);
    throw error;
  }
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * `ita-report import <report.docx> [--memo <memo.docx>] [--year <B.E.>] [--data <dir>]`: reads
 * last year's Word report (and memo) into `data/<year>/`, prints per measure what it found and
 * what to check, then what `validate` says. Every file is prepared before the first is written,
 * and an existing file is never overwritten (as `init`); a file that is no Word report stops
 * the command with a located message and exit 1, nothing written.
 *
 *     Imported 8 measures from last.docx into fiscal year 2568:
 *       created data/2568/measures/01-service-standards.yaml (5 steps, 0 sub-items, 6 outcomes)
 *       measure 3: 2 paragraphs without a bullet kept as outcomes, check them
 */
export async function runImport(args: ImportArgs, ctx: CliContext): Promise<number> {
  const year = args.year === undefined ? undefined : parseYear(args.year, ctx.lang);
  const dataDir = resolve(ctx.io.cwd, args.dataDir);
  const reportInput = await readInput(args.file, ctx);
  const memoInput = args.memo === undefined ? undefined : await readInput(args.memo, ctx);
  const report = read(reportInput);
  const memo = memoInput === undefined ? undefined : read(memoInput);
  let plan;
  try {
    plan = planImport({
      report,
      reportShown: reportInput.shown,
      ...(memo === undefined || memoInput === undefined ? {} : { memo, memoShown: memoInput.shown }),
      ...(year === undefined ? {} : { year }),
      dataDir,
      agencyExists: await exists(join(dataDir, "agency.yaml")),
      lang: ctx.lang,
    });
  } catch (error) {
    if (error instanceof ImportFailure) {
      const memoFailure = error.code === "import.memo-not-found" && memoInput !== undefined;
      throw asDataError(error, memoFailure ? memoInput.shown : reportInput.shown);
    }
    throw error;
  }
  if (plan === undefined) throw CliUsageError.of("import.no-year", {}, ctx.lang);

  // The year's files and the schemas their first-line comments point to (as `init` adds them),
  // all or nothing: a full or read-only disk leaves no partial import behind.
  const schemas = DATA_FILE_KINDS.map((kind) => ({
    path: join(dataDir, SCHEMA_DIR_NAME, schemaFileName(kind)),
    text: jsonSchemaText(kind),
  }));
  const written = await writeAllOrNothing(dataDir, plan.year, [...plan.files, ...schemas]).catch(
    (error: unknown) => {
      throw fileSystemError(error, ctx, "--data") ?? error;
    },
  );
  const created = new Map<string, boolean>(plan.files.map((file, i) => [file.path, written[i] === true]));

  const lines = [
    say(ctx, "import.summary", { file: reportInput.shown, count: plan.measures.length, year: plan.year }),
  ];
  const fileLine = (path: string, measure?: (typeof plan.measures)[number]): string => {
    const file = shownPath(path, ctx);
    if (created.get(path) !== true) return `  ${say(ctx, "import.kept", { file })}`;
    if (measure === undefined) return `  ${say(ctx, "import.created-file", { file })}`;
    return `  ${say(ctx, "import.created", { file, ...measure.counts })}`;
  };
  let notes = 0;
  for (const measure of plan.measures) {
    lines.push(fileLine(measure.path, measure));
    for (const note of measure.notes) {
      lines.push(`    ${say(ctx, "import.measure-note", { no: measure.no, note })}`);
      notes += 1;
    }
  }
  for (const file of plan.files) {
    if (!plan.measures.some((m) => m.path === file.path)) lines.push(fileLine(file.path));
  }
  for (const note of plan.memoNotes) {
    lines.push(`    ${say(ctx, "import.memo-note", { note })}`);
    notes += 1;
  }
  for (const column of plan.unknownColumns) lines.push(say(ctx, "import.unknown-column", { column }));
  if (plan.outside.length > 0) {
    const shown = plan.outside
      .slice(0, OUTSIDE_SHOWN)
      .map((t) => `"${t.length > OUTSIDE_CHARS ? `${t.slice(0, OUTSIDE_CHARS)}…` : t}"`);
    if (plan.outside.length > OUTSIDE_SHOWN) shown.push("…");
    lines.push(say(ctx, "import.outside", { count: plan.outside.length, texts: shown.join(", ") }));
  }
  for (const other of plan.otherTables) lines.push(say(ctx, "import.other-table", other));
  if (notes > 0) lines.push(say(ctx, "import.to-check", { count: notes }));
  lines.push("", say(ctx, "import.validate", { year: plan.year }));
  try {
    const data = await loadYear(dataDir, plan.year, { cwd: ctx.io.cwd, lang: ctx.lang });
    lines.push(`  ${say(ctx, "cli.valid", { dir: shownPath(join(dataDir, String(plan.year)), ctx) })}`);
    const done = data.measures.filter((m) => m.status === "done").length;
    lines.push(
      `  ${say(ctx, "cli.measures", { total: data.measures.length, done, notDone: data.measures.length - done })}`,
    );
    if (data.images.emblem === undefined)
      lines.push(`  ${noEmblemNote(ctx, dataDir).replace(/\n/g, "\n  ")}`);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    lines.push(`  ${say(ctx, "cli.problems", { count: error.issues.length })}`);
    for (const issue of error.issues) lines.push(`  ${formatIssue(issue).replace(/\n/g, "\n  ")}`);
  }
  ctx.io.stdout(`${lines.join("\n")}\n`);
  return EXIT.ok;
}
