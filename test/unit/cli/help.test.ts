import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const cwd = mkdtempSync(join(tmpdir(), "ita-help-"));

describe("help", () => {
  it("`help` prints the program's help on stdout and exits 0", async () => {
    const run = await runCli(["help", "--lang", "en"], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: ita-report \[options\] \[command\]/);
    expect(run.stdout).toContain("build [options] [year]");
    expect(run.stderr).toBe("");
  });

  it("`help build` prints the build command's help on stdout and exits 0", async () => {
    const run = await runCli(["help", "build"], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: ita-report build \[options\] \[year\]/);
    expect(run.stdout).toContain("--format <formats>");
    expect(run.stderr).toBe("");
  });

  it("`--help` and `build --help` exit 0 too", async () => {
    expect((await runCli(["--help"], cwd)).code).toBe(0);
    expect((await runCli(["build", "--help"], cwd)).code).toBe(0);
  });

  it("no command at all is a usage error: help on stderr, exit 2", async () => {
    const run = await runCli([], cwd);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^Usage: ita-report/);
  });

  it("help for a command that does not exist is a usage error (exit 2)", async () => {
    const run = await runCli(["help", "publish"], cwd);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
  });
});
