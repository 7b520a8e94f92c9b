import { readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError } from "../../../src/errors.js";
import { localizeIssue } from "../../../src/i18n/catalog.js";
import { listYears } from "../../../src/load/list-years.js";
import { loadYear } from "../../../src/load/load-year.js";
import { issueLine, issuesOf } from "./load-cases.js";
import { makeDataDir, VALID_FIXTURE } from "./make-data-dir.js";

const AGENCY = "name: อบต.ตาเนิน\ndistrict: อำเภอเนินสง่า\nprovince: จังหวัดชัยภูมิ\n";

async function dataErrorOf(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DataError)) throw new Error(`expected a DataError, got ${String(error)}`);
  return error;
}

describe("loadYear on valid data", () => {
  it("returns the agency, the report, the measures sorted by number and the images", async () => {
    const cwd = await makeDataDir({
      // Named so that file order and number order differ.
      "2568/measures/00-last.yaml": "no: 3\ntitle: สาม\nsteps: [ก]\nresponsible: [ข]\nstatus: done\n",
    });
    const data = await loadYear("data", 2568, { cwd });
    expect(data.agency.name).toBe("องค์การบริหารส่วนตำบลตาเนิน");
    expect(data.report.fiscalYear).toBe(2568);
    expect(data.report.memo.date).toEqual({ year: 2025, month: 4, day: 24 });
    expect(data.measures.map((m) => m.no)).toEqual([1, 2, 3]);
    expect(data.measures[0]?.period).toEqual({
      from: { year: 2024, month: 10, day: 1 },
      to: { year: 2025, month: 4, day: 24 },
    });
    expect(data.images.emblem).toMatchObject({
      format: "png",
      widthPx: 30,
      heightPx: 32,
      source: "assets/garuda.png",
    });
    expect(data.images.logo).toMatchObject({
      format: "svg",
      widthPx: 120,
      heightPx: 80,
      source: "assets/logo.svg",
    });
  });

  it("takes the newest year folder when no year is given", async () => {
    const cwd = await makeDataDir();
    expect((await loadYear("data", undefined, { cwd })).report.fiscalYear).toBe(2568);
    expect((await loadYear("data", 2567, { cwd })).report.fiscalYear).toBe(2567);
  });

  it("accepts a UTF-8 byte-order mark and CRLF line ends", async () => {
    const text =
      "\uFEFFno: 1\r\ntitle: มาตรการ\r\nsteps:\r\n  - ขั้นตอน\r\nresponsible: [สำนักปลัด]\r\nstatus: done\r\n";
    const cwd = await makeDataDir({ "2568/measures/01-service.yaml": text });
    const data = await loadYear("data", 2568, { cwd });
    expect(data.measures[0]?.title).toBe("มาตรการ");
    expect(data.measures[0]?.steps).toEqual(["ขั้นตอน"]);
  });

  it("locates problems on CRLF files at the right line", async () => {
    const text = "no: 1\r\ntitle: มาตรการ\r\nsteps: [ก]\r\nresponsible: [ข]\r\nstatus: don\r\n";
    expect(await issuesOf({ "2568/measures/01-service.yaml": text }, "en")).toEqual([
      'data/2568/measures/01-service.yaml:5:9 status: "don" is not allowed here: use "done" or "not-done" | did you mean "done"?',
    ]);
  });
});

describe("loadYear collects every problem of every file in one run", () => {
  it("reports problems of agency.yaml, report.yaml and two measures together", async () => {
    const lines = await issuesOf(
      {
        "agency.yaml": `${AGENCY}emblm: assets/garuda.png\n`,
        "2568/report.yaml": "fiscalYear: 2568\n",
        "2568/measures/01-service.yaml": "no: 1\ntitle: 5\nsteps: [ก]\nresponsible: [ข]\nstatus: done\n",
        "2568/measures/02-budget.yaml":
          "no: 2\ntitle: ก\nsteps: [ก]\nresponsible: [ข]\nstatus: done\noutcome: []\n",
      },
      "en",
    );
    expect(lines).toEqual([
      'data/agency.yaml:4:1 emblm: unknown field "emblm" | did you mean "emblem"?',
      'data/2568/report.yaml:1:1 memo: the required field "memo" is missing | add "memo:" here',
      'data/2568/measures/01-service.yaml:2:8 title: expected text, got a number | put the value in double quotes to keep it as text: "…"',
      'data/2568/measures/02-budget.yaml:6:1 outcome: unknown field "outcome" | did you mean "outcomes"?',
    ]);
  });

  it("carries code and params so an issue can be worded again in the other language", async () => {
    const cwd = await makeDataDir({
      "2568/measures/01-service.yaml": "no: 1\ntitle: ก\nsteps: [ก]\nresponsible: [ข]\nstatus: don\n",
    });
    const error = await dataErrorOf(loadYear("data", 2568, { cwd, lang: "th" }));
    const [issue] = error.issues;
    expect(issue?.code).toBe("value.not-allowed");
    expect(issue && issueLine(localizeIssue(issue, "en"))).toBe(
      'data/2568/measures/01-service.yaml:5:9 status: "don" is not allowed here: use "done" or "not-done" | did you mean "done"?',
    );
  });
});

describe("year folders", () => {
  it("lists the year folders, oldest first, ignoring other folders", async () => {
    const cwd = await makeDataDir({ "notes/readme.txt": "x", "25680/x.txt": "y" });
    expect(await listYears("data", { cwd })).toEqual([2567, 2568]);
  });

  it("names the years that exist when the one asked for is missing", async () => {
    expect(await issuesOf({}, "th", 2566)).toEqual([
      "data/2566: ไม่พบโฟลเดอร์ของปีงบประมาณ 2566 | ปีที่มีอยู่: 2567, 2568",
    ]);
    expect(await issuesOf({}, "en", 2566)).toEqual([
      "data/2566: there is no folder for fiscal year 2566 | years found: 2567, 2568",
    ]);
  });

  it("says when there is no year folder at all", async () => {
    expect(await issuesOf({ "2567": null, "2568": null }, "en", null)).toEqual([
      "data: there is no fiscal-year folder (such as 2568) in the data folder | create one named after the fiscal year in B.E., e.g. 2568",
    ]);
    expect(await issuesOf({ "2567": null, "2568": null }, "th", null)).toEqual([
      "data: ไม่พบโฟลเดอร์ปีงบประมาณ (เช่น 2568) ในโฟลเดอร์ข้อมูล | สร้างโฟลเดอร์ที่ตั้งชื่อตามปีงบประมาณ พ.ศ. เช่น 2568",
    ]);
  });

  it("says when the data folder does not exist", async () => {
    const cwd = await makeDataDir();
    const th = await dataErrorOf(loadYear("nowhere", 2568, { cwd, lang: "th" }));
    expect(th.issues.map(issueLine)).toEqual([
      "nowhere: ไม่พบโฟลเดอร์ข้อมูล | ระบุโฟลเดอร์ที่มี agency.yaml และโฟลเดอร์ของแต่ละปี (เช่น data)",
    ]);
    const en = await dataErrorOf(loadYear("nowhere", 2568, { cwd, lang: "en" }));
    expect(en.issues.map(issueLine)).toEqual([
      "nowhere: the data folder does not exist | give the folder that holds agency.yaml and the year folders (e.g. data)",
    ]);
  });
});

describe("images named in agency.yaml", () => {
  const withLogo = (path: string): Record<string, string> => ({ "agency.yaml": `${AGENCY}logo: ${path}\n` });

  it("refuses a path leading outside the data folder", async () => {
    expect(await issuesOf(withLogo("../../etc/passwd"), "th")).toEqual([
      'data/agency.yaml:4:7 logo: ที่อยู่รูปภาพ "../../etc/passwd" ชี้ออกไปนอกโฟลเดอร์ข้อมูล | วางรูปภาพไว้ในโฟลเดอร์ข้อมูล แล้วเขียนที่อยู่เทียบกับโฟลเดอร์นั้น เช่น assets/garuda.png',
    ]);
    expect(await issuesOf(withLogo("../../etc/passwd"), "en")).toEqual([
      'data/agency.yaml:4:7 logo: the image path "../../etc/passwd" leads outside the data folder | put the image inside the data folder and write its path relative to it, e.g. assets/garuda.png',
    ]);
  });

  it("refuses an absolute path", async () => {
    expect(await issuesOf(withLogo("/etc/passwd"), "th")).toEqual([
      'data/agency.yaml:4:7 logo: ที่อยู่รูปภาพ "/etc/passwd" เป็นแบบเต็ม (absolute) | วางรูปภาพไว้ในโฟลเดอร์ข้อมูล แล้วเขียนที่อยู่เทียบกับโฟลเดอร์นั้น เช่น assets/garuda.png',
    ]);
    expect(await issuesOf(withLogo("C:\\Windows\\logo.png"), "en")).toEqual([
      'data/agency.yaml:4:7 logo: the image path "C:\\Windows\\logo.png" is absolute | put the image inside the data folder and write its path relative to it, e.g. assets/garuda.png',
    ]);
  });

  it("refuses a symbolic link that points outside the data folder", async () => {
    const cwd = await makeDataDir(withLogo("assets/link.png"));
    await writeFile(join(cwd, "secret.png"), "outside");
    await symlink(join(cwd, "secret.png"), join(cwd, "data/assets/link.png"));
    const th = await dataErrorOf(loadYear("data", 2568, { cwd, lang: "th" }));
    expect(th.issues.map(issueLine)).toEqual([
      'data/agency.yaml:4:7 logo: "assets/link.png" เป็นลิงก์ที่ชี้ไปยังไฟล์นอกโฟลเดอร์ข้อมูล | คัดลอกไฟล์รูปภาพจริงมาไว้ในโฟลเดอร์ข้อมูล',
    ]);
    const en = await dataErrorOf(loadYear("data", 2568, { cwd, lang: "en" }));
    expect(en.issues.map(issueLine)).toEqual([
      'data/agency.yaml:4:7 logo: "assets/link.png" is a link to a file outside the data folder | copy the image itself into the data folder',
    ]);
  });

  it("follows a symbolic link that stays inside the data folder", async () => {
    const cwd = await makeDataDir(withLogo("assets/link.png"));
    await symlink("garuda.png", join(cwd, "data/assets/link.png"));
    const data = await loadYear("data", 2568, { cwd });
    expect(data.images.logo).toMatchObject({ format: "png", widthPx: 30, source: "assets/link.png" });
  });

  it("refuses a missing image", async () => {
    expect(await issuesOf(withLogo("assets/none.png"), "th")).toEqual([
      'data/agency.yaml:4:7 logo: ไม่พบรูปภาพ "assets/none.png" | ตรวจสอบที่อยู่: ต้องเขียนเทียบกับโฟลเดอร์ข้อมูล',
    ]);
    expect(await issuesOf(withLogo("assets/none.png"), "en")).toEqual([
      'data/agency.yaml:4:7 logo: the image "assets/none.png" does not exist | check the path: it is relative to the data folder',
    ]);
  });

  it("refuses a file named .png that is not an image", async () => {
    const changes = { ...withLogo("assets/fake.png"), "assets/fake.png": "GIF89a or text" };
    expect(await issuesOf(changes, "th")).toEqual([
      'data/agency.yaml:4:7 logo: "assets/fake.png" ไม่ใช่รูปภาพ PNG, JPEG หรือ SVG | บันทึกรูปภาพใหม่เป็น PNG, JPEG หรือ SVG',
    ]);
    expect(await issuesOf(changes, "en")).toEqual([
      'data/agency.yaml:4:7 logo: "assets/fake.png" is not a PNG, JPEG or SVG image | export the image again as PNG, JPEG or SVG',
    ]);
  });

  it("refuses an image whose header is right but whose data is cut short", async () => {
    const whole = await readFile(join(VALID_FIXTURE, "assets/garuda.png"));
    const cut = new Uint8Array(whole.subarray(0, whole.length - 20));
    const changes = { ...withLogo("assets/cut.png"), "assets/cut.png": cut };
    expect(await issuesOf(changes, "th")).toEqual([
      'data/agency.yaml:4:7 logo: ไฟล์ภาพ "assets/cut.png" เสียหาย: ข้อมูล PNG ขาดหายหรือผิดรูปแบบ | เปิดภาพด้วยโปรแกรมแก้ไขภาพ แล้วบันทึกใหม่เป็น PNG หรือ JPEG',
    ]);
    expect(await issuesOf(changes, "en")).toEqual([
      'data/agency.yaml:4:7 logo: the image "assets/cut.png" is damaged: its PNG data is cut short or corrupt | open it in an image editor and export it again as PNG or JPEG',
    ]);
  });

  it("refuses an image over 10 MB", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    const changes = { ...withLogo("assets/big.png"), "assets/big.png": big };
    expect(await issuesOf(changes, "th")).toEqual([
      'data/agency.yaml:4:7 logo: รูปภาพ "assets/big.png" มีขนาด 10.0 MB เกิน 10 MB | ลดขนาดรูป (ตราครุฑใช้ประมาณ 600 × 600 พิกเซลก็พอ) แล้วบันทึกใหม่',
    ]);
    expect(await issuesOf(changes, "en")).toEqual([
      'data/agency.yaml:4:7 logo: the image "assets/big.png" is 10.0 MB, more than 10 MB | make it smaller (an emblem needs about 600 × 600 pixels) and save it again',
    ]);
  });

  it("refuses an SVG without a size", async () => {
    const changes = {
      ...withLogo("assets/nosize.svg"),
      "assets/nosize.svg": '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    };
    expect(await issuesOf(changes, "th")).toEqual([
      'data/agency.yaml:4:7 logo: อ่านขนาดของรูปภาพ "assets/nosize.svg" ไม่ได้ | กำหนด width และ height หรือ viewBox ให้กับ <svg>',
    ]);
    expect(await issuesOf(changes, "en")).toEqual([
      'data/agency.yaml:4:7 logo: cannot read the size of the image "assets/nosize.svg" | give the <svg> element a width and a height, or a viewBox',
    ]);
  });
});
