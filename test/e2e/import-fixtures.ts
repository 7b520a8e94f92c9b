import { cp, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { type CliResult, runCli } from "./cli.js";

/** The Word files the import tests read (made by the scripts beside them). */
export const IMPORT_FIXTURES = fileURLToPath(new URL("../fixtures/import/", import.meta.url));

/**
 * Copies fixtures into `dir` under the names the command line uses (`{ "last.docx":
 * "word-autonumbering.docx" }`), then runs `ita-report import <args> --lang en` there.
 */
export async function importCopies(
  dir: string,
  copies: Readonly<Record<string, string>>,
  args: readonly string[],
): Promise<CliResult> {
  for (const [as, fixture] of Object.entries(copies)) await cp(join(IMPORT_FIXTURES, fixture), join(dir, as));
  return runCli(["import", ...args, "--lang", "en"], dir);
}

/** A YAML file the import wrote, parsed. */
export const yamlOf = async (path: string): Promise<unknown> => parse(await readFile(path, "utf8"));
