import { join, resolve } from "node:path";
import {
  ALL_DOCUMENTS,
  ALL_FORMATS,
  type BuildOptions,
  buildYear,
  checkYear,
  type DocumentKind,
  type OutputFormat,
} from "../../build/build-year.js";
import { renderMessage } from "../../i18n/catalog.js";
import { listYears } from "../../load/list-years.js";
import { type CliContext, say } from "../context.js";
import { noEmblemNote } from "../no-emblem-note.js";
import { fileSystemError } from "../file-system-error.js";
import { printNotes } from "../print-notes.js";
import { shownPath } from "../shown-path.js";
import { EXIT } from "../exit-codes.js";
import { parseYear } from "../parse-year.js";
import { CAPPED_BUILD_MIN_MEASURES, HEAP_CAP_MB, heapAlreadySized, measureFileCount } from "../heap-cap.js";
import { CliUsageError } from "../usage-error.js";
import { formatSize } from "./format-size.js";
import { progressLine } from "./progress-line.js";

export interface BuildArgs {
  readonly year: string | undefined;
  readonly dataDir: string;
  readonly outDir: string | undefined;
  readonly format: string | undefined;
  readonly only: string | undefined;
  readonly check: boolean;
  readonly watch: boolean;
}

/** The command line's options, checked, as the build API takes them. */
export interface ResolvedBuild extends BuildOptions {
  readonly dataDir: string;
  /** Leaves out the notes already printed once (the rebuilds of --watch). */
  readonly quietNotes?: boolean;
}

function parseFormats(text: string, ctx: CliContext): OutputFormat[] {
  const formats = text.split(",").map((f) => f.trim().toLowerCase());
  for (const f of formats) {
    if (!(ALL_FORMATS as readonly string[]).includes(f))
      throw CliUsageError.of("build.bad-format", { value: f }, ctx.lang);
  }
  // In the canonical order, once each: the files are listed the same way however they were asked.
  return ALL_FORMATS.filter((f) => formats.includes(f));
}

function parseOnly(text: string, ctx: CliContext): DocumentKind[] {
  const kind = text.trim().toLowerCase();
  if (!(ALL_DOCUMENTS as readonly string[]).includes(kind))
    throw CliUsageError.of("build.bad-only", { value: text }, ctx.lang);
  return [kind as DocumentKind];
}

/**
 * Resolves the paths against the working directory of the CLI, and the default output folder
 * `out/<year>` against the year that will be built (the newest when none is given).
 */
export async function resolveBuild(args: BuildArgs, ctx: CliContext): Promise<ResolvedBuild> {
  const year = args.year === undefined ? undefined : parseYear(args.year, ctx.lang);
  const formats = args.format === undefined ? undefined : parseFormats(args.format, ctx);
  const documents = args.only === undefined ? undefined : parseOnly(args.only, ctx);
  if (args.check && args.watch) throw CliUsageError.of("build.check-watch", {}, ctx.lang);
  const dataDir = resolve(ctx.io.cwd, args.dataDir);
  const shownYear = year ?? (await listYears(dataDir, { cwd: ctx.io.cwd, lang: ctx.lang })).at(-1);
  const out = args.outDir ?? (shownYear === undefined ? undefined : join("out", String(shownYear)));
  return {
    dataDir,
    ...(year === undefined ? {} : { year }),
    ...(out === undefined ? {} : { outDir: resolve(ctx.io.cwd, out) }),
    ...(formats === undefined ? {} : { formats }),
    ...(documents === undefined ? {} : { documents }),
  };
}

export { shownPath };

/** A year big enough to be built with a capped heap (heap-cap.ts), unless the heap is already sized. */
/** The year to build when it holds enough measures to be built with a capped heap. */
async function largeYear(options: ResolvedBuild, ctx: CliContext): Promise<number | undefined> {
  if (heapAlreadySized(ctx.io.env)) return undefined;
  const year = options.year ?? (await listYears(options.dataDir, { cwd: ctx.io.cwd, lang: ctx.lang })).at(-1);
  if (year === undefined) return undefined;
  return (await measureFileCount(options.dataDir, year)) > CAPPED_BUILD_MIN_MEASURES ? year : undefined;
}

/**
 * Builds once and prints each file written with its size, then the total time:
 *
 *     out/2568/memo.pdf      152.3 kB
 *     out/2568/memo.docx      48.0 kB
 *     Built 2 files in 2.4 s
 */
export async function buildOnce(options: ResolvedBuild, ctx: CliContext): Promise<number> {
  const started = performance.now();
  const progress = progressLine(ctx.io.stderr, ctx.io.stderrIsTTY === true);
  const plan = await buildYear({
    ...options,
    onProgress: (p) =>
      progress.update(
        say(ctx, "build.progress", { done: p.done + 1, total: p.total, file: shownPath(p.path, ctx) }),
      ),
  })
    .catch((error: unknown) => {
      throw fileSystemError(error, ctx, "--out") ?? error;
    })
    .finally(() => progress.done());
  printNotes(plan.notes, ctx);
  const rows = plan.files.map((f) => [shownPath(f.path, ctx), formatSize(f.bytes.length)] as const);
  const width = Math.max(...rows.map(([p]) => p.length));
  const sizeWidth = Math.max(...rows.map(([, s]) => s.length));
  const lines = rows.map(([p, s]) => `${p.padEnd(width)}  ${s.padStart(sizeWidth)}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  lines.push(say(ctx, "build.done", { count: plan.files.length, seconds }));
  if (plan.memoWithoutEmblem && options.quietNotes !== true) lines.push(noEmblemNote(ctx, options.dataDir));
  ctx.io.stdout(`${lines.join("\n")}\n`);
  return EXIT.ok;
}

/**
 * `build --check`: renders in memory, writes nothing, and lists the files of the output folder
 * that are missing or differ from what the data gives now (exit 1), for CI on pull requests.
 */
export async function checkOnce(options: ResolvedBuild, ctx: CliContext): Promise<number> {
  const { plan, stale } = await checkYear(options);
  const dir = shownPath(plan.outDir, ctx);
  if (stale.length === 0) {
    ctx.io.stdout(`${say(ctx, "build.up-to-date", { dir, count: plan.files.length })}\n`);
    return EXIT.ok;
  }
  const head = renderMessage("build.stale", { dir, count: stale.length, year: plan.year }, ctx.lang);
  const codes = {
    missing: "build.stale-missing",
    different: "build.stale-different",
    mixed: "build.stale-mixed",
  } as const;
  const lines = stale.map((s) => say(ctx, codes[s.reason], { file: shownPath(s.path, ctx) }));
  ctx.io.stderr(`${head.message}\n${lines.map((l) => `  ${l}`).join("\n")}\n  ${head.hint ?? ""}\n`);
  return EXIT.data;
}

/** `ita-report build [year] [--data] [--out] [--format] [--only] [--check | --watch]`. */
export async function runBuild(args: BuildArgs, ctx: CliContext): Promise<number> {
  const options = await resolveBuild(args, ctx);
  // A long-running --watch keeps this process (a relaunch per change would cost more than the cap saves).
  const relaunch = ctx.io.relaunchWithCappedHeap;
  const large = !args.watch && relaunch !== undefined ? await largeYear(options, ctx) : undefined;
  if (relaunch !== undefined && large !== undefined) {
    const run = await relaunch();
    if (run?.outOfMemory === true) {
      // V8's report (two stack traces) was held back: say what it means and what to do.
      const { message, hint } = renderMessage(
        "build.out-of-memory",
        { year: large, capMb: HEAP_CAP_MB },
        ctx.lang,
      );
      ctx.io.stderr(`${message}\n  ${hint ?? ""}\n`);
      return EXIT.data;
    }
    if (run !== undefined) return run.code;
  }
  if (args.check) return checkOnce(options, ctx);
  if (args.watch) {
    const { watchBuild } = await import("./build-watch.js");
    return watchBuild(options, ctx);
  }
  return buildOnce(options, ctx);
}
