import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, expect, test } from "vitest";
import { assertBuilt, removeWorkspace, runCli, workspace } from "./cli.js";

const COMMITTED = fileURLToPath(new URL("../../data/schema/", import.meta.url));
let dir: string;
beforeAll(assertBuilt);
afterEach(() => removeWorkspace(dir));

test("schema writes the three schemas into data/schema, as committed, then leaves them unchanged", async () => {
  dir = await workspace(false);
  const first = await runCli(["schema", "--lang", "en"], dir);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/^wrote {5}data\/schema\/agency\.schema\.json \(\d+\.\d kB\)$/m);
  expect(first.stdout).toMatch(/^wrote {5}data\/schema\/report\.schema\.json/m);
  expect(first.stdout).toMatch(/^wrote {5}data\/schema\/measure\.schema\.json/m);
  for (const name of await readdir(COMMITTED)) {
    expect(await readFile(join(dir, "data/schema", name), "utf8")).toBe(
      await readFile(join(COMMITTED, name), "utf8"),
    );
  }
  const second = await runCli(["schema", "--lang", "en"], dir);
  expect(second.code).toBe(0);
  expect(second.stdout).toBe(
    [
      "unchanged data/schema/agency.schema.json",
      "unchanged data/schema/report.schema.json",
      "unchanged data/schema/measure.schema.json",
      "",
    ].join("\n"),
  );
});

test("schema --out writes elsewhere; a stray argument is a usage error (exit 2)", async () => {
  dir = await workspace(false);
  expect((await runCli(["schema", "--out", "editor"], dir)).code).toBe(0);
  expect((await readdir(join(dir, "editor"))).sort()).toEqual([
    "agency.schema.json",
    "measure.schema.json",
    "report.schema.json",
  ]);
  const wrong = await runCli(["schema", "2568", "--lang", "en"], dir);
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toContain("too many arguments");
});
