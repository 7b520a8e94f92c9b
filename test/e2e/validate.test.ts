import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { makeDataDir, VALID_FIXTURE } from "../unit/load/make-data-dir.js";

// The compiled CLI, as users run it: `npm test` builds dist/ before running vitest.
const BIN = fileURLToPath(new URL("../../bin/ita-report.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function ita(args: readonly string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env["PATH"] ?? "", ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("ita-report validate, run as a process", () => {
  it("exits 0 with the summary on valid data", async () => {
    const run = ita(["validate"], await makeDataDir());
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ปีงบประมาณ พ.ศ. ๒๕๖๘ (๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘)");
  });

  it("exits 1 with the located list on bad data", async () => {
    const cwd = await makeDataDir({
      "2568/measures/02-budget.yaml": "no: 2\ntitle: ก\nsteps: [ก]\nresponsible: [ข]\nstatus: don\n",
    });
    const run = ita(["validate", "--lang", "en"], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'Found 1 problem in the data:\ndata/2568/measures/02-budget.yaml:5:9 status: "don" is not allowed here: use "done" or "not-done"\n  did you mean "done"?\n',
    );
  });

  it("says in Thai what is wrong with a budget or a step without text (no English of the schema)", async () => {
    const measure = (budget: string): string =>
      `no: 2\ntitle: ก\nsteps:\n  - no: 3\nresponsible: [ข]\nbudget: ${budget}\nstatus: done\n`;
    const cwd = await makeDataDir({ "2568/measures/02-budget.yaml": measure('"150,000 บาท"') });
    const run = ita(["validate"], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "พบปัญหาในข้อมูล 2 รายการ:\n" +
        "data/2568/measures/02-budget.yaml:4:5 steps[0].text: ขั้นตอนนี้ไม่มีข้อความ (หรือข้อย่อย items / bullets ในกรณีที่ต้นฉบับหายไปเหลือแต่ข้อย่อย)\n" +
        "  เพิ่ม `text:` ตามด้วยข้อความของขั้นตอน\n" +
        'data/2568/measures/02-budget.yaml:6:9 budget: "150,000 บาท" ไม่ใช่จำนวนเงินบาท\n' +
        '  เขียนเฉพาะตัวเลข ไม่ต้องมีคำว่า บาท คั่นหลักพันด้วยจุลภาคได้ ทศนิยมไม่เกินสองตำแหน่ง เช่น "150,000.50"\n',
    );
    const negative = ita(
      ["validate", "--lang", "en"],
      await makeDataDir({ "2568/measures/02-budget.yaml": measure('"-5"') }),
    );
    expect(negative.code).toBe(1);
    expect(negative.stderr).toContain(
      'budget: "-5" is not an amount of baht\n  a budget cannot be negative\n',
    );
  });

  it("notes, exit 0, a number or bullet typed before an entry the documents number or bullet themselves", async () => {
    const measure = [
      "no: 2",
      "title: ก",
      "steps:",
      "  - 1. จัดทำคู่มือ",
      "  - text: 1.5 กม. ของถนน",
      "    items: [(1) ข้อย่อย, ข้อย่อย]",
      "responsible: [๑.สำนักปลัด, กองคลัง]",
      "status: done",
      "outcomes:",
      '  - heading: "- หัวข้อ"',
      '  - "- ประชาชนพึงพอใจ"',
      "  - • ผลลัพธ์",
      "",
    ].join("\n");
    const cwd = await makeDataDir({ "2568/measures/02-budget.yaml": measure });
    const run = ita(["validate", "--lang", "en"], cwd);
    expect(run.code).toBe(0);
    const noted = run.stderr.split("\n").filter((l) => l.startsWith("data/"));
    // "1.5 กม." is a distance and a heading has no bullet: neither is noted.
    expect(noted.map((l) => l.replace(/: the text starts with .*/u, ""))).toEqual([
      "data/2568/measures/02-budget.yaml:4:5 steps[0]",
      "data/2568/measures/02-budget.yaml:6:13 steps[1].items[0]",
      "data/2568/measures/02-budget.yaml:7:15 responsible[0]",
      "data/2568/measures/02-budget.yaml:11:5 outcomes[1]",
      "data/2568/measures/02-budget.yaml:12:5 outcomes[2]",
    ]);
    expect(run.stderr).toContain(
      'steps[0]: the text starts with "1.", but the documents put the number of each entry themselves: it would print twice\n  delete "1." at the start of the text\n',
    );
  });

  it("suggests done or not-done for a status typed as the report's Thai column heading", async () => {
    const measure = (status: string): string =>
      `no: 2\ntitle: ก\nsteps: [ก]\nresponsible: [ข]\nstatus: ${status}\nreason: ค\n`;
    for (const [typed, meant] of [
      ["ดำเนินการแล้วเสร็จ", "done"],
      ["ไม่สามารถดำเนินการได้", "not-done"],
    ]) {
      const run = ita(
        ["validate"],
        await makeDataDir({ "2568/measures/02-budget.yaml": measure(typed ?? "") }),
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `02-budget.yaml:5:9 status: ใช้ "${typed}" ไม่ได้: ต้องเป็น "done" หรือ "not-done"\n  หมายถึง "${meant}" ใช่หรือไม่\n`,
      );
    }
  });

  it("shows a period typed as one text as the from/to it must be", async () => {
    const measure = (period: string): string =>
      `no: 2\ntitle: ก\nsteps: [ก]\nresponsible: [ข]\nperiod: ${period}\nstatus: done\n`;
    const split = ita(
      ["validate"],
      await makeDataDir({ "2568/measures/02-budget.yaml": measure("15 ม.ค. 2568 ถึง 31 มีนาคม 2568") }),
    );
    expect(split.code).toBe(1);
    expect(split.stderr).toContain(
      "02-budget.yaml:5:9 period: ต้องเป็นชุดหัวข้อ (ชื่อหัวข้อ: ค่า) แต่พบข้อความ\n" +
        "  เขียนวันเริ่มต้นและวันสิ้นสุดแยกกันเป็น from และ to: period: { from: 15 ม.ค. 2568, to: 31 มีนาคม 2568 }\n",
    );
    const whole = ita(
      ["validate", "--lang", "en"],
      await makeDataDir({ "2568/measures/02-budget.yaml": measure("ทั้งปี") }),
    );
    expect(whole.stderr).toContain(
      "period: expected a mapping (field: value), got text\n" +
        "  write the first and the last day as from and to: period: { from: 1 ต.ค. 2567, to: 30 ก.ย. 2568 }\n",
    );
  });

  it("notes, exit 0, a reason on a measure that is done and a sum placeholder in a measure (neither prints as meant)", async () => {
    const measure =
      "no: 2\ntitle: ก\nsteps: [ก]\nresponsible: [ข]\nstatus: done\nreason: ฝนตก\noutcomes:\n  - ใช้ {{งบประมาณรวม}}\n";
    const run = ita(
      ["validate", "--lang", "en"],
      await makeDataDir({ "2568/measures/02-budget.yaml": measure }),
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "02-budget.yaml:6:9 reason: the reason is not printed: only a measure that could not be done (status: not-done) shows its reason\n",
    );
    expect(run.stderr).toContain(
      "02-budget.yaml:8:5 outcomes[0]: {{งบประมาณรวม}} is filled in the memo and the announcement only: here it prints as typed\n",
    );
  });

  it("says that heading: and paragraph: cannot share one outcome (not that paragraph is unknown)", async () => {
    const measure =
      "no: 2\ntitle: ก\nsteps: [ก]\nresponsible: [ข]\nstatus: done\noutcomes:\n  - heading: ผลลัพธ์\n    paragraph: ข้อความ\n";
    const run = ita(["validate"], await makeDataDir({ "2568/measures/02-budget.yaml": measure }));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "พบปัญหาในข้อมูล 1 รายการ:\n" +
        'data/2568/measures/02-budget.yaml:8:5 outcomes[0].paragraph: ใช้ "paragraph" ร่วมกับ "heading" ในรายการเดียวกันไม่ได้: แต่ละรายการเป็นได้อย่างใดอย่างหนึ่ง\n' +
        '  แยก "paragraph" เป็นอีกรายการหนึ่ง ขึ้นบรรทัดใหม่ด้วย "- "\n',
    );
  });

  it("reports an outcome of unknown fields by them alone (no missing heading: of the union's first form)", async () => {
    const measure =
      "no: 2\ntitle: ก\nsteps: [ก]\nresponsible: [ข]\nstatus: done\noutcomes:\n  - link: https://x.go.th\n";
    const run = ita(
      ["validate", "--lang", "en"],
      await makeDataDir({ "2568/measures/02-budget.yaml": measure }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "Found 1 problem in the data:\n" +
        'data/2568/measures/02-budget.yaml:7:5 outcomes[0].link: unknown field "link"\n' +
        "  the fields allowed here are: heading, paragraph\n",
    );
  });

  it("reads a date written 1/10/2567 day first and shows the form to write", async () => {
    const measure = (from: string): string =>
      `no: 2\ntitle: ก\nsteps: [ก]\nresponsible: [ข]\nperiod: {from: "${from}", to: 30 ก.ย. 2568}\nstatus: done\n`;
    const slashed = ita(
      ["validate"],
      await makeDataDir({ "2568/measures/02-budget.yaml": measure("1/10/2567") }),
    );
    expect(slashed.code).toBe(1);
    expect(slashed.stderr).toContain(
      'period.from: "1/10/2567" ไม่ใช่วันที่\n  หากเป็น วัน/เดือน/ปี ให้เขียนเป็น 1 ต.ค. 2567 (หรือ 2568-04-24, ๒๔ เมษายน ๒๕๖๘)\n',
    );
    // No such day read day first: the general hint.
    const impossible = ita(
      ["validate"],
      await makeDataDir({ "2568/measures/02-budget.yaml": measure("31/02/2568") }),
    );
    expect(impossible.stderr).toContain(
      'period.from: "31/02/2568" ไม่ใช่วันที่\n  เขียนเป็น 2568-04-24, 2025-04-24, ๒๔ เมษายน ๒๕๖๘ หรือ 24 เม.ย. 68\n',
    );
  });

  it("names the files of a data folder outside the working folder by their absolute path", async () => {
    const cwd = await makeDataDir({
      "2568/measures/02-budget.yaml": "no: 2\ntitle: ก\nsteps: [ก]\nresponsible: [ข]\nstatus: don\n",
    });
    const elsewhere = await makeDataDir();
    const data = join(cwd, "data");
    const bad = ita(["validate", "--lang", "en", "--data", data], elsewhere);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`\n${data}/2568/measures/02-budget.yaml:5:9 status: `);
    const good = ita(["validate", "--data", join(elsewhere, "data")], cwd);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(new RegExp(`^ข้อมูลถูกต้อง: ${join(elsewhere, "data", "2568")}\n`));
  });

  it("exits 2 on a wrong command line, in English under an English locale", async () => {
    const run = ita(["validate", "25x8"], await makeDataDir(), { LANG: "en_US.UTF-8" });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('"25x8" is not a fiscal year\n  give the fiscal year in B.E., e.g. 2568\n');
  });

  it("warns, exit 0, when the announcement is not dated before the memo and lies outside the year", async () => {
    const announcement = (date: string): string =>
      `announcement:\n  date: ${date}\n  preamble: [ก]\n  signer:\n    name: นาย ก\n    position: นายก\n`;
    const report = readFileSync(join(VALID_FIXTURE, "2568/report.yaml"), "utf8");
    const late = ita(
      ["validate", "--lang", "en"],
      await makeDataDir({ "2568/report.yaml": report + announcement("๑ ธันวาคม ๒๕๖๘") }),
    );
    expect(late.code).toBe(0);
    expect(late.stderr).toContain(
      "data/2568/report.yaml:25:9 announcement.date: the announcement is dated ๑ ธันวาคม ๒๕๖๘, not before the memo (๒๔ เมษายน ๒๕๖๘)",
    );
    expect(late.stderr).toContain(
      "announcement.date: the announcement is dated ๑ ธันวาคม ๒๕๖๘, outside fiscal year 2568 and the months just before it",
    );
    const inTime = ita(
      ["validate", "--lang", "en"],
      await makeDataDir({ "2568/report.yaml": report + announcement("๑๕ กรกฎาคม ๒๕๖๗") }),
    );
    expect(inTime.code).toBe(0);
    expect(inTime.stderr).toBe("");
  });

  it("validates the real 2568 data of the repository", () => {
    const run = ita(["validate", "2568"], ROOT);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^ข้อมูลถูกต้อง: data\/2568\nหน่วยงาน: องค์การบริหารส่วนตำบลตาเนิน อำเภอเนินสง่า จังหวัดชัยภูมิ\n/,
    );
  });
});
