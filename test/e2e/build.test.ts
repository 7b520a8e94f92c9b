import { existsSync } from "node:fs";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { assertBuilt, BIN, pdfText, removeWorkspace, runCli, workspace } from "./cli.js";

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SIZE_LINE = (file: string): RegExp =>
  new RegExp(`^${file.replaceAll(".", "\\.")} +\\d+(\\.\\d)? (B|kB|MB)$`, "m");

describe("ita-report build", () => {
  let dir: string;
  beforeAll(async () => {
    await assertBuilt();
    dir = await workspace(true);
  });
  afterAll(() => removeWorkspace(dir));

  test("builds the newest year into out/<year>, listing each file with its size and the time (exit 0)", async () => {
    const result = await runCli(["build", "--lang", "en"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const files = [
      "memo.pdf",
      "memo.docx",
      "report.pdf",
      "report.docx",
      "announcement.pdf",
      "announcement.docx",
    ];
    for (const file of files) {
      expect(result.stdout).toMatch(SIZE_LINE(`out/2568/${file}`));
      expect((await stat(join(dir, "out/2568", file))).size).toBeGreaterThan(1000);
    }
    expect(result.stdout).toMatch(/^Built 6 files in \d+\.\d s$/m);
    // Real documents: the memo's PDF carries its Thai text, the DOCX files are ZIP packages.
    const memo = await pdfText(join(dir, "out/2568/memo.pdf"));
    expect(memo).toContain("บันทึกข้อความ");
    expect(memo).toContain("๒๕๖๘");
    expect((await readFile(join(dir, "out/2568/report.docx"))).subarray(0, 2).toString()).toBe("PK");
  });

  test("speaks Thai by default", async () => {
    const result = await runCli(["build", "2568", "--only", "memo", "--format", "pdf"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^สร้างแล้ว 1 ไฟล์ ใช้เวลา \d+\.\d วินาที$/m);
    // The bundled data names no emblem (none is bundled): the build says so once, with the way.
    expect(result.stdout.match(/ยังไม่มีตราครุฑ/g)).toHaveLength(1);
    expect(result.stdout).toContain("word/media/");
  });

  test("--only, --format and --out choose the documents, the formats and the folder", async () => {
    const result = await runCli(
      ["build", "2568", "--only", "report", "--format", "docx", "--out", "site"],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n")).toHaveLength(2);
    expect(result.stdout).toMatch(SIZE_LINE("site/report.docx"));
    await expect(stat(join(dir, "site/report.pdf"))).rejects.toThrow();
  });

  test("--only announcement builds the ประกาศ and its plan table alone", async () => {
    const result = await runCli(
      ["build", "2568", "--only", "announcement", "--out", "ann", "--lang", "en"],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(SIZE_LINE("ann/announcement.pdf"));
    expect(result.stdout).toMatch(SIZE_LINE("ann/announcement.docx"));
    expect(result.stdout).toMatch(/^Built 2 files in/m);
    const text = await pdfText(join(dir, "ann/announcement.pdf"));
    expect(text).toContain("ประกาศ ณ วันที่");
    await expect(stat(join(dir, "ann/memo.pdf"))).rejects.toThrow();
  });

  test("without an announcement: the default build skips it, --only announcement exits 1 saying so", async () => {
    const report = join(dir, "data/2568/report.yaml");
    const original = await readFile(report, "utf8");
    await writeFile(
      report,
      original.slice(0, original.indexOf("\n# The announcement of the year's measures")) + "\n",
    );
    try {
      const all = await runCli(["build", "2568", "--out", "no-ann", "--lang", "en"], dir);
      expect(all.code).toBe(0);
      expect(all.stdout).toMatch(/^Built 4 files in/m);
      const only = await runCli(
        ["build", "2568", "--only", "announcement", "--out", "no-ann", "--lang", "en"],
        dir,
      );
      expect(only.code).toBe(1);
      expect(only.stderr).toContain("report.yaml has no announcement section");
    } finally {
      await writeFile(report, original);
    }
  });

  test("a data error exits 1 with the located problem and leaves out/ exactly as it was", async () => {
    const out = join(dir, "out/2568/report.pdf");
    const before = { bytes: await readFile(out), mtime: (await stat(out)).mtimeMs };
    const measure = join(dir, "data/2568/measures/03-service-quality.yaml");
    const original = await readFile(measure, "utf8");
    await writeFile(measure, original.replace(/^status: done$/m, "status: finished"));
    try {
      const result = await runCli(["build", "--lang", "en"], dir);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^Found 1 problem in the data:$/m);
      expect(result.stderr).toMatch(
        /^data\/2568\/measures\/03-service-quality\.yaml:\d+:\d+ status: "finished" is not allowed here/m,
      );
      expect((await readFile(out)).equals(before.bytes)).toBe(true);
      expect((await stat(out)).mtimeMs).toBe(before.mtime);
    } finally {
      await writeFile(measure, original);
    }
  });

  test("a year without a folder is a data problem (exit 1) naming the years found", async () => {
    const result = await runCli(["build", "2570", "--lang", "en"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("there is no folder for fiscal year 2570");
    expect(result.stderr).toContain("years found: 2568");
  });

  // `script` (util-linux) runs the CLI on a pseudo-terminal, as in an analyst's terminal window.
  test.skipIf(!existsSync("/usr/bin/script"))(
    "on a terminal, a build longer than a second shows one progress line, erased before the result",
    async () => {
      // Four times the 2568 measures, so that the build surely passes the one-second delay.
      const measures = join(dir, "data/2568/measures");
      const files = (await readdir(measures)).filter((f) => f.endsWith(".yaml"));
      for (let copy = 1; copy < 4; copy++) {
        for (const file of files) {
          const text = await readFile(join(measures, file), "utf8");
          const no = Number(/^no: (\d+)$/m.exec(text)?.[1]);
          await writeFile(
            join(measures, `${copy}-${file}`),
            text.replace(/^no: \d+$/m, `no: ${no + copy * files.length}`),
          );
        }
      }
      const result = await runCli([], dir, ["script", "-qec", `node ${BIN} build --lang en`, "/dev/null"]);
      for (let copy = 1; copy < 4; copy++) {
        for (const file of files) await rm(join(measures, `${copy}-${file}`));
      }
      expect(result.code).toBe(0);
      // "\r" + ESC "[K" (erase line) before each state, and once more before the result.
      const clear = "\r\u001b[K";
      expect(result.stdout).toMatch(
        new RegExp(`${escapeRegExp(clear)}Building out/2568/\\S+ \\([2-6]/6\\)…`),
      );
      expect(result.stdout).toMatch(new RegExp(`${escapeRegExp(clear)}out/2568/memo\\.pdf +\\d`));
    },
  );

  test("with stderr redirected, no control characters are written", async () => {
    const result = await runCli(["build", "--lang", "en"], dir);
    expect(result.stderr).toBe("");
    expect(result.stdout).not.toContain("\x1b");
  });

  test("an output folder that is a file is a usage error (exit 2), not an internal error", async () => {
    await writeFile(join(dir, "notes.txt"), "not a folder\n");
    const result = await runCli(
      ["build", "--only", "memo", "--format", "pdf", "--out", "notes.txt", "--lang", "en"],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "cannot write into notes.txt (ENOTDIR: not a directory)\n" +
        "  choose another output folder with --out, or check that you may write there\n",
    );
  });

  test.each([
    [["build", "--format", "pdf,xls"], 'unknown format "xls"'],
    [["build", "--only", "cover"], 'unknown document "cover"'],
    [["build", "68"], '"68" is not a fiscal year'],
    [["build", "2025"], "did you mean 2568?"],
    [["build", "--check", "--watch"], "--check and --watch cannot be used together"],
    [["build", "--colour"], "unknown option '--colour'"],
  ])("usage error %j exits 2 and says what is wrong", async (args, message) => {
    const result = await runCli([...args, "--lang", "en"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });
});
