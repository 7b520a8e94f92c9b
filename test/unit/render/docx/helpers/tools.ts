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
 * The ECMA-376 schemas, in the shared/ folder beside the repository (CI copies shared/ next to
 * its fresh clone, so ../shared from the repository root).
 */
export function ooxmlSchema(): string {
  const dir = resolve(REPO_ROOT, "../shared/ooxml-schemas");
  const schema = resolve(dir, "microsoft/wml-2010.xsd");
  if (!existsSync(schema)) {
    throw new Error(
      `OOXML schemas not found at ${dir}: copy the shared folder (with ooxml-schemas/) beside the repository`,
    );
  }
  return schema;
}
