import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DataError } from "../../../src/errors.js";
import { loadYear } from "../../../src/load/load-year.js";
import { runCli } from "../cli/run-cli.js";
import { makeDataDir, VALID_FIXTURE } from "../load/make-data-dir.js";
import { applyMutation, mutation } from "./yaml-mutation.arbitrary.js";

/** The YAML files of the valid fixture, relative to its data folder. */
const YAML_FILES = readdirSync(VALID_FIXTURE, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".yaml"))
  .filter((f) => !f.startsWith("2567"))
  .sort();

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

const mutatedFile = fc.tuple(
  fc.constantFrom(...YAML_FILES),
  fc.array(mutation, { minLength: 1, maxLength: 3 }),
);

describe("any mutation of a valid data file gives a valid model or located issues, never another exception", () => {
  test("loadYear resolves, or rejects with a DataError whose issues name a file of the data and a line in it", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFile, async ([file, mutations]) => {
        const original = readFileSync(join(VALID_FIXTURE, file));
        const mutated = mutations.reduce<Uint8Array>((bytes, m) => applyMutation(bytes, m), original);
        const cwd = await makeDataDir({ [file]: mutated });
        const lineCount = new TextDecoder().decode(mutated).split("\n").length;
        try {
          const data = await loadYear("data", 2568, { cwd, lang: "en" });
          expect(data.report.fiscalYear).toBe(2568);
        } catch (error) {
          expect(error).toBeInstanceOf(DataError);
          const issues = (error as DataError).issues;
          expect(issues.length).toBeGreaterThan(0);
          for (const issue of issues) {
            expect(issue.file.startsWith("data")).toBe(true);
            expect(issue.message.length).toBeGreaterThan(0);
            if (issue.file === join("data", file) && issue.line !== undefined) {
              expect(issue.line).toBeGreaterThanOrEqual(1);
              expect(issue.line).toBeLessThanOrEqual(lineCount);
              expect(issue.col).toBeGreaterThanOrEqual(1);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test("validate prints either 'valid' or the located problems with exit 1, never a stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFile, async ([file, mutations]) => {
        const original = readFileSync(join(VALID_FIXTURE, file));
        const mutated = mutations.reduce<Uint8Array>((bytes, m) => applyMutation(bytes, m), original);
        const cwd = await makeDataDir({ [file]: mutated });
        const result = await runCli(["validate", "2568", "--lang", "en"], cwd);
        expect([0, 1]).toContain(result.code);
        expect(result.stderr).not.toMatch(STACK_FRAME);
        expect(result.stderr).not.toContain("internal error");
        if (result.code === 1) {
          expect(result.stderr).toMatch(/^Found \d+ problems? in the data:$/m);
          expect(result.stderr).toMatch(/^data\/\S+/m);
        }
      }),
      { numRuns: 60 },
    );
  });
});
