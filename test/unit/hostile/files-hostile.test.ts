import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadYear } from "../../../src/load/load-year.js";
import { issuesIn } from "../load/load-cases.js";
import { makeDataDir, VALID_FIXTURE } from "../load/make-data-dir.js";

const MEASURES = "data/2568/measures";
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

/** A copy of the valid data; `arrange` then puts links, pipes or big files into it. */
async function dataDir(arrange: (data: string) => Promise<void>): Promise<string> {
  const cwd = await makeDataDir();
  made.push(cwd);
  await arrange(join(cwd, "data"));
  return cwd;
}

/** The issues of a load that must fail, as `file:line:col path: message | hint`, and its time. */
const issuesOf = (cwd: string): Promise<{ issues: string[]; ms: number }> => issuesIn(cwd);
const issuesOf2569 = (cwd: string): Promise<{ issues: string[] }> => issuesIn(cwd, { year: 2569 });

const mkfifo = (path: string): void => void execFileSync("mkfifo", [path]);
const measureText = (no: number): Promise<string> =>
  readFile(join(VALID_FIXTURE, "2568/measures/02-budget.yaml"), "utf8").then((t) =>
    t.replace(/^no: .*$/m, `no: ${no}`),
  );

describe("every data file is a regular file inside the data folder, read with a size limit", () => {
  it("refuses a measure file that is a FIFO at once instead of waiting for a writer", async () => {
    const cwd = await dataDir(async (data) => mkfifo(join(data, "2568/measures/03.yaml")));
    const { issues, ms } = await issuesOf(cwd);
    expect(issues).toEqual([
      `${MEASURES}/03.yaml: this is not an ordinary file (a pipe, a device or a socket): it was not read | replace it with an ordinary text file saved from an editor`,
    ]);
    expect(ms).toBeLessThan(5000);
  });

  it("refuses agency.yaml when it is a FIFO", async () => {
    const cwd = await dataDir(async (data) => {
      await rm(join(data, "agency.yaml"));
      mkfifo(join(data, "agency.yaml"));
    });
    expect((await issuesOf(cwd)).issues).toEqual([
      expect.stringMatching(/^data\/agency\.yaml: this is not an ordinary file/),
    ]);
  });

  for (const device of ["/dev/zero", "/dev/urandom"]) {
    it(`refuses a measure file linked to ${device} without reading from it`, async () => {
      const cwd = await dataDir((data) => symlink(device, join(data, "2568/measures/03.yaml")));
      const { issues, ms } = await issuesOf(cwd);
      expect(issues).toEqual([
        `${MEASURES}/03.yaml: the file is a link to a place outside the data folder: it was not read | copy the file itself into the data folder instead of linking to it`,
      ]);
      expect(ms).toBeLessThan(5000);
    });
  }

  it("reads a measure file that is a link to another file inside the data folder, like any file", async () => {
    const cwd = await dataDir(async (data) => {
      await mkdir(join(data, "drafts"));
      await writeFile(join(data, "drafts/three.yaml"), await measureText(3));
      await symlink("../../drafts/three.yaml", join(data, "2568/measures/03.yaml"));
    });
    const year = await loadYear("data", 2568, { cwd });
    expect(year.measures.map((m) => m.no)).toEqual([1, 2, 3]);
  });

  it("refuses a measures folder that is a link to a folder outside the data folder, in one message", async () => {
    const outside = await mkdtemp(join(tmpdir(), "ita-outside-"));
    made.push(outside);
    await writeFile(join(outside, "01.yaml"), await measureText(1));
    const cwd = await dataDir(async (data) => {
      await rm(join(data, "2568/measures"), { recursive: true });
      await symlink(outside, join(data, "2568/measures"));
    });
    expect((await issuesOf(cwd)).issues).toEqual([
      `${MEASURES}: the measures folder is a link to a place outside the data folder: it was not read | copy the measure files themselves into this folder instead of linking to them`,
    ]);
  });

  it("takes a year folder that is a link inside the data folder like any year folder", async () => {
    const cwd = await dataDir(async (data) => {
      await cp(join(data, "2568"), join(data, "archive-2569"), { recursive: true });
      await writeFile(
        join(data, "archive-2569/report.yaml"),
        (await readFile(join(data, "2568/report.yaml"), "utf8")).replace(
          "fiscalYear: 2568",
          "fiscalYear: 2569",
        ),
      );
      await symlink("archive-2569", join(data, "2569"));
    });
    const year = await loadYear("data", 2569, { cwd });
    expect(year.report.fiscalYear).toBe(2569);
  });

  it("refuses the report of a year folder that is a link outside the data folder, in one message", async () => {
    const outside = await mkdtemp(join(tmpdir(), "ita-outside-"));
    made.push(outside);
    const cwd = await dataDir(async (data) => {
      await cp(join(data, "2568"), outside, { recursive: true });
      await symlink(outside, join(data, "2569"));
    });
    expect((await issuesOf2569(cwd)).issues).toEqual([
      "data/2569/report.yaml: the file is a link to a place outside the data folder: it was not read | copy the file itself into the data folder instead of linking to it",
    ]);
  });

  it("refuses a 200 MB measure file by its size, without reading it", async () => {
    const cwd = await dataDir(async (data) => {
      const file = join(data, "2568/measures/03.yaml");
      await writeFile(file, await measureText(3));
      // Sparse: the file claims 200 MB without taking the disk space.
      execFileSync("truncate", ["-s", "200M", file]);
    });
    const { issues, ms } = await issuesOf(cwd);
    expect(issues).toEqual([
      `${MEASURES}/03.yaml: the file is 204,800 KB, more than the 1,024 KB a data file may hold: it was not read | a measure or report file needs a few KB: check that nothing was pasted many times or that this is the right file`,
    ]);
    expect(ms).toBeLessThan(5000);
  });

  it("refuses a folder of more than 999 measure files before reading any", async () => {
    const cwd = await dataDir(async (data) => {
      const text = await measureText(3);
      for (let i = 3; i <= 1001; i++)
        await writeFile(join(data, `2568/measures/${String(i).padStart(4, "0")}.yaml`), text);
    });
    expect((await issuesOf(cwd)).issues).toEqual([
      `${MEASURES}: the folder holds 1,001 measure files, more than the 999 a report may have: none was read | a report has one file per measure, usually fewer than 20: check that this is the right folder`,
    ]);
  });

  it("refuses an emblem that is a FIFO at once", async () => {
    const cwd = await dataDir(async (data) => {
      await rm(join(data, "assets/garuda.png"));
      mkfifo(join(data, "assets/garuda.png"));
    });
    const { issues, ms } = await issuesOf(cwd);
    expect(issues).toEqual([
      expect.stringMatching(/^data\/agency\.yaml:6:9 emblem: "assets\/garuda\.png" is not a file \| /),
    ]);
    expect(ms).toBeLessThan(5000);
  });
});
