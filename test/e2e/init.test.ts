import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { assertBuilt, pdfText, removeWorkspace, runCli, workspace } from "./cli.js";

const TO_FILL_IN = "<<กรอกข้อมูล>>";
let dir: string;
beforeAll(assertBuilt);
afterEach(() => removeWorkspace(dir));

/** What an analyst does after init: replaces every marker of the measures with this year's result. */
async function fillInMeasures(measuresDir: string): Promise<void> {
  for (const name of await readdir(measuresDir)) {
    const path = join(measuresDir, name);
    const text = await readFile(path, "utf8");
    await writeFile(
      path,
      text
        .replace(`status: ${TO_FILL_IN}`, "status: done")
        .replace(`- ${TO_FILL_IN}`, "- ดำเนินการแล้วเสร็จตามแผน"),
    );
  }
}

/** The announcement's date and signer, which init marks in report.yaml (three values). */
const ANNOUNCEMENT_TO_FILL_IN = 3;

async function fillInAnnouncement(reportFile: string): Promise<void> {
  const text = await readFile(reportFile, "utf8");
  await writeFile(
    reportFile,
    text
      .replace(`date: ${TO_FILL_IN}`, "date: ๑ ตุลาคม ๒๕๖๘")
      .replace(`name: ${TO_FILL_IN}`, "name: นายสมชาย ใจดี")
      .replace(`position: ${TO_FILL_IN}`, "position: นายกองค์การบริหารส่วนตำบลตาเนิน"),
  );
}

describe("ita-report init from the previous year", () => {
  test("scaffolds 2569 from 2568; validate then lists exactly the values to fill in (exit 1)", async () => {
    dir = await workspace(true);
    const measures = (await readdir(join(dir, "data/2568/measures"))).length;
    const init = await runCli(["init", "2569", "--lang", "en"], dir);
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/^Fiscal year 2569, carried over from 2568:$/m);
    expect(init.stdout).toMatch(/^ {2}created data\/2569\/report\.yaml \(3 to fill in\)$/m);
    expect(init.stdout).toMatch(
      /^ {2}created data\/2569\/measures\/01-service-standards\.yaml \(2 to fill in\)$/m,
    );
    expect(init.stdout).toMatch(/^ {2}kept {4}data\/agency\.yaml \(it exists: not overwritten\)$/m);
    expect(init.stdout).toContain(
      `${2 * measures + ANNOUNCEMENT_TO_FILL_IN} values are marked ${TO_FILL_IN} (to fill in).`,
    );

    const validate = await runCli(["validate", "2569", "--lang", "en"], dir);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toMatch(
      new RegExp(`^Found ${2 * measures + ANNOUNCEMENT_TO_FILL_IN} problems in the data:$`, "m"),
    );
    expect(validate.stderr).toMatch(
      /^data\/2569\/report\.yaml:\d+:\d+ announcement\.date: still to fill in/m,
    );
    expect(validate.stderr).toMatch(
      /^data\/2569\/report\.yaml:\d+:\d+ announcement\.signer\.name: still to fill in/m,
    );
    expect(validate.stderr).toMatch(
      /^data\/2569\/measures\/01-service-standards\.yaml:\d+:\d+ status: still to fill in: the value holds the marker <<กรอกข้อมูล>>$/m,
    );
    expect(validate.stderr).toMatch(
      /^data\/2569\/measures\/01-service-standards\.yaml:\d+:\d+ outcomes\[0\]: still to fill in/m,
    );
    const problems = validate.stderr.split("\n").filter((l) => l.startsWith("data/"));
    expect(problems.every((l) => l.includes("still to fill in"))).toBe(true);
  });

  test("once the values are filled in, the new year validates and builds with its own year", async () => {
    dir = await workspace(true);
    expect((await runCli(["init", "2569"], dir)).code).toBe(0);
    await fillInMeasures(join(dir, "data/2569/measures"));
    await fillInAnnouncement(join(dir, "data/2569/report.yaml"));
    const validate = await runCli(["validate", "2569", "--lang", "en"], dir);
    expect(validate.stderr).toBe("");
    expect(validate.code).toBe(0);
    const build = await runCli(["build", "2569", "--only", "memo", "--format", "pdf"], dir);
    expect(build.code).toBe(0);
    const memo = await pdfText(join(dir, "out/2569/memo.pdf"));
    expect(memo).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
    expect(memo).not.toContain("๒๕๖๘");
  });

  test("a second run overwrites nothing and says so (exit 0)", async () => {
    dir = await workspace(true);
    await runCli(["init", "2569"], dir);
    const report = join(dir, "data/2569/report.yaml");
    await writeFile(report, `${await readFile(report, "utf8")}# edited by the analyst\n`);
    const again = await runCli(["init", "2569", "--lang", "en"], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Every file of 2569 exists already: nothing was written.");
    expect(await readFile(report, "utf8")).toMatch(/# edited by the analyst\n$/);
  });

  test("a previous year that is not valid YAML stops init with exit 1 and nothing written", async () => {
    dir = await workspace(true);
    await writeFile(join(dir, "data/2568/measures/02-budget-transparency.yaml"), "no: 2\nsteps: [ก\n");
    const result = await runCli(["init", "2569", "--lang", "en"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^data\/2568\/measures\/02-budget-transparency\.yaml:\d+:\d+: YAML syntax error/m,
    );
    expect(await readdir(join(dir, "data"))).not.toContain("2569");
  });

  test.each([
    [["init"], "missing required argument 'year'"],
    [["init", "25x9"], '"25x9" is not a fiscal year'],
    [["init", "2569", "--from", "2560"], "there is no report.yaml for 2560 to carry over"],
    [["init", "2569", "--from", "2569"], "--from 2569 must be a year before 2569"],
  ])("usage error %j exits 2", async (args, message) => {
    dir = await workspace(true);
    const result = await runCli([...args, "--lang", "en"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(await readdir(join(dir, "data"))).not.toContain("2569");
  });
});

describe("ita-report init in an empty folder", () => {
  test("creates a data folder from the templates whose only problems are values to fill in", async () => {
    dir = await workspace(false);
    const init = await runCli(["init", "2569"], dir);
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/^ปีงบประมาณ 2569 จากแบบฟอร์มตั้งต้น:$/m);
    const count = Number(/^มี (\d+) จุดที่ต้องกรอกข้อมูล/m.exec(init.stdout)?.[1]);
    expect(count).toBeGreaterThan(5);
    const validate = await runCli(["validate"], dir);
    expect(validate.code).toBe(1);
    const problems = validate.stderr.split("\n").filter((l) => l.startsWith("data/"));
    expect(problems).toHaveLength(count);
    expect(problems.every((l) => l.includes("ยังไม่ได้กรอกข้อมูล"))).toBe(true);
    expect(await readFile(join(dir, "data/2569/report.yaml"), "utf8")).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schema\/report\.schema\.json\n/,
    );
  });
});
