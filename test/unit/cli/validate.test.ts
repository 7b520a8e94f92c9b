import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeDataDir } from "../load/make-data-dir.js";
import { runCli } from "./run-cli.js";

const BAD_MEASURE = "no: 1\ntitle: มาตรการ\nsteps:\n  - ก\n  - 3\nrespnsible: [สำนักปลัด]\nstatus: done\n";

describe("ita-report validate", () => {
  it("prints a Thai summary of valid data and exits 0", async () => {
    const run = await runCli(["validate"], await makeDataDir());
    expect(run).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "ข้อมูลถูกต้อง: data/2568",
        "หน่วยงาน: องค์การบริหารส่วนตำบลตาเนิน อำเภอเนินสง่า จังหวัดชัยภูมิ",
        "ปีงบประมาณ พ.ศ. ๒๕๖๘ (๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘)",
        "มาตรการ: 2 มาตรการ (ดำเนินการแล้วเสร็จ 1, ไม่สามารถดำเนินการได้ 1)",
        "",
      ].join("\n"),
    });
  });

  it("notes once, with how to add it, that the memo will have no Garuda emblem when agency.yaml names none", async () => {
    const agency = "name: องค์การบริหารส่วนตำบลตาเนิน\ndistrict: อำเภอเนินสง่า\nprovince: จังหวัดชัยภูมิ\n";
    const run = await runCli(["validate"], await makeDataDir({ "agency.yaml": agency }));
    expect(run.code).toBe(0);
    const notes = run.stdout.split("\n").filter((line) => line.includes("ตราครุฑ"));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toBe("หมายเหตุ: บันทึกข้อความยังไม่มีตราครุฑ เพราะ agency.yaml ไม่ได้ระบุไฟล์ภาพ emblem");
    expect(notes[1]).toContain("emblem: assets/garuda.png");
    expect(notes[1]).toContain("word/media/");
    const english = await runCli(["validate", "--lang", "en"], await makeDataDir({ "agency.yaml": agency }));
    expect(english.stdout).toContain("note: the memo has no Garuda emblem");
    expect(english.stdout).toContain("e.g. data/assets/garuda.png");
  });

  it("names the files of the data folder it read in the emblem note (--data elsewhere)", async () => {
    const agency = "name: องค์การบริหารส่วนตำบลตาเนิน\ndistrict: อำเภอเนินสง่า\nprovince: จังหวัดชัยภูมิ\n";
    const root = await makeDataDir({ "agency.yaml": agency });
    const elsewhere = await mkdtemp(join(tmpdir(), "ita-cwd-"));
    const run = await runCli(["validate", "--data", join(root, "data"), "--lang", "en"], elsewhere);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`e.g. ${join(root, "data", "assets")}/garuda.png`);
    expect(run.stdout).toContain(`to ${join(root, "data", "agency.yaml")}.`);
    expect(run.stdout).not.toContain(" data/agency.yaml");
  });

  it("prints the summary in English with --lang en", async () => {
    const run = await runCli(["validate", "2568", "--lang", "en"], await makeDataDir());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "The data is valid: data/2568",
        "Agency: องค์การบริหารส่วนตำบลตาเนิน อำเภอเนินสง่า จังหวัดชัยภูมิ",
        "Fiscal year: B.E. 2568 (๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘)",
        "Measures: 2 (1 done, 1 not done)",
        "",
      ].join("\n"),
    );
  });

  it("speaks English when LANG starts with en, and --lang th overrides it", async () => {
    const cwd = await makeDataDir();
    expect((await runCli(["validate"], cwd, { LANG: "en_US.UTF-8" })).stdout).toMatch(
      /^The data is valid: data\/2568\n/,
    );
    expect((await runCli(["--lang=th", "validate"], cwd, { LANG: "en_US.UTF-8" })).stdout).toMatch(
      /^ข้อมูลถูกต้อง/,
    );
  });

  it("validates an older year and another data folder", async () => {
    const cwd = await makeDataDir();
    const run = await runCli(["validate", "๒๕๖๗", "--data", "./data"], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ปีงบประมาณ พ.ศ. ๒๕๖๗ (๑ ตุลาคม ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๗)");
    expect(run.stdout).toContain("มาตรการ: 1 มาตรการ (ดำเนินการแล้วเสร็จ 1, ไม่สามารถดำเนินการได้ 0)");
  });

  it("lists every located problem with its hint and exits 1", async () => {
    const cwd = await makeDataDir({
      "2568/measures/01-service.yaml": BAD_MEASURE,
      "2568/measures/02-budget.yaml": "",
    });
    const th = await runCli(["validate"], cwd);
    expect(th).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        "พบปัญหาในข้อมูล 3 รายการ:",
        "data/2568/measures/01-service.yaml:5:5 steps[1]: ต้องเป็นข้อความ แต่พบตัวเลข",
        '  ใส่ค่าในเครื่องหมายคำพูดเพื่อให้เป็นข้อความ: "…"',
        'data/2568/measures/01-service.yaml:6:1 respnsible: ไม่รู้จักหัวข้อ "respnsible"',
        '  หมายถึง "responsible" ใช่หรือไม่',
        "data/2568/measures/02-budget.yaml: ไฟล์ว่างเปล่า",
        "  กรอกข้อมูลลงในไฟล์ (ดู docs/data-format.md)",
        "",
      ].join("\n"),
    });
    const en = await runCli(["validate", "--lang", "en"], cwd);
    expect(en.code).toBe(1);
    expect(en.stderr).toBe(
      [
        "Found 3 problems in the data:",
        "data/2568/measures/01-service.yaml:5:5 steps[1]: expected text, got a number",
        '  put the value in double quotes to keep it as text: "…"',
        'data/2568/measures/01-service.yaml:6:1 respnsible: unknown field "respnsible"',
        '  did you mean "responsible"?',
        "data/2568/measures/02-budget.yaml: the file is empty",
        "  fill it in (see docs/data-format.md)",
        "",
      ].join("\n"),
    );
  });

  it("writes file names relative to the working directory", async () => {
    const cwd = await makeDataDir({ "2568/measures/02-budget.yaml": "" });
    const run = await runCli(["validate", "--data", `${cwd}/data`, "--lang", "en"], `${cwd}/data/2568`);
    expect(run.stderr).toContain("\nmeasures/02-budget.yaml: the file is empty\n");
  });

  it("names the existing years when the year folder is missing, exit 1", async () => {
    const run = await runCli(["validate", "2570"], await makeDataDir());
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: "พบปัญหาในข้อมูล 1 รายการ:\ndata/2570: ไม่พบโฟลเดอร์ของปีงบประมาณ 2570\n  ปีที่มีอยู่: 2567, 2568\n",
    });
  });
});

describe("usage errors exit 2", () => {
  it("refuses a year that is not one", async () => {
    const cwd = await makeDataDir();
    expect(await runCli(["validate", "abc"], cwd)).toEqual({
      code: 2,
      stdout: "",
      stderr: '"abc" ไม่ใช่ปีงบประมาณ\n  ระบุปีงบประมาณเป็นปี พ.ศ. เช่น 2568\n',
    });
    expect(await runCli(["validate", "2025", "--lang", "en"], cwd)).toEqual({
      code: 2,
      stdout: "",
      stderr: '"2025" is not a fiscal year\n  fiscal years are in B.E.: did you mean 2568?\n',
    });
  });

  it("refuses an unknown option, in the user's language", async () => {
    const cwd = await makeDataDir();
    expect(await runCli(["validate", "--bogus"], cwd)).toEqual({
      code: 2,
      stdout: "",
      stderr: "ใช้คำสั่งไม่ถูกต้อง: unknown option '--bogus'\n  ดูวิธีใช้ด้วย \"ita-report --help\"\n",
    });
    expect(await runCli(["validate", "--bogus", "--lang", "en"], cwd)).toEqual({
      code: 2,
      stdout: "",
      stderr: "usage error: unknown option '--bogus'\n  see \"ita-report --help\"\n",
    });
  });

  it("refuses an unknown language and an unknown command", async () => {
    const cwd = await makeDataDir();
    const lang = await runCli(["--lang", "fr", "validate"], cwd);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain("'fr' is invalid");
    const command = await runCli(["frobnicate"], cwd, { LANG: "en_US" });
    expect(command.code).toBe(2);
    expect(command.stderr).toBe("usage error: unknown command 'frobnicate'\n  see \"ita-report --help\"\n");
  });

  it("shows the help on stderr and exits 2 when no command is given", async () => {
    const run = await runCli([], await makeDataDir());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: ita-report [options] [command]");
  });
});

describe("help and version", () => {
  it("prints the help in Thai with the exit codes, exit 0", async () => {
    const run = await runCli(["--help"], await makeDataDir());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("validate [options] [year]  ตรวจสอบข้อมูลของปีงบประมาณ และแสดงปัญหาทั้งหมดที่พบ");
    expect(run.stdout).toContain("รหัสการจบการทำงาน: 0 สำเร็จ, 1 พบปัญหาในข้อมูล");
  });

  it("prints the validate help in English", async () => {
    const run = await runCli(["validate", "--help", "--lang", "en"], await makeDataDir());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: ita-report validate [options] [year]");
    expect(run.stdout).toContain("fiscal year in B.E., e.g. 2568 (default: the newest year folder)");
  });

  it("prints the version of package.json", async () => {
    const run = await runCli(["--version"], await makeDataDir());
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });
});
