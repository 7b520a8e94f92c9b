import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Installed Node binaries are kept here between runs (node_modules is git-ignored). */
const CACHE = join(ROOT, "node_modules", ".cache", "ita-report-test-nodes");

/** `node --version` of a binary, e.g. "v22.23.3". */
export async function nodeVersion(binary: string): Promise<string> {
  return (await run(binary, ["--version"])).stdout.trim();
}

/**
 * A Node binary of release line `major`, from the npm registry's `node` package (which downloads
 * the official build for this platform), installed once into node_modules/.cache. Used to run
 * the CLI on the supported Node lines the machine does not have.
 */
export async function registryNode(major: number): Promise<string> {
  const prefix = join(CACHE, String(major));
  const binary = join(prefix, "node_modules", "node", "bin", "node");
  if (existsSync(binary) && (await nodeVersion(binary)).startsWith(`v${major}.`)) return binary;
  await run(
    "npm",
    [
      "install",
      "--prefix",
      prefix,
      "--no-audit",
      "--no-fund",
      "--no-save",
      "--prefer-offline",
      `node@${major}`,
    ],
    { cwd: ROOT },
  );
  return binary;
}
