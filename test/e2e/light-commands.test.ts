import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { assertBuilt, BIN, cleanEnv, removeWorkspace, workspace } from "./cli.js";

const REGISTER = fileURLToPath(new URL("../fixtures/module-log/register.mjs", import.meta.url));
/** The PDF and DOCX stack: what only `build` (and `import`, for DOCX reading) needs. */
const HEAVY = [
  /\/node_modules\/pdfmake\//u,
  /\/node_modules\/docx\//u,
  /\/dist\/render\//u,
  /\/dist\/build\/build-year\.js$/u,
];

/** Runs the CLI with every module it resolves logged; returns its exit code and the modules. */
function modulesOf(
  args: readonly string[],
  cwd: string,
  log: string,
): Promise<{ code: number | null; modules: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", REGISTER, BIN, ...args], {
      cwd,
      env: cleanEnv({ MODULE_LOG: log }),
      stdio: "ignore",
    });
    child.on("error", reject);
    child.on("close", (code) => {
      readFile(log, "utf8").then(
        (text) => resolve({ code, modules: text.split("\n").filter(Boolean) }),
        reject,
      );
    });
  });
}

describe("commands that write no document load neither the PDF nor the DOCX stack", () => {
  let dir: string;
  beforeAll(async () => {
    await assertBuilt();
    dir = await workspace(true);
  });
  afterAll(() => removeWorkspace(dir));

  test.each([
    ["--help", ["--help"]],
    ["help build", ["help", "build"]],
    ["validate", ["validate", "2568"]],
    ["schema", ["schema", "--out", "schema-out"]],
    ["init", ["init", "2569", "--data", "fresh-data"]],
  ])("%s", async (name, args) => {
    const { code, modules } = await modulesOf(
      args,
      dir,
      join(dir, `modules-${name.replace(/\W/gu, "-")}.log`),
    );
    expect(code).toBe(0);
    expect(modules.some((m) => m.endsWith("/dist/cli/main.js"))).toBe(true);
    expect(modules.filter((m) => HEAVY.some((re) => re.test(m)))).toEqual([]);
  });

  test("build does load them (the log sees the stack)", async () => {
    const { code, modules } = await modulesOf(
      ["build", "2568", "--out", "out"],
      dir,
      join(dir, "modules-build.log"),
    );
    expect(code).toBe(0);
    for (const re of HEAVY)
      expect(
        modules.some((m) => re.test(m)),
        String(re),
      ).toBe(true);
  });
});
