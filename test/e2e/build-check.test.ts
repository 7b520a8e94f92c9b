import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { assertBuilt, removeWorkspace, runCli, workspace } from "./cli.js";

/** `build --check` as CI runs it on a pull request; the steps build on each other, in order. */
describe("ita-report build --check", () => {
  let dir: string;
  beforeAll(async () => {
    await assertBuilt();
    dir = await workspace(true);
  });
  afterAll(() => removeWorkspace(dir));

  test("before any build: exits 1 naming every missing file, and writes nothing", async () => {
    const result = await runCli(["build", "--check", "--lang", "en"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("6 files of out/2568 do not match the data:");
    for (const file of [
      "memo.pdf",
      "memo.docx",
      "report.pdf",
      "report.docx",
      "announcement.pdf",
      "announcement.docx",
    ]) {
      expect(result.stderr).toContain(`  out/2568/${file}: missing`);
    }
    expect(result.stderr).toContain("build them again with: ita-report build 2568");
    expect(await readdir(dir)).toEqual(["data"]);
  });

  test("after a build: exits 0, the output is up to date", async () => {
    expect((await runCli(["build"], dir)).code).toBe(0);
    const result = await runCli(["build", "--check", "--lang", "en"], dir);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("out/2568 is up to date (6 files)\n");
    expect(result.code).toBe(0);
  });

  test("after a change to a measure: exits 1 naming the report and announcement files, not the memo", async () => {
    const measure = join(dir, "data/2568/measures/01-service-standards.yaml");
    const text = await readFile(measure, "utf8");
    await writeFile(measure, text.replace("  - สำนักปลัด\n", "  - สำนักปลัด\n  - กองสาธารณสุข\n"));
    const result = await runCli(["build", "--check", "--lang", "en"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("4 files of out/2568 do not match the data:");
    expect(result.stderr).toContain("  out/2568/report.pdf: out of date");
    expect(result.stderr).toContain("  out/2568/report.docx: out of date");
    // The plan table attached to the announcement holds the measure's responsible units too.
    expect(result.stderr).toContain("  out/2568/announcement.pdf: out of date");
    expect(result.stderr).not.toContain("memo");
  });

  test("in Thai, the same report", async () => {
    const result = await runCli(["build", "--check"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("ไฟล์ใน out/2568 ไม่ตรงกับข้อมูลปัจจุบัน 4 ไฟล์:");
    expect(result.stderr).toContain("  out/2568/report.pdf: ไม่ตรงกับข้อมูลปัจจุบัน");
  });

  test("after building again: exits 0", async () => {
    expect((await runCli(["build"], dir)).code).toBe(0);
    const result = await runCli(["build", "--check", "--lang", "en"], dir);
    expect(result.code).toBe(0);
  });

  test("with a data error: exits 1 with the located problem", async () => {
    const report = join(dir, "data/2568/report.yaml");
    const text = await readFile(report, "utf8");
    await writeFile(report, text.replace("fiscalYear: 2568", "fiscalYear: 2568\nfiscalyear: 2568"));
    const result = await runCli(["build", "--check", "--lang", "en"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^data\/2568\/report\.yaml:\d+:\d+ fiscalyear: unknown field "fiscalyear"/m,
    );
  });
});
