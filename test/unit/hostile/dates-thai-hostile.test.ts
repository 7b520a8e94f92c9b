import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { loadYear } from "../../../src/load/load-year.js";
import { impossibleThaiSequence, normalizeThai } from "../../../src/thai/normalize.js";
import { issueLine, issuesOf } from "../load/load-cases.js";
import { makeDataDir, VALID_FIXTURE } from "../load/make-data-dir.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const REPORT = readFileSync(join(VALID_FIXTURE, "2568/report.yaml"), "utf8");
const MEASURE = readFileSync(join(VALID_FIXTURE, "2568/measures/02-budget.yaml"), "utf8");
const withMemoDate = (date: string): Record<string, string> => ({
  "2568/report.yaml": REPORT.replace(/^ {2}date: .*$/m, `  date: ${date}`),
});
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe("a memo date far from the fiscal year is an error naming the likely typo", () => {
  for (const [date, printed, hint] of [
    ["2399-12-31", "2942", "did you mean 2569 instead of 2399? (years from 2400 are B.E., below C.E.)"],
    ["3111-04-24", "3111", "3111 is a B.E. year with 543 added once more: write 2568"],
    ["1482-04-24", "2025", "1482 is a C.E. year with 543 taken off once more: write 2025"],
    ["๒๔ เมษายน ๒๙๖๘", "2968", "did you mean 2568 instead of 2968? (years from 2400 are B.E., below C.E.)"],
  ] as const) {
    it(date, async () => {
      expect(await issuesOf(withMemoDate(date), "en")).toEqual([
        `data/2568/report.yaml:5:9 memo.date: "${date}" is in B.E. ${printed}, far from fiscal year 2568 | ${hint}`,
      ]);
    });
  }

  it("accepts the memo date in either era near the fiscal year", async () => {
    for (const date of ["2025-04-24", "2568-10-15", "๒๔ เมษายน ๒๕๖๙"]) {
      const cwd = await makeDataDir(withMemoDate(date));
      made.push(cwd);
      const year = await loadYear("data", 2568, { cwd });
      expect(year.notes, date).toEqual([]);
    }
  });

  it("notes a measure period centuries away, without stopping the build", async () => {
    const cwd = await makeDataDir({
      "2568/measures/02-budget.yaml": `${MEASURE}period: { from: 2024-10-01, to: 2925-09-30 }\n`,
    });
    made.push(cwd);
    const year = await loadYear("data", 2568, { cwd, lang: "en" });
    expect(year.notes?.map(issueLine)).toEqual([
      expect.stringMatching(
        /^data\/2568\/measures\/02-budget\.yaml:\d+:\d+ period\.to: "2925-09-30" is in B\.E\. 2925, far from fiscal year 2568 \| did you mean 2025 instead of 2925\?/,
      ),
    ]);
  });
});

describe("Thai text is normalised on load", () => {
  it("composes SARA AM typed as NIKHAHIT + SARA AA, a tone mark between them included", () => {
    expect(normalizeThai("น\u0E4D\u0E32")).toBe("น\u0E33");
    expect(normalizeThai("น\u0E4D\u0E49\u0E32")).toBe("น\u0E49\u0E33");
    expect(normalizeThai("น\u0E49\u0E4D\u0E32")).toBe("น\u0E49\u0E33");
  });

  it("puts a vowel below before a tone mark (canonical order)", () => {
    expect(normalizeThai("ก\u0E48\u0E38")).toBe("ก\u0E38\u0E48");
  });

  it("finds two tone marks on a consonant and a mark with no consonant", () => {
    expect(impossibleThaiSequence("ก\u0E48\u0E49")).toEqual({ kind: "two-tones", offset: 2 });
    expect(impossibleThaiSequence("ทดสอบ \u0E34")).toEqual({ kind: "no-base", offset: 6 });
    expect(impossibleThaiSequence("ที่น้ำ ผู้ใหญ่")).toBeUndefined();
  });

  it("loads a decomposed SARA AM composed, with a located note for validate", async () => {
    const cwd = await makeDataDir({
      "2568/measures/02-budget.yaml": MEASURE.replace(/^title: .*$/m, "title: น\u0E49\u0E4D\u0E32ท่วม"),
    });
    made.push(cwd);
    const year = await loadYear("data", 2568, { cwd, lang: "en" });
    expect(year.measures.find((m) => m.no === 2)?.title).toBe("น\u0E49\u0E33ท่วม");
    expect(year.notes?.map(issueLine)).toEqual([
      "data/2568/measures/02-budget.yaml:2:10 title: SARA AM was typed as two characters (ํ + า); it is printed as one (ำ) | nothing to do for the documents; retype ำ in the file so that searching it finds the word",
    ]);
  });

  it("notes two tone marks on one consonant, at the value", async () => {
    const cwd = await makeDataDir({
      "2568/measures/02-budget.yaml": MEASURE.replace(/^title: .*$/m, "title: มาตรการก\u0E48\u0E49"),
    });
    made.push(cwd);
    const year = await loadYear("data", 2568, { cwd, lang: "en" });
    expect(year.notes?.map(issueLine)).toEqual([
      'data/2568/measures/02-budget.yaml:2:15 title: two tone marks on one consonant in "ก่้" (U+0E49): it prints as stacked marks | delete one of the tone marks',
    ]);
  });
});
