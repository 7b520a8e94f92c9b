import { zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { buildMeasures, type ImportedMeasure } from "../../../src/import/build-measures.js";
import { cellLines, joinText } from "../../../src/import/cell-lines.js";
import { readBody, type DocTable } from "../../../src/import/docx-body.js";
import { findMeasureRows } from "../../../src/import/find-measure-tables.js";
import { planImport } from "../../../src/import/import-docx.js";
import { ImportFailure } from "../../../src/import/import-failure.js";
import { MAX_FIELD_LINES, MAX_MEASURES } from "../../../src/import/limits.js";
import { parseOutcomes } from "../../../src/import/parse-outcomes.js";
import { parseResponsible } from "../../../src/import/parse-responsible.js";
import { parseSteps } from "../../../src/import/parse-steps.js";
import { ZipPackage } from "../../../src/import/read-zip.js";

/**
 * Word files as writers other than Word and LibreOffice make them (OpenXML SDK programs, Word's
 * Strict format, Google Docs, pandoc, files repacked by hand), written here part by part.
 */

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const NUMBERING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
const MC_NS = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const r = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (inner: string, pPr = ""): string =>
  `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${inner}</w:p>`;
const listed = (text: string, level: number, numId = 1): string =>
  para(r(text), `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`);
const cell = (...paragraphs: string[]): string => `<w:tc>${paragraphs.join("") || "<w:p/>"}</w:tc>`;
const row = (cells: readonly string[], trPr = ""): string => `<w:tr>${trPr}${cells.join("")}</w:tr>`;

const HEADINGS = [
  "ลำดับที่",
  "มาตรการหรือกิจกรรมที่ดำเนินการ",
  "ขั้นตอนหรือวิธีการปฏิบัติ",
  "ผู้รับผิดชอบ",
  "ดำเนินการแล้วเสร็จ",
  "ไม่สามารถดำเนินการได้",
  "ผลลัพธ์หรือความสำเร็จของการดำเนินการ",
];
const HEAD_ROW = row(HEADINGS.map((h) => cell(para(r(h)))));

interface MeasureCells {
  readonly no: string;
  readonly title?: string;
  readonly steps: readonly string[];
  readonly done?: string;
  readonly notDone?: string;
  readonly outcomes?: readonly string[];
  readonly trPr?: string;
}

/** A body row: paragraphs' XML for the steps and outcomes, plain text elsewhere. */
const measureRow = (m: MeasureCells): string =>
  row(
    [
      cell(para(r(m.no))),
      cell(para(r(m.title ?? "มาตรการเผยแพร่ข้อมูล"))),
      cell(...m.steps),
      cell(para(r("สำนักปลัด"))),
      cell(m.done === undefined ? "" : para(m.done)),
      cell(m.notDone === undefined ? "" : para(m.notDone)),
      cell(...(m.outcomes ?? [para(r("- ประชาชนเข้าถึงข้อมูล"))])),
    ],
    m.trPr ?? "",
  );

const reportTable = (...rows: string[]): string => `<w:tbl>${HEAD_ROW}${rows.join("")}</w:tbl>`;

const NUMBERING = `<w:numbering xmlns:w="${W_NS}">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="(%2)"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

const documentXml = (body: string, extraNs = ""): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}" ${extraNs}><w:body>${body}</w:body></w:document>`;

const packageRels = (target: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="${target}"/></Relationships>`;

const numberingRels = (target: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NUMBERING_REL}" Target="${target}"/></Relationships>`;

/** The measures a package's parts give, as the import reads them. */
function measuresOf(parts: Readonly<Record<string, string>>): ImportedMeasure[] {
  const zip = zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, enc(text)])));
  const blocks = readBody(ZipPackage.open(zip));
  const { rows } = findMeasureRows(blocks.filter((b): b is DocTable => b.kind === "table"));
  return buildMeasures(rows, 2567, "thai");
}

const stepsOf = (parts: Readonly<Record<string, string>>): unknown[] =>
  measuresOf(parts).map((m) => m.value.steps);

/** Two measures, the steps in Word's automatic numbering (numbering.xml needed to see them). */
const NUMBERED_BODY = reportTable(
  measureRow({
    no: "๑",
    steps: [listed("จัดทำคู่มือ", 0), listed("เผยแพร่คู่มือ", 0), listed("ทางเว็บไซต์", 1)],
    done: r("/"),
  }),
  measureRow({ no: "๒", steps: [para(r("๑. จัดทำประกาศ"))], done: r("/") }),
);
const NUMBERED_STEPS = [["จัดทำคู่มือ", { text: "เผยแพร่คู่มือ", items: ["ทางเว็บไซต์"] }], ["จัดทำประกาศ"]];

describe("the package: parts found as the package names them", () => {
  test("the document where _rels/.rels puts it, its numbering where its own relationships put it", () => {
    expect(
      stepsOf({
        "_rels/.rels": packageRels("/content/main.xml"),
        "content/main.xml": documentXml(NUMBERED_BODY),
        "content/_rels/main.xml.rels": numberingRels("../shared/lists.xml"),
        "shared/lists.xml": NUMBERING,
      }),
    ).toEqual(NUMBERED_STEPS);
    // Word itself writes word/document2.xml after some conversions.
    expect(
      stepsOf({
        "_rels/.rels": packageRels("word/document2.xml"),
        "word/document2.xml": documentXml(NUMBERED_BODY),
        "word/numbering.xml": NUMBERING,
      }),
    ).toEqual(NUMBERED_STEPS);
  });

  test("part names in another case, or with Windows' backslashes, name the same parts", () => {
    expect(
      stepsOf({
        "_rels/.rels": packageRels("word/document.xml"),
        "WORD/DOCUMENT.XML": documentXml(NUMBERED_BODY),
        "Word/Numbering.xml": NUMBERING,
      }),
    ).toEqual(NUMBERED_STEPS);
    expect(
      stepsOf({
        "word\\document.xml": documentXml(NUMBERED_BODY),
        "word\\numbering.xml": NUMBERING,
      }),
    ).toEqual(NUMBERED_STEPS);
  });
});

describe("namespaces: the same document under any prefix, Strict or transitional", () => {
  const withPrefix = (xml: string, prefix: string): string =>
    xml
      .replace(/<(\/?)w:/g, `<$1${prefix}`)
      .replace(/(\s)w:([A-Za-z]+=)/g, `$1${prefix === "" ? "w:" : prefix}$2`)
      .replace(
        `xmlns:w="${W_NS}"`,
        prefix === "" ? `xmlns="${W_NS}" xmlns:w="${W_NS}"` : `xmlns:${prefix.slice(0, -1)}="${W_NS}"`,
      );

  test.each([
    ["another prefix (x:)", (xml: string) => withPrefix(xml, "x:")],
    ["the default namespace", (xml: string) => withPrefix(xml, "")],
    ["ISO 29500 Strict", (xml: string) => xml.replaceAll(W_NS, W_STRICT_NS)],
    ['white space around "="', (xml: string) => xml.replaceAll('w:val="', 'w:val = "')],
  ])("%s", (_, rewrite) => {
    expect(
      stepsOf({
        "word/document.xml": rewrite(documentXml(NUMBERED_BODY)),
        "word/numbering.xml": rewrite(NUMBERING),
      }),
    ).toEqual(NUMBERED_STEPS);
  });
});

describe("headers as other writers leave them", () => {
  test("pandoc 2 drops the merge down: the status sub-headings land under ลำดับที่ and มาตรการ, the headings above them win", () => {
    const heading = (text: string, span = 1): string =>
      `<w:tc>${span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : ""}${para(r(text))}</w:tc>`;
    const head1 = row([
      heading("ลำดับที่"),
      heading("มาตรการหรือกิจกรรมที่ดำเนินการ"),
      heading("ขั้นตอนหรือวิธีการปฏิบัติ"),
      heading("ผู้รับผิดชอบ"),
      heading("สรุปผลการดำเนินการ", 2),
      heading("ผลลัพธ์หรือความสำเร็จของการดำเนินการ"),
    ]);
    const head2 = row([heading("ดำเนินการแล้วเสร็จ"), heading("ไม่สามารถดำเนินการได้"), ...Array(5).fill(cell())]);
    const measures = measuresOf({
      "word/document.xml": documentXml(
        `<w:tbl>${head1}${head2}${measureRow({ no: "๑", steps: [para(r("๑. จัดทำคู่มือ"))], done: r("/") })}${measureRow({ no: "๒", steps: [para(r("๑. จัดทำประกาศ"))], notDone: r("/") })}</w:tbl>`,
      ),
    });
    expect(measures.map((m) => [m.value.title, m.value.steps, m.value.status])).toEqual([
      ["มาตรการเผยแพร่ข้อมูล", ["จัดทำคู่มือ"], "done"],
      ["มาตรการเผยแพร่ข้อมูล", ["จัดทำประกาศ"], "<<กรอกข้อมูล>>"],
    ]);
    // The mark under the second half of the merged heading is not taken for "done": it is kept
    // and named, and the status left for the analyst.
    expect(measures[1]?.notes.map((n) => [n.code, n.params])).toEqual([
      ["import.note.status-unread", {}],
      ["import.note.unknown-column", { column: "สรุปผลการดำเนินการ", text: "/" }],
    ]);
  });
});

describe("markup around the text", () => {
  test("tracked changes: inserted and moved-here text is read; deleted text, moved-away text and deleted rows are not", () => {
    const del = '<w:del w:id="1" w:author="A"><w:r><w:delText>ฉบับเก่า</w:delText></w:r></w:del>';
    const measures = measuresOf({
      "word/document.xml": documentXml(
        reportTable(
          measureRow({
            no: "๑",
            steps: [
              para(`${r("๑. จัดทำ")}<w:ins w:id="2" w:author="A">${r("คู่มือ")}</w:ins>${del}`),
              `<w:moveFrom w:id="3" w:author="A">${para(r("๙. ย้ายออกไป"))}</w:moveFrom>`,
              para(`<w:moveTo w:id="4" w:author="A">${r("๒. ย้ายมาที่นี่")}</w:moveTo>`),
            ],
            done: r("/"),
          }),
          measureRow({
            no: "๒",
            title: "แถวที่ลบไปแล้ว",
            steps: [para(r("๑. ไม่อยู่ในเอกสาร"))],
            done: r("/"),
            trPr: '<w:trPr><w:del w:id="5" w:author="A"/></w:trPr>',
          }),
        ),
      ),
    });
    expect(measures.map((m) => [m.value.no, m.value.steps])).toEqual([[1, ["จัดทำคู่มือ", "ย้ายมาที่นี่"]]]);
  });

  test("a content control showing its placeholder gives no text; one filled in gives its text", () => {
    const control = (text: string, placeholder: boolean): string =>
      `<w:sdt><w:sdtPr>${placeholder ? "<w:showingPlcHdr/>" : ""}</w:sdtPr><w:sdtContent>${r(text)}</w:sdtContent></w:sdt>`;
    const steps = [
      para(control("คลิกหรือแตะที่นี่เพื่อใส่ข้อความ", true)),
      `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${para(r("ใส่ขั้นตอน"))}</w:sdtContent></w:sdt>`,
      para(control("๑. จัดทำคู่มือ", false)),
    ];
    expect(
      stepsOf({
        "word/document.xml": documentXml(reportTable(measureRow({ no: "๑", steps, done: r("/") }))),
      }),
    ).toEqual([["จัดทำคู่มือ"]]);
  });

  test("hidden text (w:vanish) is not read, as Word neither shows nor prints it", () => {
    const hidden = (text: string): string => `<w:r><w:rPr><w:vanish/></w:rPr><w:t>${text}</w:t></w:r>`;
    const steps = [
      para(`${r("๑. จัดทำคู่มือ")}${hidden(" (ระบุชื่อคู่มือ)")}`),
      para(hidden("๒. ขั้นตอนที่ซ่อนไว้")),
      para(`${r("๒. เผยแพร่")}<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>คู่มือ</w:t></w:r>`),
    ];
    expect(
      stepsOf({
        "word/document.xml": documentXml(reportTable(measureRow({ no: "๑", steps, done: r("/") }))),
      }),
    ).toEqual([["จัดทำคู่มือ", "เผยแพร่คู่มือ"]]);
  });

  test("bidirectional embeddings (w:dir, w:bdo) keep their text", () => {
    const steps = [
      para(`<w:dir w:val="ltr">${r("๑. จัดทำคู่มือ")}</w:dir>`),
      para(`<w:bdo w:val="ltr">${r("๒. เผยแพร่คู่มือ")}</w:bdo>`),
    ];
    expect(
      stepsOf({
        "word/document.xml": documentXml(reportTable(measureRow({ no: "๑", steps, done: r("/") }))),
      }),
    ).toEqual([["จัดทำคู่มือ", "เผยแพร่คู่มือ"]]);
  });

  test("a text box (DrawingML with its VML fallback) is read once, as paragraphs after its anchor", () => {
    const box = (text: string): string =>
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${para(r(text))}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${para(r(text))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const vmlOnly = (text: string): string =>
      `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${para(r(text))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const [measure] = measuresOf({
      "word/document.xml": documentXml(
        reportTable(
          measureRow({
            no: "๑",
            steps: [para(r("๑. จัดทำคู่มือ"))],
            done: r("/"),
            outcomes: [
              para(r("- ประชาชนเข้าถึงข้อมูล")),
              para(box("- มีผู้เข้าชมเว็บไซต์เพิ่มขึ้น")),
              para(vmlOnly("- ได้รับรางวัล")),
            ],
          }),
        ),
        `${MC_NS} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:v="urn:schemas-microsoft-com:vml"`,
      ),
    });
    expect(measure?.value.outcomes).toEqual(["ประชาชนเข้าถึงข้อมูล", "มีผู้เข้าชมเว็บไซต์เพิ่มขึ้น", "ได้รับรางวัล"]);
  });

  test("a table nested in a cell does not count among the document's tables", () => {
    const nested = `<w:tbl><w:tr>${cell(para(r("ก")))}${cell(para(r("ข")))}</w:tr></w:tbl>`;
    const other = `<w:tbl><w:tr>${cell(para(r("สารบัญ")), nested)}</w:tr></w:tbl>`;
    const zip = zipSync({
      "word/document.xml": enc(
        documentXml(
          other + reportTable(measureRow({ no: "๑", steps: [para(r("๑. จัดทำคู่มือ"))], done: r("/") })),
        ),
      ),
    });
    const tables = readBody(ZipPackage.open(zip)).filter((b): b is DocTable => b.kind === "table");
    expect(tables.map((t) => t.number)).toEqual([1, 2]);
    expect(findMeasureRows(tables).used).toEqual([2]);
  });
});

describe("list labels and invisible characters", () => {
  test("levels labelled with letters (pandoc's a., Thai ก., roman i.) are steps and sub-items all the same", () => {
    const numbering = `<w:numbering xmlns:w="${W_NS}">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1)"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="thaiLetters"/><w:lvlText w:val="%2."/></w:lvl>
        <w:lvl w:ilvl="2"><w:numFmt w:val="none"/><w:lvlText w:val="→"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    </w:numbering>`;
    const body = reportTable(
      measureRow({
        no: "1",
        steps: [
          listed("เผยแพร่แผน", 0),
          listed("รายงานผลรายไตรมาส", 0),
          listed("ไตรมาสที่ ๑", 1),
          listed("ไตรมาสที่ ๒", 1),
        ],
        done: r("/"),
      }),
      measureRow({
        no: "2",
        steps: [
          listed("จัดอบรม", 0, 2),
          listed("ผู้บริหาร", 1, 2),
          listed("พนักงาน", 1, 2),
          listed("ประเมินผล", 0, 2),
          // A level with no number but a sign is a bullet, not a step numbered by its counter.
          listed("แบบสอบถาม", 2, 2),
        ],
        done: r("/"),
      }),
    );
    expect(stepsOf({ "word/document.xml": documentXml(body), "word/numbering.xml": numbering })).toEqual([
      ["เผยแพร่แผน", { text: "รายงานผลรายไตรมาส", items: ["ไตรมาสที่ ๑", "ไตรมาสที่ ๒"] }],
      [
        { text: "จัดอบรม", items: ["ผู้บริหาร", "พนักงาน"] },
        { text: "ประเมินผล", bullets: ["แบบสอบถาม"] },
      ],
    ]);
  });

  test("a list style (w:numStyleLink → w:styleLink) and a level redefined in the list (w:lvlOverride/w:lvl)", () => {
    const levels = `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="(%2)"/></w:lvl>`;
    const numbering = `<w:numbering xmlns:w="${W_NS}">
      <w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ขั้นตอน"/>${levels}</w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ขั้นตอน"/></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/>
        <w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride>
      </w:num>
    </w:numbering>`;
    const body = reportTable(
      measureRow({
        no: "๑",
        steps: [listed("จัดทำคู่มือ", 0), listed("เผยแพร่", 0), listed("เว็บไซต์", 1)],
        done: r("/"),
      }),
      // Restarted at 1 by the list's own level, not continuing the first list at ๓.
      measureRow({ no: "๒", steps: [listed("จัดทำประกาศ", 0, 2), listed("ติดตามผล", 0, 2)], done: r("/") }),
    );
    expect(stepsOf({ "word/document.xml": documentXml(body), "word/numbering.xml": numbering })).toEqual([
      ["จัดทำคู่มือ", { text: "เผยแพร่", items: ["เว็บไซต์"] }],
      ["จัดทำประกาศ", "ติดตามผล"],
    ]);
  });

  test("a zero-width space or soft hyphen before a marker does not hide it", () => {
    const [measure] = measuresOf({
      "word/document.xml": documentXml(
        reportTable(
          measureRow({
            no: "๑",
            steps: [para(r("๑. จัดทำคู่มือ")), para(r("\u200B๒. เผยแพร่คู่มือ")), para(r("\u00AD๓. ประเมินผล"))],
            done: r("/"),
            outcomes: [para(r("- ได้คู่มือ")), para(r("\u200B- ประชาชนพึงพอใจ"))],
          }),
        ),
      ),
    });
    expect(measure?.value.steps).toEqual(["จัดทำคู่มือ", "เผยแพร่คู่มือ", "ประเมินผล"]);
    expect(measure?.value.outcomes).toEqual(["ได้คู่มือ", "ประชาชนพึงพอใจ"]);
  });

  test("a Thai line ending in a zero-width space joins the next without a space", () => {
    expect(joinText("ประชาชน\u200B", "เข้าถึง")).toBe("ประชาชน\u200Bเข้าถึง");
    expect(joinText("E-Service\u200B", "ของหน่วยงาน")).toBe("E-Service\u200B ของหน่วยงาน");
  });
});

describe("status marks of check-box controls", () => {
  test("a legacy check-box form field (FORMCHECKBOX) is read as ☒ when checked, ☐ when not", () => {
    const formCheckBox = (state: string): string =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/><w:checkBox><w:sizeAuto/>${state}</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const measures = measuresOf({
      "word/document.xml": documentXml(
        reportTable(
          measureRow({
            no: "๑",
            steps: [para(r("๑. จัดทำคู่มือ"))],
            done: formCheckBox('<w:default w:val="1"/>'),
            notDone: formCheckBox('<w:default w:val="0"/>'),
          }),
          measureRow({
            no: "๒",
            steps: [para(r("๑. จัดทำประกาศ"))],
            done: formCheckBox('<w:default w:val="1"/><w:checked w:val="0"/>'),
            notDone: formCheckBox('<w:default w:val="0"/><w:checked/>'),
            outcomes: [para(r("เหตุผล ไม่มีงบประมาณ"))],
          }),
        ),
      ),
    });
    expect(measures.map((m) => m.value.status)).toEqual(["done", "not-done"]);
    expect(measures.flatMap((m) => m.notes.map((n) => n.code))).toEqual([]);
  });

  test("☒ (Word's check-box control, python-docx, Google Docs) is a mark; ☐ and a Wingdings empty box are not, nor a remark", () => {
    const emptyBox = '<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>';
    const measures = measuresOf({
      "word/document.xml": documentXml(
        reportTable(
          measureRow({ no: "๑", steps: [para(r("๑. จัดทำคู่มือ"))], done: r("☒"), notDone: r("☐") }),
          measureRow({
            no: "๒",
            steps: [para(r("๑. จัดทำประกาศ"))],
            done: emptyBox,
            notDone: r("☒"),
            outcomes: [para(r("เหตุผล ไม่มีงบประมาณ"))],
          }),
        ),
      ),
    });
    expect(measures.map((m) => m.value.status)).toEqual(["done", "not-done"]);
    expect(measures.flatMap((m) => m.notes.map((n) => n.code))).toEqual([]);
  });
});

describe("encodings", () => {
  test("a document part in UTF-16 (with its byte-order mark) reads as in UTF-8", () => {
    const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(`\uFEFF${text}`, "utf16le"));
    const zip = zipSync({
      "word/document.xml": utf16le(
        documentXml(NUMBERED_BODY).replace('encoding="UTF-8"', 'encoding="UTF-16"'),
      ),
      "word/numbering.xml": enc(NUMBERING),
    });
    const blocks = readBody(ZipPackage.open(zip));
    const { rows } = findMeasureRows(blocks.filter((b): b is DocTable => b.kind === "table"));
    expect(buildMeasures(rows, 2567, "thai").map((m) => m.value.steps)).toEqual(NUMBERED_STEPS);
  });
});

/** Lines of one cell, one paragraph each. */
const linesOf = (...texts: string[]): ReturnType<typeof cellLines> =>
  cellLines(texts.map((text) => ({ paragraph: { text, bold: false }, continuesRow: false })));

/** Milliseconds a call takes. */
function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
/** Far above what these calls take (a few ms), far below what a quadratic pass took (minutes). */
const LINEAR_BUDGET_MS = 2_000;

describe("bounds: no file makes the import loop, overflow its stack or take minutes", () => {
  test("a number past the markers' three digits typed inside a step (999. … 1000.) stays text", () => {
    expect(parseSteps(linesOf("๙๙๙. จัดทำคู่มือ", "ฉบับที่ 1000. เผยแพร่"), [])).toEqual([
      { no: 999, text: "จัดทำคู่มือฉบับที่ 1000. เผยแพร่" },
    ]);
  });

  test("long runs of spaces in a cell are read in linear time", () => {
    const spaces = " ".repeat(200_000);
    expect(timed(() => expect(joinText(`ก${spaces}ข`, "ค")).toBe(`ก${spaces}ขค`))).toBeLessThan(
      LINEAR_BUDGET_MS,
    );
    expect(
      timed(() => expect(parseOutcomes(linesOf(`- ผล${spaces}ลัพธ์`), false, []).outcomes).toHaveLength(1)),
    ).toBeLessThan(LINEAR_BUDGET_MS);
    expect(
      timed(() => expect(parseResponsible(linesOf(`๑.สำนัก${spaces}ปลัด`))).toEqual([`สำนัก${spaces}ปลัด`])),
    ).toBeLessThan(LINEAR_BUDGET_MS);
  });

  test("a cell of thousands of unmarked lines is read in linear time, one past the bound is refused", () => {
    const many = Array.from({ length: MAX_FIELD_LINES - 1 }, () => "ต่อ");
    const [step] = measuresOf({
      "word/document.xml": documentXml(
        reportTable(
          measureRow({ no: "๑", steps: [para(r("๑. จัดทำ")), ...many.map((t) => para(r(t)))], done: r("/") }),
        ),
      ),
    }).map((m) => m.value.steps);
    expect(step).toEqual([`จัดทำ${"ต่อ".repeat(MAX_FIELD_LINES - 1)}`]);
    const tooMany = [...many, "ต่อ", "ต่อ"].map((t) => para(r(t)));
    const refused = (): unknown =>
      measuresOf({
        "word/document.xml": documentXml(
          reportTable(measureRow({ no: "๑", steps: [para(r("๑. จัดทำ")), ...tooMany], done: r("/") })),
        ),
      });
    expect(refused).toThrow(ImportFailure);
    expect(refused).toThrow(
      `measure 1: ${MAX_FIELD_LINES + 2} lines in one column (at most ${MAX_FIELD_LINES})`,
    );
  });

  test("more measures than a report has are refused; rows sharing a number get -2, -3 files", () => {
    const rowsNumbered = (count: number): string =>
      Array.from({ length: count }, () =>
        measureRow({ no: "๑", steps: [para(r("๑. จัดทำ"))], done: r("/") }),
      ).join("");
    expect(() =>
      measuresOf({ "word/document.xml": documentXml(reportTable(rowsNumbered(MAX_MEASURES + 1))) }),
    ).toThrow(`${MAX_MEASURES + 1} measures in the table (at most ${MAX_MEASURES})`);
    const zip = zipSync({ "word/document.xml": enc(documentXml(reportTable(rowsNumbered(3)))) });
    const plan = planImport({
      report: readBody(ZipPackage.open(zip)),
      reportShown: "last.docx",
      year: 2567,
      dataDir: "data",
      agencyExists: true,
      lang: "en",
    });
    expect(plan?.files.map((f) => f.path)).toEqual([
      "data/2567/measures/01-measure.yaml",
      "data/2567/measures/01-measure-2.yaml",
      "data/2567/measures/01-measure-3.yaml",
    ]);
  });
});
