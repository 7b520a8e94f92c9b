import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { assertBuilt, BIN, type CliResult, removeWorkspace, runCli, workspace } from "./cli.js";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Runs an executable (the installed `ita-report`, or node with a script) to its end in `cwd`. */
const runBin = (file: string, args: readonly string[], cwd: string): Promise<CliResult> =>
  runCli(args, cwd, [file, ...args]);

/**
 * The package as an agency gets it: `npm pack` (what `npm publish` would upload), installed
 * globally into a temporary prefix as `npm install --global ita-report` does (dependencies from
 * npm's cache when they are there), then run from a folder that is not the repository.
 */
describe("the npm pack tarball, installed into a temporary prefix", () => {
  let tmp: string;
  let installed: string;
  let here: string;
  let elsewhere: string;

  beforeAll(async () => {
    await assertBuilt();
    tmp = await mkdtemp(join(tmpdir(), "ita-pack-"));
    // dist/ is built already (assertBuilt): no prepare script, so the pack is quick.
    const { stdout } = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", tmp], {
      cwd: ROOT,
    });
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
    const prefix = join(tmp, "prefix");
    await run(
      "npm",
      [
        "install",
        "--global",
        "--prefix",
        prefix,
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        join(tmp, filename),
      ],
      { cwd: tmp },
    );
    installed = join(prefix, "bin", "ita-report");
    here = await workspace(true);
    elsewhere = await workspace(true);
    const repoBuild = await runBin(process.execPath, [BIN, "build", "2568", "--out", "out"], here);
    expect(repoBuild.code).toBe(0);
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
    await removeWorkspace(here);
    await removeWorkspace(elsewhere);
  });

  test("builds 2568 from another folder, byte for byte as the repository's own build", async () => {
    const built = await runBin(installed, ["build", "2568", "--out", "out"], elsewhere);
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    // Every file the build writes (memo, report, announcement; PDF and DOCX), the same names.
    const files = (await readdir(join(here, "out"))).sort();
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect((await readdir(join(elsewhere, "out"))).sort()).toEqual(files);
    for (const file of files) {
      const mine = await readFile(join(here, "out", file));
      const theirs = await readFile(join(elsewhere, "out", file));
      expect(theirs.equals(mine), `${file} differs in the installed copy`).toBe(true);
    }
  });

  test("ships the licenses and answers help with exit 0", async () => {
    const pkg = join(installed, "..", "..", "lib", "node_modules", "ita-report");
    expect(await readFile(join(pkg, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    expect(await readFile(join(pkg, "fonts", "OFL.txt"), "utf8")).toContain("SIL Open Font License");
    const help = await runBin(installed, ["help"], elsewhere);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: ita-report/);
  });

  test("refuses, as a broken installation (exit 70), a fontkit other than the one the Thai fixes were made for", async () => {
    const fontkitPkg = join(
      installed,
      "..",
      "..",
      "lib",
      "node_modules",
      "ita-report",
      "node_modules",
      "fontkit",
      "package.json",
    );
    const original = await readFile(fontkitPkg, "utf8");
    const manifest = JSON.parse(original) as { version: string };
    expect(manifest.version).toBe("2.0.4");
    await writeFile(fontkitPkg, JSON.stringify({ ...manifest, version: "2.0.5" }));
    try {
      const built = await runBin(
        installed,
        ["build", "2568", "--out", "out-forced", "--lang", "en"],
        elsewhere,
      );
      expect(built.code).toBe(70);
      expect(built.stderr).toMatch(
        /^ita-report's installation is broken: unsupported PDF engine versions: fontkit 2\.0\.5 \(expected 2\.0\.4\)/,
      );
    } finally {
      await writeFile(fontkitPkg, original);
    }
  });
});
