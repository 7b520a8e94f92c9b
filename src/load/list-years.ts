import { readdir } from "node:fs/promises";
import { resolve } from "node:path";
import { DataError } from "../errors.js";
import { IssueList, type LoadOptions } from "./issue-list.js";

/** A fiscal-year folder is named by its four-digit B.E. year, e.g. `2568`. */
const YEAR_FOLDER = /^\d{4}$/;

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
  return entries
    .filter((e) => e.isDirectory() && YEAR_FOLDER.test(e.name))
    .map((e) => Number(e.name))
    .sort((a, b) => a - b);
}
