import type { MessageParam } from "../errors.js";
import { toThaiDigits } from "../thai/numerals.js";
import type { Lang } from "./lang.js";
import type { MessageText } from "./messages.js";

type Entry<P> = Readonly<Record<Lang, (params: P) => MessageText>>;
const entry = <P extends Readonly<Record<string, MessageParam | undefined>>>(e: Entry<P>): Entry<P> => e;
type None = Record<string, never>;

const DOCS = "docs/import.md";
/** Measure numbers as the report shows them: Thai digits in Thai messages. */
const th = (n: number): string => toThaiDigits(String(n));
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The texts of `ita-report import`, Thai and English side by side: its help, the problems that
 * stop it (a file that is no Word report), the notes on what it could not place with certainty
 * (also written into the files as `# import: …` comments) and its summary.
 */
export const IMPORT_MESSAGES = {
  // --- help ------------------------------------------------------------------------------------
  "help.import": entry<None>({
    en: () => ({
      message:
        "read last year's Word report (and memo) into the YAML files of a year, never overwriting a file",
    }),
    th: () => ({
      message: "อ่านรายงาน (และบันทึกข้อความ) ปีก่อนจากไฟล์ Word เป็นไฟล์ YAML ของปีงบประมาณ โดยไม่เขียนทับไฟล์ที่มีอยู่",
    }),
  }),
  "help.import.file": entry<None>({
    en: () => ({ message: "the report as a .docx file (the table of measures)" }),
    th: () => ({ message: "ไฟล์รายงาน .docx (ตารางมาตรการ)" }),
  }),
  "help.import.memo": entry<None>({
    en: () => ({ message: "the memo (บันทึกข้อความ) as a .docx file: also writes report.yaml" }),
    th: () => ({ message: "ไฟล์บันทึกข้อความ .docx: เขียน report.yaml ด้วย" }),
  }),
  "help.import.year": entry<None>({
    en: () => ({ message: "the fiscal year in B.E. (default: the year in the report's title)" }),
    th: () => ({ message: "ปีงบประมาณ พ.ศ. (ค่าเริ่มต้น: ปีในชื่อรายงาน)" }),
  }),
  // --- what stops the import -------------------------------------------------------------------
  "import.not-docx": entry<{ detail: string }>({
    en: (p) => ({
      message: `not a Word document (.docx): ${p.detail}`,
      hint: 'save the file from Word as "Word Document (*.docx)"; .doc and .pdf files are not read',
    }),
    th: (p) => ({
      message: `ไม่ใช่ไฟล์ Word (.docx): ${p.detail}`,
      hint: 'บันทึกไฟล์จาก Word เป็นชนิด "Word Document (*.docx)" ก่อน; ไฟล์ .doc และ .pdf อ่านไม่ได้',
    }),
  }),
  "import.zip-bomb": entry<{ detail: string }>({
    en: (p) => ({ message: `refused: the file would unpack to far more than a report (${p.detail})` }),
    th: (p) => ({ message: `ไม่อ่านไฟล์นี้: เมื่อแตกไฟล์จะมีขนาดใหญ่เกินกว่ารายงานปกติมาก (${p.detail})` }),
  }),
  "import.bad-xml": entry<{ detail: string }>({
    en: (p) => ({
      message: `the document's XML cannot be read: ${p.detail}`,
      hint: 'the file is damaged or was not written by a word processor: open it in Word and save it again as "Word Document (*.docx)"',
    }),
    th: (p) => ({
      message: `อ่าน XML ของเอกสารไม่ได้: ${p.detail}`,
      hint: 'ไฟล์เสียหรือไม่ได้สร้างจากโปรแกรมพิมพ์เอกสาร: เปิดไฟล์ใน Word แล้วบันทึกใหม่เป็นชนิด "Word Document (*.docx)"',
    }),
  }),
  "import.embedded-sheet": entry<None>({
    en: () => ({
      message: "the table is an Excel sheet embedded in the document (an object), not a Word table",
      hint: "in Excel, copy the sheet's cells and paste them into Word (Keep Source Formatting): they become a Word table; save and import again",
    }),
    th: () => ({
      message: "ตารางเป็นแผ่นงาน Excel ที่ฝังไว้ในเอกสาร (วัตถุ) ไม่ใช่ตารางของ Word",
      hint: "คัดลอกเซลล์จาก Excel แล้ววางใน Word (เก็บการจัดรูปแบบต้นฉบับ) จะได้เป็นตารางของ Word แล้วบันทึกและนำเข้าอีกครั้ง",
    }),
  }),
  "import.no-table": entry<None>({
    en: () => ({
      message: "the document has no table: the measures are read from the report's table",
      hint: `give the report (รายงานผล…), not the memo; see ${DOCS}`,
    }),
    th: () => ({
      message: "เอกสารไม่มีตาราง: มาตรการอ่านจากตารางของรายงาน",
      hint: `ระบุไฟล์รายงาน (รายงานผล…) ไม่ใช่บันทึกข้อความ; ดู ${DOCS}`,
    }),
  }),
  "import.other-headers": entry<{ headings: readonly string[] }>({
    en: (p) => ({
      message: `no table has the headings of the measure table; the first reads: ${p.headings.map((h) => `"${h}"`).join(", ") || "(empty)"}`,
      hint: `the table needs at least "มาตรการหรือกิจกรรมที่ดำเนินการ" and "ขั้นตอนหรือวิธีการปฏิบัติ"; see ${DOCS}`,
    }),
    th: (p) => ({
      message: `ไม่พบตารางที่มีหัวตารางของตารางมาตรการ; ตารางแรกมีหัวตาราง: ${p.headings.map((h) => `"${h}"`).join(", ") || "(ว่าง)"}`,
      hint: `ตารางต้องมีอย่างน้อยคอลัมน์ "มาตรการหรือกิจกรรมที่ดำเนินการ" และ "ขั้นตอนหรือวิธีการปฏิบัติ"; ดู ${DOCS}`,
    }),
  }),
  "import.no-measures": entry<None>({
    en: () => ({ message: "the measure table has its headings but no measure rows" }),
    th: () => ({ message: "ตารางมาตรการมีหัวตาราง แต่ไม่มีแถวของมาตรการ" }),
  }),
  "import.memo-not-found": entry<None>({
    en: () => ({
      message: 'no memo found: no line starts with "เรื่อง" or "เรียน"',
      hint: "give the memo (บันทึกข้อความ) with --memo",
    }),
    th: () => ({
      message: 'ไม่พบบันทึกข้อความ: ไม่มีบรรทัดที่ขึ้นต้นด้วย "เรื่อง" หรือ "เรียน"',
      hint: "ระบุไฟล์บันทึกข้อความด้วย --memo",
    }),
  }),
  "import.no-year": entry<None>({
    en: () => ({
      message: "no fiscal year found in the report's title nor in the memo's subject",
      hint: "give it with --year, e.g. --year 2568",
    }),
    th: () => ({
      message: "ไม่พบปีงบประมาณในชื่อรายงานหรือในเรื่องของบันทึกข้อความ",
      hint: "ระบุด้วย --year เช่น --year 2568",
    }),
  }),
  "import.unreadable": entry<{ file: string; reason: string }>({
    en: (p) => ({ message: `cannot read ${p.file}: ${p.reason}` }),
    th: (p) => ({ message: `อ่านไฟล์ ${p.file} ไม่ได้: ${p.reason}` }),
  }),
  // --- notes: kept, to check -------------------------------------------------------------------
  "import.note.unknown-column": entry<{ column: string; text: string }>({
    en: (p) => ({
      message: `column "${p.column}" is not one of the form's: its text is kept here: ${p.text}`,
    }),
    th: (p) => ({ message: `คอลัมน์ "${p.column}" ไม่อยู่ในแบบฟอร์ม: เก็บข้อความไว้ที่นี่: ${p.text}` }),
  }),
  "import.note.kept-as-outcomes": entry<{ count: number }>({
    en: (p) => ({
      message: `${p.count} ${p.count === 1 ? "paragraph" : "paragraphs"} without a bullet kept as outcomes, check them`,
    }),
    th: (p) => ({ message: `เก็บ ${p.count} ย่อหน้าที่ไม่มีเครื่องหมาย "-" เป็นผลลัพธ์ โปรดตรวจสอบ` }),
  }),
  "import.note.joined-row": entry<{ count: number; field: string }>({
    en: (p) => ({
      message: `${p.count} ${p.count === 1 ? "line" : "lines"} at the top of a continued row joined to the ${p.field} entry above, check them`,
    }),
    th: (p) => ({ message: `ต่อ ${p.count} บรรทัดแรกของแถวที่ต่อเนื่องเข้ากับรายการก่อนหน้าใน ${p.field} โปรดตรวจสอบ` }),
  }),
  "import.note.unnumbered-steps": entry<{ count: number }>({
    en: (p) => ({
      message: `${p.count} ${p.count === 1 ? "step has" : "steps have"} no number in the document: each such paragraph was taken as a step, check them`,
    }),
    th: (p) => ({ message: `มี ${p.count} ขั้นตอนที่ไม่มีเลขลำดับในเอกสาร: ถือแต่ละย่อหน้าเป็นหนึ่งขั้นตอน โปรดตรวจสอบ` }),
  }),
  "import.note.step-without-text": entry<{ no: number }>({
    en: (p) => ({ message: `step ${p.no} has no text in the document: write it here` }),
    th: (p) => ({ message: `ขั้นตอนที่ ${th(p.no)} ไม่มีข้อความในเอกสาร: โปรดเขียนเพิ่ม` }),
  }),
  "import.note.numbering-jump": entry<{ count: number }>({
    en: (p) => ({
      message: `${p.count} sub-item ${p.count === 1 ? "number does" : "numbers do"} not follow the one above, check the steps`,
    }),
    th: (p) => ({ message: `เลขข้อย่อย ${p.count} แห่งไม่ต่อเนื่องจากข้อก่อนหน้า โปรดตรวจสอบขั้นตอน` }),
  }),
  "import.note.status-unread": entry<None>({
    en: () => ({
      message: "no mark (/ ✓ X) in exactly one of the two status columns: write done or not-done",
    }),
    th: () => ({ message: "ไม่พบเครื่องหมาย (/ ✓ X) ในช่องสรุปผลช่องใดช่องหนึ่ง: โปรดระบุ done หรือ not-done" }),
  }),
  "import.note.status-text": entry<{ text: string }>({
    en: (p) => ({ message: `the status cells also say: ${p.text}` }),
    th: (p) => ({ message: `ช่องสรุปผลมีข้อความเพิ่มเติม: ${p.text}` }),
  }),
  "import.note.no-responsible": entry<None>({
    en: () => ({ message: "no responsible unit in the document: write it here" }),
    th: () => ({ message: "ไม่พบผู้รับผิดชอบในเอกสาร: โปรดระบุ" }),
  }),
  "import.note.period-unread": entry<{ text: string }>({
    en: (p) => ({
      message: `period not read as two dates, left to the default (the fiscal year): "${p.text}"`,
    }),
    th: (p) => ({ message: `อ่านช่วงระยะเวลาเป็นวันเริ่มต้นและวันสิ้นสุดไม่ได้ จึงใช้ค่าเริ่มต้น (ทั้งปีงบประมาณ): "${p.text}"` }),
  }),
  "import.note.reason-from-outcome": entry<None>({
    en: () => ({ message: "the first line of the outcome cell was taken as the reason, check it" }),
    th: () => ({ message: "ใช้บรรทัดแรกของช่องผลลัพธ์เป็นเหตุที่ไม่สามารถดำเนินการได้ โปรดตรวจสอบ" }),
  }),
  "import.note.memo-unplaced": entry<{ count: number; text: string }>({
    en: (p) => ({
      message: `${p.count} ${p.count === 1 ? "line" : "lines"} of the memo not placed, kept here: ${p.text}`,
    }),
    th: (p) => ({ message: `${p.count} บรรทัดของบันทึกข้อความไม่ตรงกับช่องใด เก็บไว้ที่นี่: ${p.text}` }),
  }),
  "import.note.memo-missing-field": entry<{ field: string; text: string }>({
    en: (p) => ({
      message: `memo ${p.field}: ${p.text === "" ? "not found" : `"${p.text}" not read`}, write it here`,
    }),
    th: (p) => ({
      message: `บันทึกข้อความ ${p.field}: ${p.text === "" ? "ไม่พบ" : `อ่าน "${p.text}" ไม่ได้`} โปรดระบุ`,
    }),
  }),
  // --- files and summary -----------------------------------------------------------------------
  "import.file-header": entry<{ file: string; table: number; from: number; to: number }>({
    en: (p) => ({
      message: `Imported by ita-report import from ${p.file}, table ${p.table}, ${p.from === p.to ? `row ${p.from}` : `rows ${p.from}–${p.to}`}.`,
    }),
    th: (p) => ({
      message: `นำเข้าด้วย ita-report import จาก ${p.file} ตารางที่ ${p.table} ${p.from === p.to ? `แถวที่ ${p.from}` : `แถวที่ ${p.from}–${p.to}`}`,
    }),
  }),
  "import.memo-header": entry<{ file: string }>({
    en: (p) => ({ message: `Imported by ita-report import from ${p.file}.` }),
    th: (p) => ({ message: `นำเข้าด้วย ita-report import จาก ${p.file}` }),
  }),
  "import.agency-header": entry<{ file: string }>({
    en: (p) => ({ message: `The agency, read by ita-report import from the title of ${p.file}.` }),
    th: (p) => ({ message: `หน่วยงาน อ่านด้วย ita-report import จากชื่อรายงานใน ${p.file}` }),
  }),
  "import.summary": entry<{ file: string; count: number; year: number }>({
    en: (p) => ({
      message: `Imported ${p.count} ${p.count === 1 ? "measure" : "measures"} from ${p.file} into fiscal year ${p.year}:`,
    }),
    th: (p) => ({ message: `นำเข้า ${p.count} มาตรการจาก ${p.file} เป็นข้อมูลปีงบประมาณ ${p.year}:` }),
  }),
  "import.created": entry<{ file: string; steps: number; items: number; outcomes: number }>({
    en: (p) => ({
      message: `created ${p.file} (${plural(p.steps, "step")}, ${plural(p.items, "sub-item")}, ${plural(p.outcomes, "outcome")})`,
    }),
    th: (p) => ({ message: `สร้าง ${p.file} (${p.steps} ขั้นตอน ${p.items} ข้อย่อย ${p.outcomes} ผลลัพธ์)` }),
  }),
  "import.created-file": entry<{ file: string }>({
    en: (p) => ({ message: `created ${p.file}` }),
    th: (p) => ({ message: `สร้าง ${p.file}` }),
  }),
  "import.kept": entry<{ file: string }>({
    en: (p) => ({ message: `kept    ${p.file} (it exists: not overwritten)` }),
    th: (p) => ({ message: `คงไว้ ${p.file} (มีอยู่แล้ว: ไม่เขียนทับ)` }),
  }),
  "import.measure-note": entry<{ no: number; note: string }>({
    en: (p) => ({ message: `measure ${p.no}: ${p.note}` }),
    th: (p) => ({ message: `มาตรการที่ ${th(p.no)}: ${p.note}` }),
  }),
  "import.memo-note": entry<{ note: string }>({
    en: (p) => ({ message: `memo: ${p.note}` }),
    th: (p) => ({ message: `บันทึกข้อความ: ${p.note}` }),
  }),
  "import.unknown-column": entry<{ column: string }>({
    en: (p) => ({
      message: `column "${p.column}" is not one of the form's: its text is kept as comments in the measure files`,
    }),
    th: (p) => ({ message: `คอลัมน์ "${p.column}" ไม่อยู่ในแบบฟอร์ม: เก็บข้อความไว้เป็นหมายเหตุในไฟล์มาตรการ` }),
  }),
  "import.outside": entry<{ count: number; texts: string }>({
    en: (p) => ({
      message: `not imported: ${p.count} ${p.count === 1 ? "paragraph" : "paragraphs"} of the report outside the measure table (build writes the cover and titles from agency.yaml and the year): ${p.texts}`,
    }),
    th: (p) => ({
      message: `ไม่ได้นำเข้า: ${p.count} ย่อหน้าของรายงานที่อยู่นอกตารางมาตรการ (คำสั่ง build สร้างหน้าปกและชื่อรายงานจาก agency.yaml และปีงบประมาณ): ${p.texts}`,
    }),
  }),
  "import.other-table": entry<{ table: number; rows: number }>({
    en: (p) => ({
      message: `not imported: table ${p.table} (${p.rows} rows) has not the measure table's headings`,
    }),
    th: (p) => ({ message: `ไม่ได้นำเข้า: ตารางที่ ${p.table} (${p.rows} แถว) ไม่มีหัวตารางของตารางมาตรการ` }),
  }),
  "import.to-check": entry<{ count: number }>({
    en: (p) => ({
      message: `${p.count} ${p.count === 1 ? "note" : "notes"} to check, marked "# import:" in the files.`,
    }),
    th: (p) => ({ message: `มี ${p.count} รายการที่ควรตรวจสอบ ทำเครื่องหมาย "# import:" ไว้ในไฟล์` }),
  }),
  "import.validate": entry<{ year: number }>({
    en: (p) => ({ message: `ita-report validate ${p.year} says:` }),
    th: (p) => ({ message: `ผลของ ita-report validate ${p.year}:` }),
  }),
} as const;
