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
  return (await issuesIn(await makeDataDir(changes), { lang, year })).issues;
}

/**
 * The issues of a load of the data folder in `cwd` that must fail, as lines, and how long the
 * load took (the hostile-input tests bound it).
 */
export async function issuesIn(
  cwd: string,
  { lang = "en", year = 2568 }: { readonly lang?: Lang; readonly year?: number | null } = {},
): Promise<{ issues: string[]; ms: number }> {
  const started = performance.now();
  try {
    await loadYear("data", year ?? undefined, { cwd, lang });
  } catch (error) {
    if (error instanceof DataError)
      return { issues: error.issues.map(issueLine), ms: performance.now() - started };
    throw error;
  }
  throw new Error("the data loaded without a DataError");
}
