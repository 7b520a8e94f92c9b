import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataError } from "../../../src/errors.js";
import { loadYear } from "../../../src/load/load-year.js";
import { issueLine, issuesOf } from "../load/load-cases.js";
import { makeDataDir } from "../load/make-data-dir.js";

const M = "2568/measures/01-service.yaml";
const F = `data/${M}`;
const MEASURE = "no: 1\ntitle: มาตรการ\nsteps: [ขั้นตอน]\nresponsible: [สำนักปลัด]\nstatus: done\n";
const measure = (from: string, to: string): Record<string, string> => ({ [M]: MEASURE.replace(from, to) });
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe("numbers out of range are reported before any work is sized by them", () => {
  for (const no of ["99999999999999999999", "9007199254740993", "1e300", "100000000", "1000"]) {
    it(`no: ${no} is one located issue, at once`, async () => {
      const started = performance.now();
      const issues = await issuesOf(measure("no: 1", `no: ${no}`), "en");
      expect(issues).toEqual([
        expect.stringMatching(
          new RegExp(
            `^${F}:1:5 no: \\S+ is too big: the largest allowed is 999 \\| numbers count the measures, steps or items in order`,
          ),
        ),
      ]);
      expect(performance.now() - started).toBeLessThan(2000);
    });
  }

  it("names at most 10 missing measure numbers, then counts the rest", async () => {
    const issues = await issuesOf(measure("no: 1", "no: 999"), "en");
    expect(issues).toContain(
      "data/2568/measures: no measure has the number 1, 3, 4, 5, 6, 7, 8, 9, 10, 11 … and 987 more: numbers must run from 1 to 999 without gaps | renumber the measures, or add the missing ones",
    );
  });

  it("shows 20 problems of one kind, then one line for the rest", async () => {
    const title = Array.from({ length: 60 }, (_, i) => String.fromCodePoint(0x1f600 + i)).join(" ");
    const issues = await issuesOf(measure("title: มาตรการ", `title: ${title}`), "en");
    expect(issues).toHaveLength(21);
    expect(issues[20]).toBe(
      `${F}: … and 40 more problems of the same kind as "the character "😀" (U+1F600) cannot be printed: the Sarabun font has no shape for it" | correct the ones listed above and run the command again to see the rest`,
    );
  });
});

describe("YAML's special forms get messages that say what to write instead", () => {
  const cases: readonly [string, string, string][] = [
    [
      "no: .inf",
      "1:5 no: expected a number, got the special value .inf, which YAML reads as infinity",
      "write an ordinary number, e.g. 1",
    ],
    [
      "no: .nan",
      "1:5 no: expected a number, got the special value .nan, which YAML reads as not-a-number",
      "write an ordinary number, e.g. 1",
    ],
    [
      "no: 9_0",
      "1:5 no: expected a number, got text",
      "write the number without quotes or separators (_ ,), in Arabic digits: 90",
    ],
    [
      "title: !!set { a, b }",
      "2:14: the YAML tag !!set makes this value something the data never holds",
      'remove "!!set": write the value as plain text, a number, a list or a mapping',
    ],
    [
      "title: !!binary aGVsbG8=",
      "2:17: the YAML tag !!binary makes this value something the data never holds",
      'remove "!!binary": write the value as plain text, a number, a list or a mapping',
    ],
    [
      "title: !!timestamp 2001-12-14",
      "2:20: the YAML tag !!timestamp makes this value something the data never holds",
      'remove "!!timestamp": write the value as plain text, a number, a list or a mapping',
    ],
  ];
  for (const [line, message, hint] of cases) {
    it(line, async () => {
      const from = line.startsWith("no:") ? "no: 1" : "title: มาตรการ";
      expect(await issuesOf(measure(from, line), "en")).toEqual([`${F}:${message} | ${hint}`]);
    });
  }

  it("a second document in a file is named with what to do, not a programmer's hint", async () => {
    expect(await issuesOf({ [M]: `${MEASURE}---\n${MEASURE}` }, "en")).toEqual([
      `${F}:6:1: a second YAML document starts here (a line "---"): a file holds one | remove the "---" line and join the two parts, or move the second part into a file of its own`,
    ]);
  });
});

describe("year folders and file names", () => {
  async function issuesAfter(arrange: (data: string) => Promise<void>, year?: number): Promise<string[]> {
    const cwd = await makeDataDir();
    made.push(cwd);
    await arrange(join(cwd, "data"));
    try {
      await loadYear("data", year, { cwd, lang: "en" });
    } catch (error) {
      if (error instanceof DataError) return error.issues.map(issueLine);
      throw error;
    }
    throw new Error("the data loaded without a DataError");
  }

  it("a year folder in Thai digits is named, with the name it should have", async () => {
    const issues = await issuesAfter(async (data) => {
      await rename(join(data, "2568"), join(data, "๒๕๖๘"));
      await rm(join(data, "2567"), { recursive: true });
    });
    expect(issues).toEqual([
      "data: there is no fiscal-year folder (such as 2568) in the data folder | create one named after the fiscal year in B.E., e.g. 2568",
      'data/๒๕๖๘: the folder "๒๕๖๘" is not taken as a fiscal year: a year folder is named with four Arabic digits, the B.E. year from 2400 to 2700 | rename it to 2568',
    ]);
  });

  it("a folder 0000 or 25680 is not taken as a year, and said so", async () => {
    const issues = await issuesAfter(async (data) => {
      await mkdir(join(data, "0000"));
      await mkdir(join(data, "25680"));
    }, 2569);
    expect(issues).toEqual([
      "data/2569: there is no folder for fiscal year 2569 | years found: 2567, 2568",
      'data/0000: the folder "0000" is not taken as a fiscal year: a year folder is named with four Arabic digits, the B.E. year from 2400 to 2700 | rename it after the fiscal year in B.E., e.g. 2568',
      'data/25680: the folder "25680" is not taken as a fiscal year: a year folder is named with four Arabic digits, the B.E. year from 2400 to 2700 | rename it after the fiscal year in B.E., e.g. 2568',
    ]);
  });

  it("a file name with a newline and an escape character is printed escaped, on one line", async () => {
    const issues = await issuesOf({ "2568/measures/bad\nname\u001b[31m.yaml": "no: 3\n" }, "en");
    expect(issues[0]).toMatch(/^data\/2568\/measures\/bad\\nname\\u\{1B\}\[31m\.yaml:1:1 /);
    expect(issues.join("")).not.toContain("\n");
    expect(issues.join("")).not.toContain("\u001b");
  });
});
