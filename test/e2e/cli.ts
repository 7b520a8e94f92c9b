import { execFile, spawn } from "node:child_process";
import { cp, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/** The installed entry point, run as a user runs it: `node bin/ita-report.js …`. */
export const BIN = fileURLToPath(new URL("../../bin/ita-report.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SEED_DATA = join(ROOT, "data");

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment of a user with no locale preference: messages are Thai unless `--lang en` is
 * given. The parent's LANG/LC_* would otherwise decide the language of the output under test.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of ["LANG", "LC_ALL", "LC_MESSAGES"]) if (!(key in extra)) delete env[key];
  return env;
}

/**
 * Runs the CLI to its end in `cwd` and collects what it printed. `command` replaces the usual
 * `node bin/ita-report.js` (e.g. to run it under `script` on a pseudo-terminal).
 */
export function runCli(
  args: readonly string[],
  cwd: string,
  command?: readonly string[],
): Promise<CliResult> {
  const [file, ...rest] = command ?? [process.execPath, BIN, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(file ?? process.execPath, rest, { cwd, env: cleanEnv() });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh working folder; with `seed`, holding a copy of the bundled data/ (the 2568 report). */
export async function workspace(seed: boolean): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ita-e2e-"));
  if (seed) await cp(SEED_DATA, join(dir, "data"), { recursive: true });
  return dir;
}

export const removeWorkspace = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });

/** The text of a PDF as poppler extracts it, to check that a real document was written. */
export async function pdfText(path: string): Promise<string> {
  const { stdout } = await promisify(execFile)("pdftotext", ["-layout", path, "-"], { maxBuffer: 1 << 26 });
  return stdout;
}

/**
 * Fails fast with a clear message when the CLI was not compiled (`npm test` compiles it first;
 * after editing src/, run `npm run build` before `vitest run test/e2e`).
 */
export async function assertBuilt(): Promise<void> {
  for (const file of ["dist/bundle/main.js", "dist/bundle/meta.json", "dist/cli/main.js"]) {
    if (!(await stat(join(ROOT, file)).catch(() => undefined))) {
      throw new Error(`${file} is missing: run \`npm run build\` first (npm test does)`);
    }
  }
}
