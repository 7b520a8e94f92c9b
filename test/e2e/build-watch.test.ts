import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { assertBuilt, BIN, cleanEnv, pdfText, removeWorkspace, workspace } from "./cli.js";

const WAIT_MS = 60_000;

/** A `build --watch` process and everything it has printed so far. */
class Watcher {
  stdout = "";
  stderr = "";
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcessWithoutNullStreams;

  constructor(cwd: string, args: readonly string[]) {
    this.child = spawn(process.execPath, [BIN, "build", "--watch", ...args], { cwd, env: cleanEnv() });
    this.child.stdout.on("data", (d: Buffer) => (this.stdout += d.toString("utf8")));
    this.child.stderr.on("data", (d: Buffer) => (this.stderr += d.toString("utf8")));
    this.exited = new Promise((resolve) => this.child.on("close", (code) => resolve(code)));
  }

  /** Resolves once `ready()` holds, polling what was printed; fails after WAIT_MS. */
  async until(what: string, ready: () => boolean): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    while (!ready()) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}\n${this.stdout}\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  builds(): number {
    return this.stdout.split("\n").filter((l) => /^Built 1 file in/.test(l)).length;
  }

  stop(): Promise<number | null> {
    this.child.kill("SIGINT");
    return this.exited;
  }
}

describe("ita-report build --watch", () => {
  let dir: string;
  let watcher: Watcher;
  beforeAll(async () => {
    await assertBuilt();
    dir = await workspace(true);
    watcher = new Watcher(dir, ["--only", "memo", "--format", "pdf", "--lang", "en"]);
  });
  afterAll(async () => {
    await watcher.stop();
    await removeWorkspace(dir);
  });
  const report = (): string => join(dir, "data/2568/report.yaml");
  const memo = (): string => join(dir, "out/2568/memo.pdf");

  test("builds at once, then says it is watching the data folder", async () => {
    await watcher.until("the first build", () => watcher.stdout.includes("Watching data for changes"));
    expect(watcher.builds()).toBe(1);
    expect(watcher.stdout).toMatch(/^out\/2568\/memo\.pdf +\d+\.\d kB$/m);
  });

  test("builds again when a data file changes, with the change in the new PDF", async () => {
    const text = await readFile(report(), "utf8");
    await writeFile(report(), text.replace(/^( {2}subject: .*)$/m, "$1 WATCHED"));
    await watcher.until("the second build", () => watcher.builds() === 2);
    expect(watcher.stdout).toContain("data/2568/report.yaml changed: building again");
    expect(await pdfText(memo())).toContain("WATCHED");
  });

  test("prints a data error, keeps the last good PDF, and keeps watching", async () => {
    const good = await readFile(memo());
    const text = await readFile(report(), "utf8");
    await writeFile(report(), text.replace("  subject:", "  subjet: x\n  subject:"));
    await watcher.until("the error", () => watcher.stderr.includes("Fix the data and save"));
    expect(watcher.stderr).toMatch(
      /^data\/2568\/report\.yaml:\d+:\d+ memo\.subjet: unknown field "subjet"$/m,
    );
    expect((await readFile(memo())).equals(good)).toBe(true);
    await writeFile(report(), text.replace(" WATCHED", " FIXED"));
    await watcher.until("the build after the fix", () => watcher.builds() === 3);
    expect(await pdfText(memo())).toContain("FIXED");
  });

  test("ends with exit code 0 on Ctrl+C", async () => {
    expect(await watcher.stop()).toBe(0);
  });
});
