import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { documentXml, minimalDocx, p } from "../helpers/minimal-docx.js";
import { assertBuilt, removeWorkspace, runCli, workspace } from "./cli.js";
import { importCopies, yamlOf } from "./import-fixtures.js";

/**
 * `ita-report import` on Word files written by other programs than Word and ita-report (pandoc,
 * LibreOffice's RTF import, python-docx: see test/fixtures/import/make-other-writers-fixtures.sh),
 * and on files that are no Word document at all but are often given as one.
 */

let dir: string;
beforeAll(assertBuilt);
afterEach(() => removeWorkspace(dir));

/** The measures of other-writers-report.html, as pandoc and LibreOffice write its table. */
const HTML_REPORT_MEASURES = {
  "01-service-standards.yaml": {
    no: 1,
    title: "มาตรการการปฏิบัติหรือให้บริการแก่บุคคลภายนอกเป็นไปตามขั้นตอน",
    steps: [
      "จัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน",
      "กำชับให้เจ้าหน้าที่ถือปฏิบัติตามคู่มือ",
      { text: "ประชาสัมพันธ์คู่มือในช่องทางที่หลากหลาย เช่น", items: ["ณ ที่ตั้งของหน่วยงาน", "สื่อออนไลน์ของหน่วยงาน"] },
    ],
    responsible: ["สำนักปลัด", "กองคลัง"],
    status: "done",
    outcomes: ["เจ้าหน้าที่ปฏิบัติงานตามคู่มือ", "ประชาชนได้รับรู้ขั้นตอนการให้บริการ"],
  },
  "02-budget-transparency.yaml": {
    no: 2,
    title: "มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ",
    steps: [
      "เผยแพร่แผนการใช้จ่ายงบประมาณทางเว็บไซต์ของหน่วยงาน",
      // pandoc labels the second level of an <ol> "a.", "b.": sub-items all the same.
      { text: "รายงานผลการใช้จ่ายงบประมาณรายไตรมาส", items: ["ไตรมาสที่ ๑", "ไตรมาสที่ ๒"] },
      "ติดตามผลการใช้จ่าย",
    ],
    responsible: ["กองคลัง"],
    status: "not-done",
    reason: "ระบบเว็บไซต์ขัดข้อง",
    outcomes: ["ได้เผยแพร่แผนแล้วบางส่วน", "ได้รายงานผลไตรมาสแรก"],
  },
  "03-personnel-management.yaml": {
    no: 3,
    title: "มาตรการส่งเสริมคุณธรรมของบุคลากร",
    steps: ["จัดอบรม", "ประเมินผลการอบรม"],
    responsible: ["สำนักปลัด"],
    status: "done",
    outcomes: [{ heading: "ผลลัพธ์" }, "บุคลากรผ่านการอบรม ๕๐ คน"],
  },
};

async function expectMeasures(folder: string, expected: Record<string, unknown>): Promise<void> {
  expect((await readdir(folder)).sort()).toEqual(Object.keys(expected));
  for (const [name, value] of Object.entries(expected)) {
    expect(await yamlOf(join(folder, name)), name).toEqual(value);
  }
}

describe("ita-report import: Word files from other writers", () => {
  test("pandoc: report from HTML, memo from Markdown; every text in place, validate accepts", async () => {
    dir = await workspace(false);
    const run = await importCopies(
      dir,
      { "report.docx": "pandoc-report.docx", "memo.docx": "pandoc-memo.docx" },
      ["report.docx", "--memo", "memo.docx"],
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Imported 3 measures from report\.docx into fiscal year 2566:$/m);
    expect(run.stdout).toMatch(/^ {2}The data is valid: data\/2566$/m);
    await expectMeasures(join(dir, "data/2566/measures"), HTML_REPORT_MEASURES);
    const report = (await yamlOf(join(dir, "data/2566/report.yaml"))) as { memo: Record<string, unknown> };
    expect(report.memo).toMatchObject({
      department: "สำนักปลัด องค์การบริหารส่วนตำบลบ้านใหม่",
      ref: "ชย ๗๘๖๐๑/๒๑๔",
      date: "๑๙ ตุลาคม ๒๕๖๖",
      to: "นายกององค์การบริหารส่วนตำบลบ้านใหม่",
      closing: "จึงเรียนมาเพื่อโปรดพิจารณา",
      signer: { name: "นางสาวพิมพ์ชนก ศรีสุข", position: "นักวิเคราะห์นโยบายและแผนชำนาญการ" },
    });
    const sections = report.memo["sections"] as { heading: string }[];
    expect(sections.map((s) => s.heading)).toEqual(["เรื่องเดิม", "ข้อเท็จจริง", "ข้อเสนอเพื่อพิจารณา"]);
    expect(report.memo["reviewers"]).toHaveLength(3);
  });

  test("LibreOffice through RTF (HTML → .odt → .rtf → .docx): the same measures as pandoc's", async () => {
    dir = await workspace(false);
    const run = await importCopies(dir, { "report.docx": "libreoffice-rtf-report.docx" }, ["report.docx"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    await expectMeasures(join(dir, "data/2566/measures"), HTML_REPORT_MEASURES);
  });

  test("python-docx: merged header, List Number style, ☒ and ☐ in the status columns", async () => {
    dir = await workspace(false);
    const run = await importCopies(dir, { "report.docx": "python-docx-report.docx" }, ["report.docx"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/status/);
    const second = (await yamlOf(join(dir, "data/2566/measures/02-measure.yaml"))) as Record<string, unknown>;
    expect(second).toMatchObject({
      steps: ["ประกาศแผน", "รายงานผล"],
      status: "not-done",
      reason: "งบประมาณไม่เพียงพอ",
    });
    const first = (await yamlOf(join(dir, "data/2566/measures/01-service-standards.yaml"))) as Record<
      string,
      unknown
    >;
    expect(first).toMatchObject({ status: "done", responsible: ["สำนักปลัด", "กองคลัง"] });
    expect(await yamlOf(join(dir, "data/agency.yaml"))).toEqual({
      name: "เทศบาลตำบลท่าช้าง",
      district: "อำเภอเมือง",
      province: "จังหวัดจันทบุรี",
    });
  });
});

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
/** The first bytes of an OLE2 compound file (Word 97–2003, and any password-protected Office file). */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A zip whose document part uses Deflate64 (method 9), as 7-Zip can be told to write. */
function deflate64Docx(): Uint8Array {
  const bytes = minimalDocx(p("x"));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Method field: at 8 in a local header (PK\3\4), at 10 in a directory entry (PK\1\2).
  for (let i = 0; i + 4 <= bytes.length; i += 1) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint16(i + 8, 9, true);
    if (sig === 0x02014b50) view.setUint16(i + 10, 9, true);
  }
  return bytes;
}

const NOT_WORD: readonly { name: string; bytes: () => Uint8Array; message: RegExp }[] = [
  {
    name: "a Word 97–2003 .doc renamed",
    bytes: () => new Uint8Array([...OLE2, ...new Uint8Array(600)]),
    message:
      /^last\.docx: not a Word document \(\.docx\): a Word 97–2003 document \(\.doc\) or another older Office file$/m,
  },
  {
    name: "a password-protected .docx",
    bytes: () =>
      new Uint8Array([...OLE2, ...new Uint8Array(600), ...Buffer.from("EncryptedPackage", "utf16le")]),
    message:
      /^last\.docx: not a Word document \(\.docx\): the file is protected by a password \(open it in Word, remove the password, save it\)$/m,
  },
  {
    name: "a PDF renamed",
    bytes: () => enc("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"),
    message: /^last\.docx: not a Word document \(\.docx\): a PDF file$/m,
  },
  {
    name: "an empty file",
    bytes: () => new Uint8Array(0),
    message: /^last\.docx: not a Word document \(\.docx\): the file is empty$/m,
  },
  {
    name: "an OpenDocument text renamed",
    bytes: () =>
      zipSync({ mimetype: enc("application/vnd.oasis.opendocument.text"), "content.xml": enc("<x/>") }),
    message:
      /^last\.docx: not a Word document \(\.docx\): an OpenDocument text \(\.odt\): in LibreOffice, save it as Word 2007–365 \(\.docx\)$/m,
  },
  {
    name: "an Excel workbook renamed",
    bytes: () => zipSync({ "xl/workbook.xml": enc("<workbook/>") }),
    message: /^last\.docx: not a Word document \(\.docx\): an Excel workbook \(\.xlsx\)$/m,
  },
  {
    name: "a document part without a body",
    bytes: () =>
      zipSync({
        "word/document.xml": enc(
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
        ),
      }),
    message:
      /^last\.docx word\/document\.xml: not a Word document \(\.docx\): the document part has no body \(w:body\)$/m,
  },
  {
    name: "a report made by a web app as an HTML chunk (w:altChunk) only Word converts",
    bytes: () =>
      minimalDocx('<w:altChunk r:id="htmlChunk"/>', {
        "word/afchunk.htm": enc("<html><body><table><tr><td>ลำดับที่</td></tr></table></body></html>"),
      }),
    message:
      /^last\.docx word\/document\.xml: not a Word document \(\.docx\): its content is an embedded HTML or RTF file \(w:altChunk\) that only Word converts, when it opens the document$/m,
  },
  {
    name: "a report whose table is an Excel sheet pasted as an object",
    bytes: () =>
      minimalDocx(
        p("รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") +
          '<w:p><w:r><w:object xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_i1025" style="width:700pt;height:400pt"/><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1760000000"/></w:object></w:r></w:p>',
      ),
    message:
      /^last\.docx word\/document\.xml: the table is an Excel sheet embedded in the document \(an object\), not a Word table$/m,
  },
  {
    name: "a part in Deflate64",
    bytes: deflate64Docx,
    message:
      /^last\.docx: not a Word document \(\.docx\): entry \[Content_Types\]\.xml uses compression method 9 \(Deflate64\), which Word never writes$/m,
  },
  {
    name: "a document part that is not XML",
    bytes: () => zipSync({ "word/document.xml": enc(documentXml("<w:p>").replace("</w:body>", "")) }),
    message:
      /^last\.docx word\/document\.xml: the document's XML cannot be read: unexpected <\/w:document>$/m,
  },
];

describe("ita-report import: files often given for a Word report, named with a hint, exit 1, nothing written", () => {
  for (const notWord of NOT_WORD) {
    test(notWord.name, async () => {
      dir = await workspace(false);
      await writeFile(join(dir, "last.docx"), notWord.bytes());
      await mkdir(join(dir, "data"));
      const run = await runCli(["import", "last.docx", "--year", "2568", "--lang", "en"], dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(notWord.message);
      // Every such message is followed by what to do.
      expect(run.stderr).toMatch(/^ {2}(?:save the file from Word|the file is damaged|in Excel, copy)/m);
      expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(await readdir(join(dir, "data"))).toEqual([]);
    });
  }
});
