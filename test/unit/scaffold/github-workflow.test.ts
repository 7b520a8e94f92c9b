import { readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";

interface Step {
  readonly run?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
}
interface Workflow {
  readonly on: Record<string, { paths?: string[] } | null>;
  readonly jobs: Record<string, { if: string; steps: Step[] }>;
}

const workflow = async (): Promise<Workflow> =>
  parse(
    await readFile(new URL("../../../templates/github-workflow.yml", import.meta.url), "utf8"),
  ) as Workflow;

describe("templates/github-workflow.yml", () => {
  test("runs on pushes and pull requests that touch data/", async () => {
    const { on } = await workflow();
    expect(on["push"]?.paths).toContain("data/**");
    expect(on["pull_request"]?.paths).toContain("data/**");
  });

  test("checks a pull request with validate, then build --check, without building", async () => {
    const { jobs } = await workflow();
    const check = Object.values(jobs).find((j) => j.if.includes("== 'pull_request'"));
    const runs = check?.steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs).toEqual(["npm ci", "npx ita-report validate", "npx ita-report build --check"]);
  });

  test("builds on a push and uploads the PDF and DOCX files as an artifact", async () => {
    const { jobs } = await workflow();
    const build = Object.values(jobs).find((j) => j.if.includes("!= 'pull_request'"));
    expect(build?.steps.some((s) => s.run === "npx ita-report build")).toBe(true);
    const upload = build?.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(String(upload?.with?.["path"]).split("\n")).toEqual(
      expect.arrayContaining(["out/**/*.pdf", "out/**/*.docx"]),
    );
    expect(upload?.with?.["if-no-files-found"]).toBe("error");
  });
});
