import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DataError } from "../errors.js";
import { FISCAL_YEAR_MAX_BE, FISCAL_YEAR_MIN_BE } from "../model/report.js";
import { toArabicDigits } from "../thai/numerals.js";
import { IssueList, type LoadOptions } from "./issue-list.js";

/** A fiscal-year folder is named by its four-digit B.E. year, e.g. `2568`. */
const YEAR_FOLDER = /^\d{4}$/;
/** Names made of digits only, Arabic or Thai: meant as a year folder when not one. */
const DIGITS = /^[0-9๐-๙]+$/;

const isYearFolder = (name: string): boolean =>
  YEAR_FOLDER.test(name) && Number(name) >= FISCAL_YEAR_MIN_BE && Number(name) <= FISCAL_YEAR_MAX_BE;

/**
 * Folders of the data folder named with digits that are not a year folder (Thai digits, three
 * or five digits, 0000, a C.E. year): each with the name it should have, when there is one.
 */
export async function misnamedYearFolders(dataDir: string): Promise<{ name: string; suggestion?: string }[]> {
  const entries = await readdir(dataDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && DIGITS.test(e.name) && !isYearFolder(e.name))
    .map((e) => {
      const arabic = toArabicDigits(e.name);
      return isYearFolder(arabic) ? { name: e.name, suggestion: arabic } : { name: e.name };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Whether an entry is a folder, links followed: a year folder that is a link is taken like any
 * other, and its files are then refused one by one when the link leads outside the data folder.
 */
const isFolder = async (dir: string, entry: Dirent): Promise<boolean> =>
  entry.isDirectory() ||
  (entry.isSymbolicLink() &&
    (await stat(join(dir, entry.name)).then(
      (s) => s.isDirectory(),
      () => false,
    )));

/** The fiscal years that have a folder in the data folder, oldest first. */
export async function listYears(dataDir: string, options: LoadOptions = {}): Promise<number[]> {
  const dir = resolve(options.cwd ?? process.cwd(), dataDir);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    const issues = new IssueList(options);
    issues.add(dir, "dir.not-found", { dir: issues.shown(dir) });
    throw new DataError(issues.issues);
  }
  const years: number[] = [];
  for (const entry of entries) {
    if (isYearFolder(entry.name) && (await isFolder(dir, entry))) years.push(Number(entry.name));
  }
  return years.sort((a, b) => a - b);
}
