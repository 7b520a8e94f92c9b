/**
 * External tools for the DOCX tests. A missing tool fails the test with what to do: a test that
 * silently skips is not a pass.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));

export function requireTool(command: string): void {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
  } catch {
    throw new Error(`${command} is not installed: run scripts/ensure-test-tools.sh (as root)`);
  }
}

/**
 * The ECMA-376 / ISO/IEC 29500 schemas (transitional, with Microsoft's extensions and markup
 * compatibility), vendored under test/fixtures so that the README's test command works on any
 * fresh clone, not only beside the project's shared/ folder they were copied from.
 */
export function ooxmlSchema(): string {
  const dir = resolve(REPO_ROOT, "test/fixtures/ooxml-schemas");
  const schema = resolve(dir, "microsoft/wml-2010.xsd");
  if (!existsSync(schema)) {
    throw new Error(`OOXML schemas not found at ${dir}: the repository is incomplete`);
  }
  return schema;
}
