import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { documentXml, minimalDocx, p, table } from "../helpers/minimal-docx.js";
import { type SeedMeasure, seedLikeReport } from "../helpers/seed-like-docx.js";
import { assertBuilt, removeWorkspace, runCli, workspace } from "./cli.js";
import { IMPORT_FIXTURES, importCopies, yamlOf } from "./import-fixtures.js";

let dir: string;
beforeAll(assertBuilt);
afterEach(() => removeWorkspace(dir));

/** Every file under a folder, relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(folder.length + 1))
    .sort();
}

/**
 * Asserts two parsed YAML values equal field by field, so that a failure names the field
 * (`measures/03.yaml steps[1].items[2]`) rather than dumping two whole files.
 */
function expectSameFields(actual: unknown, expected: unknown, where: string): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${where} is a list`).toBe(true);
    const list = actual as unknown[];
    expect(list.length, `${where}: number of entries`).toBe(expected.length);
    expected.forEach((value, i) => expectSameFields(list[i], value, `${where}[${i}]`));
  } else if (typeof expected === "object" && expected !== null) {
    expect(typeof actual, `${where} is a mapping`).toBe("object");
    const record = actual as Record<string, unknown>;
    expect(Object.keys(record).sort(), `${where}: keys`).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected))
      expectSameFields(record[key], value, `${where}.${key}`);
  } else {
    expect(actual, where).toEqual(expected);
  }
}

describe("ita-report import: round trip of the 2568 report", () => {
  test("build 2568 → import the built DOCX files → every field equals data/2568's; again: nothing overwritten", async () => {
    dir = await workspace(true);
    const build = await runCli(["build", "2568", "--format", "docx", "--out", "out"], dir);
    expect(build.code, build.stderr).toBe(0);

    const run = await runCli(
      ["import", "out/report.docx", "--memo", "out/memo.docx", "--data", "imported", "--lang", "en"],
      dir,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Imported 8 measures from out\/report\.docx into fiscal year 2568:$/m);
    expect(run.stdout).toMatch(
      /^ {2}created imported\/2568\/measures\/06-procurement-transparency\.yaml \(9 steps, 33 sub-items, 5 outcomes\)$/m,
    );
    expect(run.stdout).toMatch(/^ {2}The data is valid: imported\/2568$/m);

    const names = (await readdir(join(dir, "data/2568/measures"))).sort();
    expect((await readdir(join(dir, "imported/2568/measures"))).sort()).toEqual(names);
    for (const name of names) {
      const file = join("measures", name);
      expectSameFields(
        await yamlOf(join(dir, "imported/2568", file)),
        await yamlOf(join(dir, "data/2568", file)),
        file,
      );
    }
    // import reads the memo and the report; the announcement has its own document, not read back.
    const { announcement, ...report } = (await yamlOf(join(dir, "data/2568/report.yaml"))) as Record<
      string,
      unknown
    >;
    expect(announcement).toBeDefined();
    expectSameFields(await yamlOf(join(dir, "imported/2568/report.yaml")), report, "report.yaml");
    const agency = (await yamlOf(join(dir, "data/agency.yaml"))) as Record<string, string>;
    expect(await yamlOf(join(dir, "imported/agency.yaml"))).toEqual({
      name: agency["name"],
      district: agency["district"],
      province: agency["province"],
    });
    const first = await readFile(join(dir, "imported/2568/measures", names[0] ?? ""), "utf8");
    expect(first.split("\n")[0]).toBe("# yaml-language-server: $schema=../../schema/measure.schema.json");

    // The analyst edits a file, then runs import again: the edit stays.
    const edited = join(dir, "imported/2568/measures", names[0] ?? "");
    await writeFile(edited, `${first}# edited\n`);
    const again = await runCli(
      ["import", "out/report.docx", "--memo", "out/memo.docx", "--data", "imported", "--lang", "en"],
      dir,
    );
    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/created/);
    expect(again.stdout).toMatch(
      /^ {2}kept {4}imported\/2568\/measures\/01-service-standards\.yaml \(it exists: not overwritten\)$/m,
    );
    expect(await readFile(edited, "utf8")).toBe(`${first}# edited\n`);
  });
});

describe("ita-report import: a report laid out as the agency's real document", () => {
  test("page blocks as tables with their headings, measures over two blocks, text cut mid-word, sub-items on the step's line", async () => {
    dir = await workspace(true);
    const names = (await readdir(join(dir, "data/2568/measures"))).sort();
    const measures = await Promise.all(
      names.map(async (name) => (await yamlOf(join(dir, "data/2568/measures", name))) as SeedMeasure),
    );
    const docx = seedLikeReport(
      measures,
      [
        "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.๒๕๖๘",
        "ขององค์การบริหารส่วนตำบลตาเนิน อำเภอเนินสง่า จังหวัดชัยภูมิ",
      ],
      "๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘",
    );
    await writeFile(join(dir, "seed.docx"), docx);
    const run = await runCli(["import", "seed.docx", "--data", "imported", "--lang", "en"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Imported 8 measures from seed\.docx into fiscal year 2568:$/m);
    expect((await readdir(join(dir, "imported/2568/measures"))).sort()).toEqual(names);
    for (const name of names) {
      const file = join("measures", name);
      expectSameFields(
        await yamlOf(join(dir, "imported/2568", file)),
        await yamlOf(join(dir, "data/2568", file)),
        file,
      );
    }
  });
});

/** Fixture A: written as Word writes it (make-word-fixture.py), with its memo. */
const WORD_TRUTH = {
  "01-public-information.yaml": {
    no: 1,
    title: "มาตรการเผยแพร่ข้อมูลข่าวสารของหน่วยงานให้ประชาชนรับทราบ",
    steps: [
      "จัดทำแผนผังโครงสร้างส่วนราชการของหน่วยงาน",
      { text: "จัดทำข้อมูลการติดต่อของหน่วยงาน อย่างน้อยประกอบด้วย", items: ["ที่อยู่หน่วยงาน", "หมายเลขโทรศัพท์"] },
      "เผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงาน",
    ],
    responsible: ["สำนักปลัด", "กองคลัง"],
    status: "done",
    outcomes: [
      "ประชาชนเข้าถึงข้อมูลข่าวสารของหน่วยงานได้สะดวกและรวดเร็ว",
      { heading: "ผลลัพธ์หรือความสำเร็จ" },
      "มีผู้เข้าชมเว็บไซต์เพิ่มขึ้น",
    ],
  },
  "02-measure.yaml": {
    no: 2,
    title: "มาตรการส่งเสริมการมีส่วนร่วมของประชาชน",
    steps: [
      {
        text: "จัดทำแผนการมีส่วนร่วม ดังนี้",
        items: ["โครงการหรือกิจกรรม", { text: "ผู้รับผิดชอบ อย่างน้อยประกอบด้วย", items: ["ชื่อ-นามสกุล", "ตำแหน่ง"] }],
      },
      "เผยแพร่แผนการมีส่วนร่วม",
    ],
    period: { from: "๑ มกราคม ๒๕๖๗", to: "๓๑ มีนาคม ๒๕๖๗" },
    responsible: ["กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม"],
    status: "not-done",
    reason: "งบประมาณไม่เพียงพอ",
    outcomes: ["ได้แผนการมีส่วนร่วมฉบับร่าง"],
  },
  "03-measure.yaml": {
    no: 3,
    title: "มาตรการป้องกันการรับสินบน",
    steps: ["จัดทำประกาศเจตนารมณ์", "เผยแพร่ประกาศให้บุคลากรทราบ", "รายงานผลต่อผู้บริหาร"],
    responsible: ["สำนักปลัด"],
    status: "done",
    outcomes: [{ paragraph: "บุคลากรรับทราบแนวทางการป้องกันการรับสินบน" }],
  },
  "04-personnel-management.yaml": {
    no: 4,
    title: "มาตรการส่งเสริมจริยธรรมของบุคลากร",
    steps: [
      {
        text: "บังคับใช้ประมวลจริยธรรม ได้แก่",
        bullets: ["ประมวลจริยธรรมผู้บริหารท้องถิ่น", "ประมวลจริยธรรมสมาชิกสภาท้องถิ่น"],
      },
      { text: "จัดอบรมคุณธรรมจริยธรรม", items: ["หลักสูตรสำหรับผู้บริหาร", "หลักสูตรสำหรับพนักงาน"] },
    ],
    responsible: ["สำนักปลัด", "กองคลัง"],
    status: "done",
    outcomes: ["บุคลากรรับทราบประมวลจริยธรรม", "ไม่มีเรื่องร้องเรียนด้านจริยธรรม"],
  },
};

const WORD_MEMO_TRUTH = {
  fiscalYear: 2567,
  memo: {
    department: "สำนักปลัด เทศบาลตำบลหนองบัว",
    ref: "ขก ๕๒๑๐๑/๑๒๓",
    date: "๑๐ ตุลาคม ๒๕๖๗",
    subject: "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
    to: "นายกเทศมนตรีตำบลหนองบัว",
    sections: [
      {
        heading: "๑. เรื่องเดิม",
        content: ["ตามที่เทศบาลตำบลหนองบัวได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ นั้น"],
      },
      {
        heading: "๒. ข้อเสนอเพื่อพิจารณา",
        content: [
          {
            numbered: ["เห็นควรให้ความเห็นชอบรายงานผลการดำเนินการ", "เห็นควรเผยแพร่รายงานทางเว็บไซต์ของหน่วยงาน"],
          },
        ],
      },
    ],
    closing: "จึงเรียนมาเพื่อโปรดพิจารณา",
    signer: { name: "นายสมชาย ใจดี", position: "นักวิเคราะห์นโยบายและแผนปฏิบัติการ" },
    reviewers: [
      {
        title: "ความคิดเห็นของปลัดเทศบาล",
        lines: 1,
        signer: { name: "นางสาวสมหญิง รักดี", position: "ปลัดเทศบาลตำบลหนองบัว" },
      },
      {
        title: "ความคิดเห็นของนายกเทศมนตรี",
        lines: 2,
        signer: { name: "นายใหญ่ มั่นคง", position: "นายกเทศมนตรีตำบลหนองบัว" },
      },
    ],
  },
};

/** Fixture B: typed in HTML and saved as DOCX by LibreOffice (make-libreoffice-fixture.sh). */
const LIBREOFFICE_TRUTH = {
  "01-service-standards.yaml": {
    no: 1,
    title: "มาตรการจัดทำคู่มือการให้บริการประชาชน",
    steps: [
      "จัดทำคู่มือการให้บริการ",
      { text: "ประชาสัมพันธ์คู่มือ โดยมีช่องทางดังนี้", items: ["บอร์ดประชาสัมพันธ์", "เว็บไซต์ของหน่วยงาน"] },
      "จัดให้มีบริการ E-Service",
      "ประเมินความพึงพอใจของผู้รับบริการ",
    ],
    responsible: ["สำนักปลัด", "กองคลัง"],
    status: "done",
    outcomes: ["ประชาชนทราบขั้นตอนการให้บริการ", { heading: "ผลลัพธ์หรือความสำเร็จ" }, "ผู้รับบริการพึงพอใจร้อยละ 85"],
  },
  "02-measure.yaml": {
    no: 2,
    title: "มาตรการจัดทำระบบรับเรื่องร้องเรียนออนไลน์",
    steps: ["จัดทำระบบรับเรื่องร้องเรียนบนเว็บไซต์", "ทดสอบระบบ"],
    period: { from: "1 ม.ค. 67", to: "30 มิ.ย. 67" },
    responsible: ["กองช่าง"],
    status: "not-done",
    reason: "ไม่ได้รับการจัดสรรงบประมาณ",
    outcomes: ["ได้ออกแบบระบบไว้แล้ว"],
  },
  "03-measure.yaml": {
    no: 3,
    title: "มาตรการเสริมสร้างวัฒนธรรมองค์กรสุจริต",
    steps: [
      { text: "ประกาศเจตนารมณ์ต่อต้านการทุจริต ได้แก่", bullets: ["ประกาศของผู้บริหาร", "ประกาศของพนักงาน"] },
      "จัดกิจกรรมวันต่อต้านคอร์รัปชันสากล",
    ],
    responsible: ["สำนักปลัด"],
    status: "done",
    outcomes: [{ paragraph: "บุคลากรมีความตระหนักรู้เรื่องการต่อต้านการทุจริต" }],
  },
  "04-procurement-transparency.yaml": {
    no: 4,
    title: "มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง",
    steps: [
      "จัดทำแผนการจัดซื้อจัดจ้าง",
      { text: "รายงานผลการจัดซื้อจัดจ้าง ดังนี้", items: ["งานที่ซื้อหรือจ้าง", "วงเงินงบประมาณ"] },
    ],
    responsible: ["กองคลัง", "กองช่าง"],
    status: "done",
    outcomes: ["ประชาชนตรวจสอบการจัดซื้อจัดจ้างได้"],
  },
};

describe("ita-report import: reports made in Word by other tools", () => {
  test("Word automatic numbering, merged headings, split table, continued rows, / and ✓ marks, TH SarabunIT๙; then build", async () => {
    dir = await workspace(false);
    const run = await importCopies(
      dir,
      { "last.docx": "word-autonumbering.docx", "memo.docx": "word-memo.docx" },
      ["last.docx", "--memo", "memo.docx"],
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Imported 4 measures from last\.docx into fiscal year 2567:$/m);
    expect(run.stdout).toMatch(
      /^ {2}created data\/2567\/measures\/02-measure\.yaml \(2 steps, 4 sub-items, 1 outcome\)$/m,
    );
    // The column the form does not have is named, and its text kept in the measure's file.
    expect(run.stdout).toMatch(
      /^ {4}measure 2: column "หมายเหตุ" is not one of the form's: its text is kept here: รอจัดสรรงบประมาณปี ๒๕๖๘$/m,
    );
    expect(await readFile(join(dir, "data/2567/measures/02-measure.yaml"), "utf8")).toContain(
      '# import: column "หมายเหตุ" is not one of the form\'s: its text is kept here: รอจัดสรรงบประมาณปี ๒๕๖๘',
    );
    expect(run.stdout).toMatch(
      /^ {4}measure 1: 1 line at the top of a continued row joined to the outcomes entry above, check them$/m,
    );
    expect(run.stdout).toMatch(/^ {2}The data is valid: data\/2567$/m);
    // The title lines are not imported, and the summary says so.
    expect(run.stdout).toMatch(
      /^not imported: 2 paragraphs of the report outside the measure table \(build writes the cover and titles from agency\.yaml and the year\): "รายงานผล/m,
    );
    for (const [name, truth] of Object.entries(WORD_TRUTH)) {
      expectSameFields(await yamlOf(join(dir, "data/2567/measures", name)), truth, name);
    }
    expect((await readdir(join(dir, "data/2567/measures"))).sort()).toEqual(Object.keys(WORD_TRUTH));
    expectSameFields(await yamlOf(join(dir, "data/2567/report.yaml")), WORD_MEMO_TRUTH, "report.yaml");
    expect(await yamlOf(join(dir, "data/agency.yaml"))).toEqual({
      name: "เทศบาลตำบลหนองบัว",
      district: "อำเภอเมืองขอนแก่น",
      province: "จังหวัดขอนแก่น",
    });

    const build = await runCli(["build", "2567", "--format", "docx"], dir);
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
  });

  test("memo and report in one Word file, given twice: the same files as from two", async () => {
    dir = await workspace(false);
    const run = await importCopies(dir, { "all.docx": "word-memo-and-report.docx" }, [
      "all.docx",
      "--memo",
      "all.docx",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    for (const [name, truth] of Object.entries(WORD_TRUTH)) {
      expectSameFields(await yamlOf(join(dir, "data/2567/measures", name)), truth, name);
    }
    expectSameFields(await yamlOf(join(dir, "data/2567/report.yaml")), WORD_MEMO_TRUTH, "report.yaml");
    expect(run.stdout).not.toMatch(/memo: .* not placed/);
    expect(run.stdout).toMatch(/^not imported: 2 paragraphs of the report outside the measure table/m);
  });

  test("LibreOffice from HTML: own column order and headings, lists, <br> lines, repeated headings, Arabic digits", async () => {
    dir = await workspace(false);
    const run = await runCli(
      [
        "import",
        join(IMPORT_FIXTURES, "libreoffice-report.docx"),
        "--data",
        join(dir, "data"),
        "--lang",
        "en",
      ],
      dir,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/into fiscal year 2567:$/m);
    for (const [name, truth] of Object.entries(LIBREOFFICE_TRUTH)) {
      expectSameFields(await yamlOf(join(dir, "data/2567/measures", name)), truth, name);
    }
    expect((await readdir(join(dir, "data/2567/measures"))).sort()).toEqual(Object.keys(LIBREOFFICE_TRUTH));
    // Without --memo there is no report.yaml: validate says so.
    expect(run.stdout).toMatch(/^ {2}data\/2567\/report\.yaml: the file does not exist$/m);
  });
});

/** A document.xml that inflates past the import's bound while its zip stays small. */
function inflatingBomb(): Uint8Array {
  const filler = " ".repeat(50 * 1024 * 1024);
  return zipSync(
    { "word/document.xml": new TextEncoder().encode(documentXml(`${p("x")}${filler}`)) },
    { level: 9 },
  );
}

/** A zip whose directory lists more entries than any Word file has. */
function entryBomb(): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < 2_500; i += 1) files[`word/media/x${i}.xml`] = new Uint8Array(1);
  return minimalDocx(p("x"), files);
}

const HOSTILE: readonly { name: string; bytes: () => Uint8Array; message: RegExp }[] = [
  {
    name: "not a DOCX (a text file)",
    bytes: () => new TextEncoder().encode("รายงานผลการดำเนินการ\nนี่ไม่ใช่ไฟล์ Word\n"),
    message: /^last\.docx: not a Word document \(\.docx\): not a zip file$/m,
  },
  {
    name: "a zip bomb (one part inflating past the bound)",
    bytes: inflatingBomb,
    message:
      /^last\.docx: refused: the file would unpack to far more than a report \(word\/document\.xml inflates past \d+ bytes\)$/m,
  },
  {
    name: "a zip bomb (thousands of entries)",
    bytes: entryBomb,
    message:
      /^last\.docx: refused: the file would unpack to far more than a report \(2503 entries \(at most 2000\)\)$/m,
  },
  {
    name: "a DOCX without a table",
    bytes: () => minimalDocx(p("บันทึกข้อความ") + p("เรื่อง รายงานผล")),
    message:
      /^last\.docx word\/document\.xml: the document has no table: the measures are read from the report's table$/m,
  },
  {
    name: "a table with other headings",
    bytes: () =>
      minimalDocx(
        table([
          ["ลำดับที่", "ชื่อ-สกุล", "ตำแหน่ง", "โทรศัพท์"],
          ["๑", "นายสมชาย ใจดี", "ปลัด", "๐๔๔-๑๒๓๔๕๖"],
        ]),
      ),
    message:
      /^last\.docx word\/document\.xml: no table has the headings of the measure table; the first reads: "ลำดับที่", "ชื่อ-สกุล", "ตำแหน่ง", "โทรศัพท์"$/m,
  },
  {
    name: "an XML entity bomb (billion laughs) in document.xml",
    bytes: () =>
      zipSync({
        "word/document.xml": new TextEncoder().encode(
          '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><w:document>&lol2;</w:document>',
        ),
      }),
    message:
      /^last\.docx word\/document\.xml: the document's XML cannot be read: a document type declaration \(<!DOCTYPE\) is not accepted$/m,
  },
];

describe("ita-report import on hostile files: a located message, exit 1, nothing written", () => {
  for (const hostile of HOSTILE) {
    test(hostile.name, async () => {
      dir = await workspace(false);
      await writeFile(join(dir, "last.docx"), hostile.bytes());
      await mkdir(join(dir, "data"));
      const run = await runCli(["import", "last.docx", "--year", "2568", "--lang", "en"], dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^Found 1 problem in the data:$/m);
      expect(run.stderr).toMatch(hostile.message);
      expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(await filesUnder(join(dir, "data"))).toEqual([]);
    });
  }

  test("a missing file is a wrong command line: exit 2, in Thai by default", async () => {
    dir = await workspace(false);
    const run = await runCli(["import", "missing.docx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^อ่านไฟล์ missing\.docx ไม่ได้: ENOENT$/m);
    expect(await filesUnder(join(dir, "data"))).toEqual([]);
  });
});
