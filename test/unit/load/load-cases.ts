import { DataError } from "../../../src/errors.js";
import type { Lang } from "../../../src/i18n/lang.js";
import { loadYear } from "../../../src/load/load-year.js";
import { makeDataDir } from "./make-data-dir.js";

/** An issue as one line: `file:line:col path: message | hint`. */
export function issueLine(issue: DataError["issues"][number]): string {
  const at = issue.line === undefined ? "" : `:${issue.line}:${issue.col}`;
  const path = issue.path === "" ? "" : ` ${issue.path}`;
  return `${issue.file}${at}${path}: ${issue.message}${issue.hint === undefined ? "" : ` | ${issue.hint}`}`;
}

/** Loads a copy of the valid fixture with some files changed; returns the issues as lines. */
export async function issuesOf(
  changes: Readonly<Record<string, string | Uint8Array | null>>,
  lang: Lang,
  /** null: no year given, the newest is taken. */
  year: number | null = 2568,
): Promise<string[]> {
  const cwd = await makeDataDir(changes);
  try {
    await loadYear("data", year ?? undefined, { cwd, lang });
  } catch (error) {
    if (error instanceof DataError) return error.issues.map(issueLine);
    throw error;
  }
  throw new Error("the data loaded without a DataError");
}
