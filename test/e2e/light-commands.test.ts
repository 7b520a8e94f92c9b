import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { assertBuilt, BIN, cleanEnv, removeWorkspace, workspace } from "./cli.js";

const REGISTER = fileURLToPath(new URL("../fixtures/module-log/register.mjs", import.meta.url));
const BUNDLE = fileURLToPath(new URL("../../dist/bundle/", import.meta.url));

/**
 * The bundle's chunks that hold any of the given compiled sources, by esbuild's metafile
 * (scripts/bundle.mjs): the CLI runs dist/bundle/, where sources are no longer files of their own.
 */
async function chunksHolding(source: RegExp): Promise<RegExp[]> {
  const meta = JSON.parse(await readFile(join(BUNDLE, "meta.json"), "utf8")) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  return Object.entries(meta.outputs)
    .filter(([out, o]) => out.endsWith(".js") && Object.keys(o.inputs).some((input) => source.test(input)))
    .map(([out]) => new RegExp(`/dist/bundle/${basename(out).replace(/\./gu, "\\.")}$`, "u"));
}

/** The PDF and DOCX stack: what only `build` (and `import`, for DOCX reading) needs. */
let HEAVY: RegExp[] = [];

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
    const writers = await chunksHolding(/^dist\/(render\/|build\/build-year\.js$)/u);
    expect(writers.length).toBeGreaterThan(0);
    HEAVY = [/\/node_modules\/pdfmake\//u, /\/node_modules\/docx\//u, ...writers];
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
    expect(modules.some((m) => m.endsWith("/dist/bundle/main.js"))).toBe(true);
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
