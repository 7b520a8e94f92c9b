import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { basename, join } from "node:path";
import { buildAnnouncement } from "../document/build-announcement.js";
import { buildMemo } from "../document/build-memo.js";
import { buildReport } from "../document/build-report.js";
import type { Document } from "../document/nodes.js";
import { assertFontFiles } from "../fonts/sarabun-files.js";
import { DataError, type DataIssue } from "../errors.js";
import { IssueList } from "../load/issue-list.js";
import { loadYear } from "../load/load-year.js";
import { renderDocx } from "../render/docx/index.js";
import { keepShapedWords, renderPdf } from "../render/pdf/index.js";
import { readSetRecord, sha256, writeSet } from "./write-set.js";

export type OutputFormat = "pdf" | "docx";
export type DocumentKind = "memo" | "report" | "announcement";

export const ALL_FORMATS: readonly OutputFormat[] = ["pdf", "docx"];
export const ALL_DOCUMENTS: readonly DocumentKind[] = ["memo", "report", "announcement"];

export interface BuildOptions {
  /** The data folder holding agency.yaml and the year folders. */
  readonly dataDir: string;
  /** Fiscal year (B.E.); the newest year folder when absent. */
  readonly year?: number;
  /** Output folder; `<cwd>/out/<year>` when absent. */
  readonly outDir?: string;
  readonly formats?: readonly OutputFormat[];
  readonly documents?: readonly DocumentKind[];
  /** Called before each file is rendered, e.g. for a progress line. */
  readonly onProgress?: (progress: BuildProgress) => void;
}

export interface BuildProgress {
  /** Files rendered so far. */
  readonly done: number;
  readonly total: number;
  /** The file being rendered now. */
  readonly path: string;
}

export interface BuiltFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface PlannedBuild {
  readonly year: number;
  /** The load's notes: located, but not stopping the build. */
  readonly notes: readonly DataIssue[];
  readonly outDir: string;
  readonly files: readonly BuiltFile[];
  /** A memo was built without the Garuda emblem: agency.yaml names no `emblem` image. */
  readonly memoWithoutEmblem: boolean;
}

const BUILDERS: Record<DocumentKind, typeof buildMemo> = {
  memo: buildMemo,
  report: buildReport,
  announcement: buildAnnouncement,
};
const WRITERS: Record<OutputFormat, (doc: Document) => Promise<Uint8Array>> = {
  pdf: renderPdf,
  docx: renderDocx,
};

/**
 * Loads and validates the year, then renders every requested file in memory. Nothing is written
 * here, so a data error or a rendering failure leaves the output folder untouched.
 */
export async function planBuild(options: BuildOptions): Promise<PlannedBuild> {
  const data = await loadYear(options.dataDir, options.year);
  assertFontFiles();
  const year = data.report.fiscalYear;
  const outDir = options.outDir ?? join(process.cwd(), "out", String(year));
  const files: BuiltFile[] = [];
  // The announcement is built when report.yaml has one: asked for by default, skipped when absent.
  const hasAnnouncement = data.report.announcement !== undefined;
  if (!hasAnnouncement && options.documents?.includes("announcement") === true) {
    const issues = new IssueList();
    issues.add(
      join(options.dataDir, String(year), "report.yaml"),
      "announcement.missing",
      {},
      { path: ["announcement"] },
    );
    throw new DataError(issues.issues);
  }
  const documents = (options.documents ?? ALL_DOCUMENTS).filter(
    (kind) => kind !== "announcement" || hasAnnouncement,
  );
  const formats = options.formats ?? ALL_FORMATS;
  for (const kind of documents) {
    const doc = BUILDERS[kind](data);
    for (const format of formats) {
      const path = join(outDir, `${kind}.${format}`);
      options.onProgress?.({ done: files.length, total: documents.length * formats.length, path });
      files.push({ path, bytes: await WRITERS[format](doc) });
    }
  }
  keepShapedWords();
  const memoWithoutEmblem = documents.includes("memo") && data.images.emblem === undefined;
  return { year, outDir, files, memoWithoutEmblem, notes: data.notes ?? [] };
}

/** Builds and writes the set of files all or nothing (write-set.ts); returns what was written. */
export async function buildYear(options: BuildOptions): Promise<PlannedBuild> {
  const plan = await planBuild(options);
  await writeSet(plan.outDir, plan.files);
  return plan;
}

export interface StaleFile {
  readonly path: string;
  /** "mixed": the file is not the one the last build recorded, e.g. a build killed midway. */
  readonly reason: "missing" | "different" | "mixed";
}

/** An output file bigger than this is not read by --check: no document of ours comes near. */
const MAX_COMPARED_BYTES = 256 * 1024 * 1024;

/**
 * An output file's bytes; undefined when missing; "other" when it is not a regular file (a
 * FIFO or a device in its place would block or never end) or far too big to be ours.
 */
async function readOutput(path: string): Promise<Buffer | "other" | undefined> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_COMPARED_BYTES) return "other";
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Builds in memory and lists the files in the output folder that differ or are missing. */
export async function checkYear(options: BuildOptions): Promise<{ plan: PlannedBuild; stale: StaleFile[] }> {
  const plan = await planBuild(options);
  const record = await readSetRecord(plan.outDir);
  const stale: StaleFile[] = [];
  for (const file of plan.files) {
    const existing = await readOutput(file.path);
    const recorded = record?.[basename(file.path)];
    if (existing === undefined) stale.push({ path: file.path, reason: "missing" });
    else if (existing === "other") stale.push({ path: file.path, reason: "different" });
    else if (recorded !== undefined && sha256(existing) !== recorded)
      stale.push({ path: file.path, reason: "mixed" });
    else if (!existing.equals(file.bytes)) stale.push({ path: file.path, reason: "different" });
  }
  return { plan, stale };
}
