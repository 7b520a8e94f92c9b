import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { nodeVersion, registryNode } from "../helpers/registry-node.js";
import { assertBuilt, BIN, cleanEnv, removeWorkspace, workspace } from "./cli.js";

/** The release lines package.json's engines promise besides the one running the tests. */
const OTHER_LINES = [22, 24] as const;

function runWith(
  node: string,
  args: readonly string[],
  cwd: string,
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [BIN, ...args], { cwd, env: cleanEnv(extraEnv) });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout }));
  });
}

describe("the other supported Node release lines (installed from the npm registry's node package)", () => {
  let dir: string;
  beforeAll(async () => {
    await assertBuilt();
    dir = await workspace(true);
    expect((await runWith(process.execPath, ["build", "2568", "--out", "out/here"], dir)).code).toBe(0);
  });
  afterAll(() => removeWorkspace(dir));

  test.each(OTHER_LINES)(
    "Node %i builds 2568 byte for byte as the Node running the tests does",
    async (major) => {
      const node = await registryNode(major);
      expect(await nodeVersion(node)).toMatch(new RegExp(`^v${major}\\.`));
      const help = await runWith(node, ["help", "build"], dir);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Usage: ita-report build/);
      // The bin turns on Node's compile cache (Node 22.1+), in the temporary folder.
      const tmp = join(dir, `tmp-node${major}`);
      await mkdir(tmp);
      const built = await runWith(node, ["build", "2568", "--out", `out/node${major}`], dir, { TMPDIR: tmp });
      expect(built.code).toBe(0);
      expect(existsSync(join(tmp, "node-compile-cache"))).toBe(true);
      // Every file the build writes (memo, report, announcement; PDF and DOCX), the same names.
      const files = (await readdir(join(dir, "out/here"))).sort();
      expect(files.length).toBeGreaterThanOrEqual(4);
      expect((await readdir(join(dir, `out/node${major}`))).sort()).toEqual(files);
      for (const file of files) {
        const mine = await readFile(join(dir, "out/here", file));
        const theirs = await readFile(join(dir, `out/node${major}`, file));
        expect(theirs.equals(mine), `${file} differs under Node ${major}`).toBe(true);
      }
    },
  );
});
