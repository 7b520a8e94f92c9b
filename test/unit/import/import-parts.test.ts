import { describe, expect, test } from "vitest";
import { buildMeasures } from "../../../src/import/build-measures.js";
import { cellLines, joinText, splitMarker } from "../../../src/import/cell-lines.js";
import { columnKindOf } from "../../../src/import/column-kind.js";
import { readBody, type DocTable } from "../../../src/import/docx-body.js";
import { findMeasureRows } from "../../../src/import/find-measure-tables.js";
import { ImportFailure } from "../../../src/import/import-failure.js";
import { Numbering } from "../../../src/import/numbering.js";
import { parseOutcomes } from "../../../src/import/parse-outcomes.js";
import { parsePeriod } from "../../../src/import/parse-period.js";
import { parseSteps } from "../../../src/import/parse-steps.js";
import { ZipPackage } from "../../../src/import/read-zip.js";
import { parseXml } from "../../../src/import/xml.js";
import { minimalDocx, table } from "../../helpers/minimal-docx.js";

const NUMBERING = `<w:numbering>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="(%2)"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

describe("Word's automatic numbering, computed as Word shows it", () => {
  test("Thai digits, sub-levels restarting under each step, %1.%3, a start override, bullets", () => {
    const numbering = new Numbering(parseXml(NUMBERING, "word/numbering.xml"));
    const labels = [
      numbering.next("1", 0),
      numbering.next("1", 1),
      numbering.next("1", 1),
      numbering.next("1", 0),
      numbering.next("1", 1),
      numbering.next("1", 2),
      numbering.next("2", 0),
      numbering.next("3", 0),
    ].map((l) => l?.text);
    expect(labels).toEqual(["๑.", "(๑)", "(๒)", "๒.", "(๑)", "๒.1", "๕.", "•"]);
    expect(numbering.next("9", 0)).toBeUndefined();
  });
});

describe("markers and joins inside a cell", () => {
  test.each([
    ["๑. จัดทำคู่มือ", { kind: "step", n: 1 }, "จัดทำคู่มือ"],
    ["12) รายงาน", { kind: "step", n: 12 }, "รายงาน"],
    ["(๒) ผลผลิต", { kind: "sub", n: 2 }, "ผลผลิต"],
    ["๒.๑ หลักสูตร", { kind: "sub", n: 1, parent: 2 }, "หลักสูตร"],
    ["-ประชาชนเข้าถึง", { kind: "bullet" }, "ประชาชนเข้าถึง"],
    ["• ประมวล", { kind: "bullet" }, "ประมวล"],
    ["๓๑ มีนาคม ๒๕๖๘", undefined, "๓๑ มีนาคม ๒๕๖๘"],
    ["E-Service ของหน่วยงาน", undefined, "E-Service ของหน่วยงาน"],
  ])("%s", (text, marker, rest) => {
    const split = splitMarker(text);
    expect(split.marker).toEqual(marker);
    expect(split.rest).toBe(rest);
  });

  test("a Thai line broken between two words joins without a space; Latin and typed spaces keep one", () => {
    expect(joinText("ของหน่วยงาน ทำให้", "เจ้าหน้าที่ลดขั้นตอน")).toBe("ของหน่วยงาน ทำให้เจ้าหน้าที่ลดขั้นตอน");
    expect(joinText("ระบบ E-Service", "ของหน่วยงาน")).toBe("ระบบ E-Service ของหน่วยงาน");
    expect(joinText("ประชาชน ", "ได้รับ")).toBe("ประชาชน ได้รับ");
  });

  test("steps typed in one paragraph, as the seed's cells hold them, and continued in the next row", () => {
    const lines = cellLines([
      {
        paragraph: {
          text: "๑. จัดทำแผน ดังนี้ (๑) โครงการหรือกิจกรรม (๒) ผลผลิตของแต่ ๒. เผยแพร่ข้อมูล",
          bold: false,
        },
        continuesRow: false,
      },
      { paragraph: { text: "บนเว็บไซต์", bold: false }, continuesRow: true },
      { paragraph: { text: "๔. จัดทำประกาศ", bold: false }, continuesRow: false },
    ]);
    const notes: never[] = [];
    expect(parseSteps(lines, notes)).toEqual([
      { text: "จัดทำแผน ดังนี้", items: ["โครงการหรือกิจกรรม", "ผลผลิตของแต่"] },
      "เผยแพร่ข้อมูลบนเว็บไซต์",
      { no: 4, text: "จัดทำประกาศ" },
    ]);
  });
});

describe("outcomes", () => {
  test("a bullet typed on after another without Enter is its own; hyphens inside words are not bullets", () => {
    const lines = cellLines([
      {
        paragraph: { text: "-ผู้รับบริการได้รับความสะดวก รวดเร็วในการใช้บริการ -เจ้าหน้าที่ยึดแนวปฏิบัติ", bold: false },
        continuesRow: false,
      },
      {
        paragraph: { text: "-ระบุชื่อ-สกุลของผู้ถูกร้อง ระหว่าง ๑ ตุลาคม - ๓๐ กันยายน", bold: false },
        continuesRow: false,
      },
    ]);
    expect(parseOutcomes(lines, false, []).outcomes).toEqual([
      "ผู้รับบริการได้รับความสะดวก รวดเร็วในการใช้บริการ",
      "เจ้าหน้าที่ยึดแนวปฏิบัติ",
      "ระบุชื่อ-สกุลของผู้ถูกร้อง ระหว่าง ๑ ตุลาคม - ๓๐ กันยายน",
    ]);
  });
});

describe("headings and periods", () => {
  test.each([
    ["ลำดับ ที่", "no"],
    ["มาตรการหรือกิจกรรมที่ ดำเนินการ", "title"],
    ["ขั้นตอนหรือ วิธีการปฏิบัติ", "steps"],
    ["วิธีการดำเนินงาน", "steps"],
    ["ช่วงระยะเวลาใน การดำเนินการ", "period"],
    ["ผู้รับผิดชอบ", "responsible"],
    ["สรุปผลการดำเนินการ", "status"],
    ["ดำเนินการ แล้วเสร็จ", "done"],
    ["ไม่สามารถ ดำเนินการ ได้", "notDone"],
    ["ผลลัพธ์หรือความสำเร็จของการ ดำเนินการ", "outcomes"],
    ["หมายเหตุ", undefined],
    ["มาตรการการปฏิบัติหรือให้บริการแก่บุคคลภายนอก เป็นไปตามขั้นตอนและระยะเวลาที่กำหนด", undefined],
  ])("%s", (heading, kind) => {
    expect(columnKindOf(heading)).toBe(kind);
  });

  test("the whole fiscal year is the default; other dates are kept as typed; a month alone gets its day", () => {
    expect(parsePeriod("๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘", 2568, "thai")).toEqual({ kind: "default" });
    expect(parsePeriod("ต.ค. ๖๗ – ก.ย. ๖๘", 2568, "thai")).toEqual({ kind: "default" });
    expect(parsePeriod("ตลอดปีงบประมาณ", 2568, "thai")).toEqual({ kind: "default" });
    expect(parsePeriod("1 ม.ค. 68 ถึง 31 มี.ค. 68", 2568, "thai")).toEqual({
      kind: "period",
      from: "1 ม.ค. 68",
      to: "31 มี.ค. 68",
    });
    expect(parsePeriod("ม.ค. ๖๘ - มี.ค. ๖๘", 2568, "thai")).toEqual({
      kind: "period",
      from: "๑ มกราคม ๒๕๖๘",
      to: "๓๑ มีนาคม ๒๕๖๘",
    });
    expect(parsePeriod("ไตรมาสที่ ๒", 2568, "thai")).toEqual({ kind: "unread", text: "ไตรมาสที่ ๒" });
  });
});

describe("the measure table in a document", () => {
  const HEAD_1 = [
    "ลำดับ ที่",
    "มาตรการหรือกิจกรรมที่ ดำเนินการ",
    "ขั้นตอนหรือ วิธีการปฏิบัติ",
    "ช่วงระยะเวลาใน การดำเนินการ",
    "ผู้รับผิดชอบ",
    "สรุปผลการดำเนินการ",
    "",
    "ผลลัพธ์หรือความสำเร็จของการ ดำเนินการ",
  ];
  const HEAD_2 = ["", "", "", "", "", "ดำเนินการ แล้วเสร็จ", "ไม่สามารถ ดำเนินการ ได้", ""];
  const FISCAL = "๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘";

  test("headings typed again at each page are skipped, rows without a number continue the measure", () => {
    const docx = minimalDocx(
      table([
        HEAD_1,
        HEAD_2,
        [
          "๑",
          "มาตรการสร้างความโปร่งใส",
          "๑. จัดทำแผน (๑) โครงการ (๒) ผลผลิตของแต่",
          FISCAL,
          "๑.สำนักปลัด ๒.กองคลัง",
          "/",
          "",
          "-เจ้าหน้าที่ได้รับทราบ ทำให้",
        ],
        HEAD_1,
        HEAD_2,
        ["", "", "ละโครงการ ๒. เผยแพร่ข้อมูล", "", "", "", "", "การใช้จ่ายตรงตามวัตถุประสงค์"],
        [
          "๒",
          "มาตรการป้องกันการทุจริต",
          "๑. จัดทำคู่มือ",
          FISCAL,
          "สำนักปลัด",
          "",
          "/ รอปีงบประมาณถัดไป",
          "เหตุที่ไม่สามารถดำเนินการได้ ไม่มีงบประมาณ",
        ],
      ]),
    );
    const blocks = readBody(ZipPackage.open(docx));
    const { rows } = findMeasureRows(blocks.filter((b): b is DocTable => b.kind === "table"));
    const measures = buildMeasures(rows, 2568, "thai");
    expect(measures.map((m) => m.value)).toEqual([
      {
        no: 1,
        title: "มาตรการสร้างความโปร่งใส",
        steps: [{ text: "จัดทำแผน", items: ["โครงการ", "ผลผลิตของแต่ละโครงการ"] }, "เผยแพร่ข้อมูล"],
        responsible: ["สำนักปลัด", "กองคลัง"],
        status: "done",
        outcomes: ["เจ้าหน้าที่ได้รับทราบ ทำให้การใช้จ่ายตรงตามวัตถุประสงค์"],
      },
      {
        no: 2,
        title: "มาตรการป้องกันการทุจริต",
        steps: ["จัดทำคู่มือ"],
        responsible: ["สำนักปลัด"],
        status: "not-done",
        reason: "ไม่มีงบประมาณ",
        outcomes: [],
      },
    ]);
    expect(measures[0]?.source).toEqual({ table: 1, rows: [3, 6] });
    expect(measures[0]?.notes.map((n) => n.code)).toEqual(["import.note.joined-row"]);
    // Text beside the mark is not dropped: a note keeps it for a comment on `status`.
    expect(measures[1]?.notes).toEqual([
      { code: "import.note.status-text", params: { text: "รอปีงบประมาณถัดไป" }, path: ["status"] },
    ]);
  });

  test("a title typed in a merged row above the headings is passed over", () => {
    const title = `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="8"/></w:tcPr><w:p><w:r><w:t>รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</w:t></w:r></w:p></w:tc></w:tr>`;
    const rows = table([
      HEAD_1,
      HEAD_2,
      ["๑", "มาตรการป้องกันการทุจริต", "๑. จัดทำคู่มือ", FISCAL, "สำนักปลัด", "/", "", "-ได้คู่มือ"],
    ]).replace("<w:tbl>", `<w:tbl>${title}`);
    const blocks = readBody(ZipPackage.open(minimalDocx(rows)));
    const found = findMeasureRows(blocks.filter((b): b is DocTable => b.kind === "table"));
    expect(found.rows.map((r) => r.row)).toEqual([4]);
    expect(buildMeasures(found.rows, 2568, "thai").map((m) => m.value.steps)).toEqual([["จัดทำคู่มือ"]]);
  });

  test("an XML part with an entity declaration, an unknown entity or endless nesting is refused", () => {
    const refuse = (xml: string): string => {
      try {
        parseXml(xml, "word/document.xml");
      } catch (error) {
        if (error instanceof ImportFailure) return String(error.params["detail"]);
      }
      return "accepted";
    };
    expect(refuse('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')).toMatch(/DOCTYPE/);
    expect(refuse("<x>&e;</x>")).toBe("unknown entity &e;");
    expect(refuse(`${"<a>".repeat(300)}${"</a>".repeat(300)}`)).toBe("elements nested deeper than 256");
    expect(refuse("<x>&#x0E01;&amp;&lt;</x>")).toBe("accepted");
  });
});
