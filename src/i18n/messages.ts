import type { MessageParam } from "../errors.js";
import { THAI_MONTHS_FULL } from "../thai/months.js";
import type { Lang } from "./lang.js";
import { VALUE_KIND_NAMES, type ValueKind } from "./value-kind.js";

/** What a message renders to: what is wrong, and what to do about it. */
export interface MessageText {
  readonly message: string;
  readonly hint?: string;
}

type Entry<P> = Readonly<Record<Lang, (params: P) => MessageText>>;
const entry = <P extends Readonly<Record<string, MessageParam | undefined>>>(e: Entry<P>): Entry<P> => e;

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const list = (items: readonly string[], or: string): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${or} ${items[items.length - 1]}`;
const quoted = (items: readonly string[]): string[] => items.map((i) => `"${i}"`);
const kind = (k: string, lang: Lang): string => VALUE_KIND_NAMES[k as ValueKind]?.[lang] ?? k;
const hintOf = (hint: string | undefined): { hint?: string } => (hint === undefined ? {} : { hint });

const DOCS = "docs/data-format.md";

/**
 * Every text the tool shows a user, in Thai and English side by side. The loader stores the
 * code and parameters in each DataIssue, so any caller can render it in the user's language.
 * Numbers stay in Arabic digits in both languages: they are line numbers and values to type.
 */
export const MESSAGES = {
  // --- files and folders --------------------------------------------------------------------
  "dir.not-found": entry<{ dir: string }>({
    en: () => ({
      message: "the data folder does not exist",
      hint: "give the folder that holds agency.yaml and the year folders (e.g. data)",
    }),
    th: () => ({
      message: "ไม่พบโฟลเดอร์ข้อมูล",
      hint: "ระบุโฟลเดอร์ที่มี agency.yaml และโฟลเดอร์ของแต่ละปี (เช่น data)",
    }),
  }),
  "file.missing-agency": entry<Record<string, never>>({
    en: () => ({
      message: "the file does not exist",
      hint: `create it with the agency's name, district and province (see ${DOCS})`,
    }),
    th: () => ({
      message: "ไม่พบไฟล์นี้",
      hint: `สร้างไฟล์นี้ โดยระบุชื่อหน่วยงาน (name) อำเภอ (district) และจังหวัด (province) (ดู ${DOCS})`,
    }),
  }),
  "file.missing-report": entry<Record<string, never>>({
    en: () => ({
      message: "the file does not exist",
      hint: `create it with fiscalYear and memo (see ${DOCS})`,
    }),
    th: () => ({ message: "ไม่พบไฟล์นี้", hint: `สร้างไฟล์นี้ โดยระบุ fiscalYear และ memo (ดู ${DOCS})` }),
  }),
  "file.unreadable": entry<{ reason: string }>({
    en: (p) => ({ message: `cannot read the file (${p.reason})` }),
    th: (p) => ({ message: `อ่านไฟล์ไม่ได้ (${p.reason})` }),
  }),
  "file.outside": entry<Record<string, never>>({
    en: () => ({
      message: "the file is a link to a place outside the data folder: it was not read",
      hint: "copy the file itself into the data folder instead of linking to it",
    }),
    th: () => ({
      message: "ไฟล์นี้เป็นลิงก์ที่ชี้ออกไปนอกโฟลเดอร์ข้อมูล จึงไม่ได้อ่าน",
      hint: "คัดลอกไฟล์จริงมาไว้ในโฟลเดอร์ข้อมูลแทนการใช้ลิงก์",
    }),
  }),
  "file.not-regular": entry<Record<string, never>>({
    en: () => ({
      message: "this is not an ordinary file (a pipe, a device or a socket): it was not read",
      hint: "replace it with an ordinary text file saved from an editor",
    }),
    th: () => ({
      message: "รายการนี้ไม่ใช่ไฟล์ธรรมดา (เป็นไปป์ อุปกรณ์ หรือซ็อกเก็ต) จึงไม่ได้อ่าน",
      hint: "แทนที่ด้วยไฟล์ข้อความธรรมดาที่บันทึกจากโปรแกรมแก้ไขข้อความ",
    }),
  }),
  "file.too-big": entry<{ sizeKb: string; maxKb: number }>({
    en: (p) => ({
      message: `the file is ${p.sizeKb} KB, more than the ${p.maxKb.toLocaleString("en")} KB a data file may hold: it was not read`,
      hint: "a measure or report file needs a few KB: check that nothing was pasted many times or that this is the right file",
    }),
    th: (p) => ({
      message: `ไฟล์มีขนาด ${p.sizeKb} KB เกิน ${p.maxKb.toLocaleString("en")} KB ที่ไฟล์ข้อมูลหนึ่งไฟล์มีได้ จึงไม่ได้อ่าน`,
      hint: "ไฟล์มาตรการหรือไฟล์รายงานใช้เพียงไม่กี่ KB: ตรวจว่าไม่ได้วางข้อความซ้ำหลายครั้ง หรือเลือกไฟล์ผิด",
    }),
  }),
  "measures.folder-outside": entry<Record<string, never>>({
    en: () => ({
      message: "the measures folder is a link to a place outside the data folder: it was not read",
      hint: "copy the measure files themselves into this folder instead of linking to them",
    }),
    th: () => ({
      message: "โฟลเดอร์มาตรการเป็นลิงก์ที่ชี้ออกไปนอกโฟลเดอร์ข้อมูล จึงไม่ได้อ่าน",
      hint: "คัดลอกไฟล์มาตรการจริงมาไว้ในโฟลเดอร์นี้แทนการใช้ลิงก์",
    }),
  }),
  "measures.too-many": entry<{ count: number; max: number }>({
    en: (p) => ({
      message: `the folder holds ${p.count.toLocaleString("en")} measure files, more than the ${p.max} a report may have: none was read`,
      hint: "a report has one file per measure, usually fewer than 20: check that this is the right folder",
    }),
    th: (p) => ({
      message: `โฟลเดอร์มีไฟล์มาตรการ ${p.count.toLocaleString("en")} ไฟล์ เกิน ${p.max} ไฟล์ที่รายงานหนึ่งฉบับมีได้ จึงไม่ได้อ่าน`,
      hint: "รายงานมีไฟล์มาตรการละหนึ่งไฟล์ ซึ่งปกติไม่ถึง 20 ไฟล์: ตรวจว่าเป็นโฟลเดอร์ที่ถูกต้อง",
    }),
  }),
  "file.empty": entry<Record<string, never>>({
    en: () => ({ message: "the file is empty", hint: `fill it in (see ${DOCS})` }),
    th: () => ({ message: "ไฟล์ว่างเปล่า", hint: `กรอกข้อมูลลงในไฟล์ (ดู ${DOCS})` }),
  }),
  "file.tis620": entry<{ file: string }>({
    en: () => ({
      message: "the file is saved in the Thai Windows encoding (TIS-620/windows-874), not UTF-8",
      hint: 'convert it with: iconv -f TIS-620 -t UTF-8 in.yaml > out.yaml, or open it in your editor and save it again with the encoding "UTF-8"',
    }),
    th: () => ({
      message: "ไฟล์ถูกบันทึกด้วยรหัสภาษาไทยของ Windows (TIS-620/windows-874) ไม่ใช่ UTF-8",
      hint: 'แปลงด้วยคำสั่ง iconv -f TIS-620 -t UTF-8 in.yaml > out.yaml หรือเปิดไฟล์ในโปรแกรมแก้ไข แล้วบันทึกใหม่โดยเลือกการเข้ารหัส (Encoding) เป็น "UTF-8"',
    }),
  }),
  "file.utf16": entry<Record<string, never>>({
    en: () => ({
      message: "the file is saved as UTF-16, not UTF-8",
      hint: 'save it again with the encoding "UTF-8"',
    }),
    th: () => ({
      message: "ไฟล์ถูกบันทึกเป็น UTF-16 ไม่ใช่ UTF-8",
      hint: 'บันทึกไฟล์ใหม่โดยเลือกการเข้ารหัส (Encoding) เป็น "UTF-8"',
    }),
  }),
  "file.not-utf8": entry<{ byte: string }>({
    en: (p) => ({
      message: `the file is not UTF-8 text (byte 0x${p.byte} cannot be read)`,
      hint: 'save it again with the encoding "UTF-8"',
    }),
    th: (p) => ({
      message: `ไฟล์ไม่ใช่ข้อความ UTF-8 (อ่านไบต์ 0x${p.byte} ไม่ได้)`,
      hint: 'บันทึกไฟล์ใหม่โดยเลือกการเข้ารหัส (Encoding) เป็น "UTF-8"',
    }),
  }),
  "year.not-found": entry<{ year: number; years: readonly string[] }>({
    en: (p) => ({
      message: `there is no folder for fiscal year ${p.year}`,
      hint:
        p.years.length > 0
          ? `years found: ${p.years.join(", ")}`
          : "no year folder was found: create one named after the fiscal year in B.E., e.g. 2568",
    }),
    th: (p) => ({
      message: `ไม่พบโฟลเดอร์ของปีงบประมาณ ${p.year}`,
      hint:
        p.years.length > 0
          ? `ปีที่มีอยู่: ${p.years.join(", ")}`
          : "ยังไม่มีโฟลเดอร์ของปีใดเลย: สร้างโฟลเดอร์ที่ตั้งชื่อตามปีงบประมาณ พ.ศ. เช่น 2568",
    }),
  }),
  "year.none": entry<Record<string, never>>({
    en: () => ({
      message: "there is no fiscal-year folder (such as 2568) in the data folder",
      hint: "create one named after the fiscal year in B.E., e.g. 2568",
    }),
    th: () => ({
      message: "ไม่พบโฟลเดอร์ปีงบประมาณ (เช่น 2568) ในโฟลเดอร์ข้อมูล",
      hint: "สร้างโฟลเดอร์ที่ตั้งชื่อตามปีงบประมาณ พ.ศ. เช่น 2568",
    }),
  }),
  "year.folder-misnamed": entry<{ name: string; suggestion?: string }>({
    en: (p) => ({
      message: `the folder "${p.name}" is not taken as a fiscal year: a year folder is named with four Arabic digits, the B.E. year from 2400 to 2700`,
      hint:
        p.suggestion === undefined
          ? "rename it after the fiscal year in B.E., e.g. 2568"
          : `rename it to ${p.suggestion}`,
    }),
    th: (p) => ({
      message: `ไม่ได้นับโฟลเดอร์ "${p.name}" เป็นปีงบประมาณ: โฟลเดอร์ของปีต้องตั้งชื่อด้วยเลขอารบิกสี่หลัก เป็นปี พ.ศ. ตั้งแต่ 2400 ถึง 2700`,
      hint: p.suggestion === undefined ? "เปลี่ยนชื่อเป็นปีงบประมาณ พ.ศ. เช่น 2568" : `เปลี่ยนชื่อเป็น ${p.suggestion}`,
    }),
  }),
  "report.year-mismatch": entry<{ year: number; folder: number }>({
    en: (p) => ({
      message: `fiscalYear is ${p.year} but the file is in the folder ${p.folder}`,
      hint: `correct fiscalYear, or move the file to the folder ${p.year}`,
    }),
    th: (p) => ({
      message: `fiscalYear เป็น ${p.year} แต่ไฟล์อยู่ในโฟลเดอร์ ${p.folder}`,
      hint: `แก้ fiscalYear หรือย้ายไฟล์ไปไว้ในโฟลเดอร์ ${p.year}`,
    }),
  }),
  "measures.none": entry<Record<string, never>>({
    en: () => ({
      message: "there are no measure files (*.yaml) in this folder",
      hint: "add one file per measure, e.g. 01.yaml with no: 1",
    }),
    th: () => ({
      message: "ไม่พบไฟล์มาตรการ (*.yaml) ในโฟลเดอร์นี้",
      hint: "เพิ่มไฟล์มาตรการละหนึ่งไฟล์ เช่น 01.yaml ที่มี no: 1",
    }),
  }),
  "measures.duplicate-no": entry<{ no: number; other: string }>({
    en: (p) => ({
      message: `measure number ${p.no} is also used by ${p.other}`,
      hint: "each measure needs its own number: renumber one of the two",
    }),
    th: (p) => ({
      message: `ลำดับที่ ${p.no} ซ้ำกับไฟล์ ${p.other}`,
      hint: "แต่ละมาตรการต้องมีลำดับที่ไม่ซ้ำกัน: แก้ลำดับที่ของไฟล์ใดไฟล์หนึ่ง",
    }),
  }),
  "measures.missing-no": entry<{ missing: readonly string[]; more: number; max: number }>({
    en: (p) => ({
      message: `no measure has the number ${p.more > 0 ? `${p.missing.join(", ")} … and ${p.more.toLocaleString("en")} more` : list(p.missing, "or")}: numbers must run from 1 to ${p.max} without gaps`,
      hint: "renumber the measures, or add the missing ones",
    }),
    th: (p) => ({
      message: `ไม่มีมาตรการลำดับที่ ${p.more > 0 ? `${p.missing.join(", ")} … และอีก ${p.more.toLocaleString("en")} ลำดับ` : list(p.missing, "และ")}: ลำดับที่ต้องเรียงตั้งแต่ 1 ถึง ${p.max} โดยไม่ข้าม`,
      hint: "แก้ลำดับที่ของมาตรการ หรือเพิ่มมาตรการที่ขาด",
    }),
  }),
  "issues.more": entry<{ count: number; like: string }>({
    en: (p) => ({
      message: `… and ${p.count.toLocaleString("en")} more problems of the same kind as "${p.like}"`,
      hint: "correct the ones listed above and run the command again to see the rest",
    }),
    th: (p) => ({
      message: `… และยังมีปัญหาแบบเดียวกับ "${p.like}" อีก ${p.count.toLocaleString("en")} รายการ`,
      hint: "แก้รายการที่แสดงข้างต้น แล้วสั่งใหม่อีกครั้งเพื่อดูรายการที่เหลือ",
    }),
  }),
  // --- YAML ------------------------------------------------------------------------------------
  "yaml.syntax": entry<{ detail: string; yamlCode: string }>({
    en: (p) => ({
      message: `YAML syntax error: ${p.detail}`,
      hint:
        p.yamlCode === "MISSING_CHAR"
          ? "a closing quote or bracket is missing"
          : "check the indentation of this line and the one before: entries of one list or mapping start in the same column",
    }),
    th: (p) => ({
      message: `รูปแบบ YAML ไม่ถูกต้อง: ${p.detail}`,
      hint:
        p.yamlCode === "MISSING_CHAR"
          ? "ขาดเครื่องหมายคำพูดหรือวงเล็บปิด"
          : "ตรวจสอบการย่อหน้าของบรรทัดนี้และบรรทัดก่อนหน้า: หัวข้อหรือรายการในระดับเดียวกันต้องเริ่มที่คอลัมน์เดียวกัน",
    }),
  }),
  "yaml.too-deep": entry<Record<string, never>>({
    en: () => ({
      message: "lists or mappings are nested too deeply for the YAML reader",
      hint: "a measure needs at most three levels (step, sub-item, its sub-item): look for runaway brackets [ { or a block pasted with growing indentation",
    }),
    th: () => ({
      message: "รายการหรือหัวข้อซ้อนกันลึกเกินกว่าที่ตัวอ่าน YAML รับได้",
      hint: "มาตรการหนึ่งซ้อนได้ไม่เกินสามระดับ (ขั้นตอน ข้อย่อย และข้อย่อยของข้อย่อย): ตรวจหาวงเล็บ [ { ที่ไม่ได้ปิด หรือข้อความที่วางแล้วย่อหน้าลึกขึ้นเรื่อย ๆ",
    }),
  }),
  "yaml.tab": entry<Record<string, never>>({
    en: () => ({ message: "a tab is used for indentation", hint: "indent with spaces only" }),
    th: () => ({ message: "ใช้แท็บ (Tab) ในการย่อหน้า", hint: "ย่อหน้าด้วยการเว้นวรรค (space) เท่านั้น" }),
  }),
  "yaml.colon-in-text": entry<Record<string, never>>({
    en: () => ({
      message: "a colon followed by a space inside a value makes YAML read a new field",
      hint: 'put the whole text in double quotes: title: "…: …"',
    }),
    th: () => ({
      message: "เครื่องหมาย : ที่ตามด้วยเว้นวรรคภายในข้อความ ทำให้ YAML อ่านเป็นหัวข้อใหม่",
      hint: 'ใส่ข้อความทั้งหมดในเครื่องหมายคำพูด เช่น title: "…: …"',
    }),
  }),
  "yaml.tag": entry<{ tag: string }>({
    en: (p) => ({
      message: `the YAML tag ${p.tag} makes this value something the data never holds`,
      hint: `remove "${p.tag}": write the value as plain text, a number, a list or a mapping`,
    }),
    th: (p) => ({
      message: `แท็ก YAML ${p.tag} ทำให้ค่านี้เป็นชนิดที่ข้อมูลไม่ได้ใช้`,
      hint: `ลบ "${p.tag}" ออก แล้วเขียนค่าเป็นข้อความ ตัวเลข รายการ หรือหัวข้อ (field: value) ตามปกติ`,
    }),
  }),
  "yaml.multiple-documents": entry<Record<string, never>>({
    en: () => ({
      message: 'a second YAML document starts here (a line "---"): a file holds one',
      hint: 'remove the "---" line and join the two parts, or move the second part into a file of its own',
    }),
    th: () => ({
      message: 'เอกสาร YAML ชุดที่สองเริ่มที่นี่ (บรรทัด "---") แต่ไฟล์หนึ่งมีได้เพียงชุดเดียว',
      hint: 'ลบบรรทัด "---" แล้วรวมสองส่วนเข้าด้วยกัน หรือย้ายส่วนที่สองไปไว้ในไฟล์ของตัวเอง',
    }),
  }),
  "yaml.duplicate-key": entry<{ key: string }>({
    en: (p) => ({ message: `the field "${p.key}" appears twice`, hint: "keep only one of them" }),
    th: (p) => ({ message: `หัวข้อ "${p.key}" ซ้ำกัน`, hint: "เก็บไว้เพียงหัวข้อเดียว" }),
  }),
  "yaml.unreadable": entry<{ detail: string }>({
    en: (p) => ({
      message: `the file cannot be read as data: ${p.detail}`,
      hint: "write the values out instead of YAML anchors (&) and aliases (*)",
    }),
    th: (p) => ({
      message: `อ่านข้อมูลในไฟล์ไม่ได้: ${p.detail}`,
      hint: "เขียนค่าลงไปตรง ๆ แทนการใช้ anchor (&) และ alias (*) ของ YAML",
    }),
  }),
  "yaml.warning": entry<{ detail: string }>({
    en: (p) => ({
      message: `YAML warning: ${p.detail}`,
      hint: "remove the tag (!…) or directive (%…): plain values are enough",
    }),
    th: (p) => ({
      message: `คำเตือนจาก YAML: ${p.detail}`,
      hint: "ลบแท็ก (!…) หรือคำสั่ง (%…) ออก: ใช้ค่าธรรมดาก็เพียงพอ",
    }),
  }),
  // --- values ----------------------------------------------------------------------------------
  "value.missing": entry<{ field: string }>({
    en: (p) => ({ message: `the required field "${p.field}" is missing`, hint: `add "${p.field}:" here` }),
    th: (p) => ({ message: `ขาดหัวข้อ "${p.field}" ซึ่งต้องมี`, hint: `เพิ่ม "${p.field}:" ตรงนี้` }),
  }),
  "value.empty": entry<{ inList?: string }>({
    en: (p) => ({
      message: "the value is empty",
      hint: p.inList ? 'write the entry after the "-", or remove the line' : "write a value after the colon",
    }),
    th: (p) => ({
      message: "ไม่ได้กรอกค่า",
      hint: p.inList ? "เขียนรายการหลังเครื่องหมาย - หรือลบบรรทัดนี้" : "กรอกค่าหลังเครื่องหมาย :",
    }),
  }),
  "value.wrong-type": entry<{
    expected: string;
    got: string;
    digits?: string;
    value?: string;
    special?: string;
    separated?: string;
    periodExample?: string;
  }>({
    en: (p) => ({
      message: `expected ${kind(p.expected, "en")}, got ${p.special === undefined ? (p.value ?? kind(p.got, "en")) : `the special value ${p.value}, which YAML reads as ${p.value === ".nan" ? "not-a-number" : "infinity"}`}`,
      ...hintOf(
        p.special !== undefined
          ? "write an ordinary number, e.g. 1"
          : p.digits !== undefined
            ? `write the number without ${p.separated === undefined ? "quotes" : "quotes or separators (_ ,)"}, in Arabic digits: ${p.digits}`
            : p.expected === "text" && (p.got === "number" || p.got === "boolean")
              ? 'put the value in double quotes to keep it as text: "…"'
              : p.expected === "list" && p.got === "text"
                ? 'write each entry on a line of its own, starting with "- "'
                : p.periodExample !== undefined
                  ? `write the first and the last day as from and to: period: ${p.periodExample}`
                  : undefined,
      ),
    }),
    th: (p) => ({
      message: `ต้องเป็น${kind(p.expected, "th")} แต่พบ${p.special === undefined ? (p.value === undefined ? kind(p.got, "th") : ` ${p.value}`) : `ค่าพิเศษ ${p.value} ซึ่ง YAML อ่านเป็น${p.value === ".nan" ? "ค่าที่ไม่ใช่ตัวเลข" : "ค่าอนันต์"}`}`,
      ...hintOf(
        p.special !== undefined
          ? "เขียนเป็นตัวเลขธรรมดา เช่น 1"
          : p.digits !== undefined
            ? `เขียนตัวเลขโดยไม่มีเครื่องหมายคำพูด${p.separated === undefined ? "" : "หรือตัวคั่น (_ ,)"} และใช้เลขอารบิก: ${p.digits}`
            : p.expected === "text" && (p.got === "number" || p.got === "boolean")
              ? 'ใส่ค่าในเครื่องหมายคำพูดเพื่อให้เป็นข้อความ: "…"'
              : p.expected === "list" && p.got === "text"
                ? 'เขียนแต่ละรายการในบรรทัดของตัวเอง โดยขึ้นต้นด้วย "- "'
                : p.periodExample !== undefined
                  ? `เขียนวันเริ่มต้นและวันสิ้นสุดแยกกันเป็น from และ to: period: ${p.periodExample}`
                  : undefined,
      ),
    }),
  }),
  "value.to-fill-in": entry<{ marker: string }>({
    en: (p) => ({
      message: `still to fill in: the value holds the marker ${p.marker}`,
      hint: "write this year's value in its place",
    }),
    th: (p) => ({
      message: `ยังไม่ได้กรอกข้อมูล: ค่ายังเป็นเครื่องหมาย ${p.marker}`,
      hint: "เขียนข้อมูลของปีนี้แทนเครื่องหมายนั้น",
    }),
  }),
  "word.not-one-word": entry<{ value: string }>({
    en: (p) => ({
      message: `"${p.value}" is not one word: an entry of words: may not hold a space`,
      hint: "write each word as its own entry; a line may break at a space anyway",
    }),
    th: (p) => ({
      message: `"${p.value}" ไม่ใช่คำเดียว: รายการใน words: ต้องไม่มีช่องว่าง`,
      hint: "แยกแต่ละคำเป็นรายการของตัวเอง เพราะบรรทัดตัดที่ช่องว่างได้อยู่แล้ว",
    }),
  }),
  "text.empty": entry<Record<string, never>>({
    en: () => ({
      message: "the text is empty",
      hint: "write the text, or remove the field if it is optional",
    }),
    th: () => ({ message: "ข้อความว่างเปล่า", hint: "กรอกข้อความ หรือลบหัวข้อนี้ออกหากไม่จำเป็น" }),
  }),
  "list.empty": entry<Record<string, never>>({
    en: () => ({ message: "the list is empty", hint: "add at least one entry" }),
    th: () => ({ message: "รายการว่างเปล่า", hint: "เพิ่มอย่างน้อยหนึ่งรายการ" }),
  }),
  "number.too-small": entry<{ value: string; min: number; field: string }>({
    en: (p) => ({
      message: `${p.value} is too small: the smallest allowed is ${p.min}`,
      ...hintOf(p.field === "fiscalYear" ? "the fiscal year is in B.E., e.g. 2568" : undefined),
    }),
    th: (p) => ({
      message: `${p.value} น้อยเกินไป: ต้องไม่น้อยกว่า ${p.min}`,
      ...hintOf(p.field === "fiscalYear" ? "ปีงบประมาณเป็นปี พ.ศ. เช่น 2568" : undefined),
    }),
  }),
  "number.too-big": entry<{ value: string; max: number; field?: string }>({
    en: (p) => ({
      message: `${p.value} is too big: the largest allowed is ${p.max}`,
      hint:
        p.field === "fiscalYear"
          ? "the fiscal year is in B.E., e.g. 2568"
          : p.field === "no" || p.field === "itemsFrom"
            ? "numbers count the measures, steps or items in order: 1, 2, 3, … check for a typo"
            : "check for a typo",
    }),
    th: (p) => ({
      message: `${p.value} มากเกินไป: ต้องไม่เกิน ${p.max}`,
      hint:
        p.field === "fiscalYear"
          ? "ปีงบประมาณเป็นปี พ.ศ. เช่น 2568"
          : p.field === "no" || p.field === "itemsFrom"
            ? "ลำดับที่นับมาตรการ ขั้นตอน หรือข้อย่อยตามลำดับ: 1, 2, 3, … ตรวจว่าพิมพ์ผิดหรือไม่"
            : "ตรวจว่าพิมพ์ผิดหรือไม่",
    }),
  }),
  "value.not-allowed": entry<{ value: string; allowed: readonly string[]; suggestion?: string }>({
    en: (p) => ({
      message: `"${p.value}" is not allowed here: use ${list(quoted(p.allowed), "or")}`,
      ...hintOf(p.suggestion && `did you mean "${p.suggestion}"?`),
    }),
    th: (p) => ({
      message: `ใช้ "${p.value}" ไม่ได้: ต้องเป็น ${list(quoted(p.allowed), "หรือ")}`,
      ...hintOf(p.suggestion && `หมายถึง "${p.suggestion}" ใช่หรือไม่`),
    }),
  }),
  "key.unknown": entry<{ key: string; known: readonly string[]; suggestion?: string }>({
    en: (p) => ({
      message: `unknown field "${p.key}"`,
      hint: p.suggestion
        ? `did you mean "${p.suggestion}"?`
        : p.known.length > 0
          ? `the fields allowed here are: ${p.known.join(", ")}`
          : "no field is allowed here",
    }),
    th: (p) => ({
      message: `ไม่รู้จักหัวข้อ "${p.key}"`,
      hint: p.suggestion
        ? `หมายถึง "${p.suggestion}" ใช่หรือไม่`
        : p.known.length > 0
          ? `หัวข้อที่ใช้ได้ตรงนี้: ${p.known.join(", ")}`
          : "ตรงนี้ใช้หัวข้อไม่ได้",
    }),
  }),
  "key.together": entry<{ key: string; other: string }>({
    en: (p) => ({
      message: `"${p.key}" cannot stand with "${p.other}" in one entry: each entry is one of them`,
      hint: `make "${p.key}" an entry of its own, on a new line starting with "- "`,
    }),
    th: (p) => ({
      message: `ใช้ "${p.key}" ร่วมกับ "${p.other}" ในรายการเดียวกันไม่ได้: แต่ละรายการเป็นได้อย่างใดอย่างหนึ่ง`,
      hint: `แยก "${p.key}" เป็นอีกรายการหนึ่ง ขึ้นบรรทัดใหม่ด้วย "- "`,
    }),
  }),
  "url.invalid": entry<{ value: string }>({
    en: (p) => ({
      message: `"${p.value}" is not a web address starting with http:// or https://`,
      hint: "write the full address, e.g. https://www.tanem.go.th",
    }),
    th: (p) => ({
      message: `"${p.value}" ไม่ใช่ที่อยู่เว็บไซต์ที่ขึ้นต้นด้วย http:// หรือ https://`,
      hint: "เขียนที่อยู่เต็ม เช่น https://www.tanem.go.th",
    }),
  }),
  // --- dates -----------------------------------------------------------------------------------
  "date.not-a-date": entry<{ value: string; meant?: string }>({
    en: (p) => ({
      message: `"${p.value}" is not a date`,
      hint:
        p.meant === undefined
          ? "write it as 2568-04-24, 2025-04-24, ๒๔ เมษายน ๒๕๖๘ or 24 เม.ย. 68"
          : `read day/month/year it is ${p.meant}: write that (or 2568-04-24, ๒๔ เมษายน ๒๕๖๘)`,
    }),
    th: (p) => ({
      message: `"${p.value}" ไม่ใช่วันที่`,
      hint:
        p.meant === undefined
          ? "เขียนเป็น 2568-04-24, 2025-04-24, ๒๔ เมษายน ๒๕๖๘ หรือ 24 เม.ย. 68"
          : `หากเป็น วัน/เดือน/ปี ให้เขียนเป็น ${p.meant} (หรือ 2568-04-24, ๒๔ เมษายน ๒๕๖๘)`,
    }),
  }),
  "date.unknown-month": entry<{ value: string; monthName: string }>({
    en: (p) => ({
      message: `"${p.monthName}" in "${p.value}" is not a Thai month name`,
      hint: "use the full name (เมษายน) or its abbreviation (เม.ย.)",
    }),
    th: (p) => ({
      message: `"${p.monthName}" ใน "${p.value}" ไม่ใช่ชื่อเดือน`,
      hint: "ใช้ชื่อเดือนเต็ม (เมษายน) หรือชื่อย่อ (เม.ย.)",
    }),
  }),
  "date.no-such-month": entry<{ value: string; month: number }>({
    en: (p) => ({
      message: `"${p.value}" does not exist: there is no month ${p.month}`,
      hint: "months run from 1 to 12",
    }),
    th: (p) => ({ message: `ไม่มีวันที่ "${p.value}": ไม่มีเดือนที่ ${p.month}`, hint: "เดือนมีตั้งแต่ 1 ถึง 12" }),
  }),
  "date.no-such-day": entry<{ value: string; month: number; yearBe: number; days: number }>({
    en: (p) => ({
      message: `"${p.value}" does not exist: ${EN_MONTHS[p.month - 1] ?? p.month} ${p.yearBe} B.E. has ${p.days} days`,
      hint: "check the day and the month",
    }),
    th: (p) => ({
      message: `ไม่มีวันที่ "${p.value}": เดือน${THAI_MONTHS_FULL[p.month - 1] ?? p.month} ${p.yearBe} มี ${p.days} วัน`,
      hint: "ตรวจสอบวันและเดือน",
    }),
  }),
  "placeholder.unknown": entry<{ placeholder: string; meant?: string }>({
    en: (p) => ({
      message: `unknown placeholder ${p.placeholder}`,
      hint:
        p.meant !== undefined
          ? `did you mean ${p.meant}?`
          : "write {{งบประมาณรวม}} for the total budget or {{งบประมาณ:3}} for measure 3's",
    }),
    th: (p) => ({
      message: `ไม่รู้จักตัวแทนข้อความ ${p.placeholder}`,
      hint:
        p.meant !== undefined
          ? `ตั้งใจเขียน ${p.meant} หรือไม่`
          : "เขียน {{งบประมาณรวม}} สำหรับงบประมาณรวม หรือ {{งบประมาณ:3}} สำหรับงบประมาณของมาตรการที่ 3",
    }),
  }),
  "placeholder.no-measure": entry<{ placeholder: string; no: number }>({
    en: (p) => ({
      message: `${p.placeholder}: there is no measure ${p.no}`,
      hint: "use the `no` of a measure file",
    }),
    th: (p) => ({ message: `${p.placeholder}: ไม่มีมาตรการที่ ${p.no}`, hint: "ใช้ค่า `no` ของไฟล์มาตรการ" }),
  }),
  "placeholder.no-budget": entry<{ placeholder: string }>({
    en: (p) => ({
      message: `${p.placeholder}: no budget to write`,
      hint: 'add `budget:` to the measure(s), e.g. budget: "125500"',
    }),
    th: (p) => ({
      message: `${p.placeholder}: ไม่มีงบประมาณให้เขียน`,
      hint: 'เพิ่ม `budget:` ในไฟล์มาตรการ เช่น budget: "125500"',
    }),
  }),
  "announcement.missing": entry<Record<string, never>>({
    en: () => ({
      message: "report.yaml has no announcement section: there is no announcement to build",
      hint: "add `announcement:` (date, preamble, signer) to report.yaml, see docs/data-format.md",
    }),
    th: () => ({
      message: "report.yaml ไม่มีส่วน announcement: ไม่มีประกาศให้สร้าง",
      hint: "เพิ่ม `announcement:` (date, preamble, signer) ใน report.yaml ดู docs/data-format.md",
    }),
  }),
  "announcement.not-before-memo": entry<{ date: string; memoDate: string }>({
    en: (p) => ({
      message: `the announcement is dated ${p.date}, not before the memo (${p.memoDate})`,
      hint: "the announcement opens the year the memo reports on: check both dates",
    }),
    th: (p) => ({
      message: `ประกาศลงวันที่ ${p.date} ไม่ได้อยู่ก่อนบันทึกข้อความ (${p.memoDate})`,
      hint: "ประกาศมาตรการออกก่อนรายงานผลของปีเดียวกัน: ตรวจสอบวันที่ทั้งสอง",
    }),
  }),
  "announcement.outside-year": entry<{ date: string; fiscalYear: number; from: string; to: string }>({
    en: (p) => ({
      message: `the announcement is dated ${p.date}, outside fiscal year ${p.fiscalYear} and the months just before it`,
      hint: `an announcement of the year's measures is dated from ${p.from} to ${p.to}`,
    }),
    th: (p) => ({
      message: `ประกาศลงวันที่ ${p.date} อยู่นอกปีงบประมาณ ${p.fiscalYear} และช่วงก่อนเริ่มปี`,
      hint: `ประกาศมาตรการของปีนี้ควรลงวันที่ระหว่าง ${p.from} ถึง ${p.to}`,
    }),
  }),
  "date.far-from-year": entry<{
    value: string;
    yearBe: number;
    fiscalYear: number;
    typed: string;
    meant: string;
    reading?: string;
  }>({
    en: (p) => ({
      message: `"${p.value}" is in B.E. ${p.yearBe}, far from fiscal year ${p.fiscalYear}`,
      hint:
        p.reading === "be-twice"
          ? `${p.typed} is a B.E. year with 543 added once more: write ${p.meant}`
          : p.reading === "ce-twice"
            ? `${p.typed} is a C.E. year with 543 taken off once more: write ${p.meant}`
            : `did you mean ${p.meant} instead of ${p.typed}? (years from 2400 are B.E., below C.E.)`,
    }),
    th: (p) => ({
      message: `"${p.value}" ตรงกับปี พ.ศ. ${p.yearBe} ซึ่งห่างจากปีงบประมาณ ${p.fiscalYear} มาก`,
      hint:
        p.reading === "be-twice"
          ? `${p.typed} คือปี พ.ศ. ที่บวก 543 ซ้ำอีกครั้ง: ให้เขียน ${p.meant}`
          : p.reading === "ce-twice"
            ? `${p.typed} คือปี ค.ศ. ที่ลบ 543 ซ้ำอีกครั้ง: ให้เขียน ${p.meant}`
            : `ตั้งใจเขียน ${p.meant} แทน ${p.typed} หรือไม่ (ปีตั้งแต่ 2400 เป็น พ.ศ. ต่ำกว่านั้นเป็น ค.ศ.)`,
    }),
  }),
  "period.reversed": entry<{ from: string; to: string }>({
    en: (p) => ({
      message: `the period ends (${p.to}) before it starts (${p.from})`,
      hint: "`to` must be on or after `from`",
    }),
    th: (p) => ({
      message: `ช่วงเวลาสิ้นสุด (${p.to}) ก่อนวันเริ่มต้น (${p.from})`,
      hint: "วันที่ใน to ต้องไม่อยู่ก่อนวันที่ใน from",
    }),
  }),
  "step.without-text": entry<Record<string, never>>({
    en: () => ({
      message: "a step needs its text (or, where the source lost its head, its surviving items)",
      hint: "add `text:` with the step's wording",
    }),
    th: () => ({
      message: "ขั้นตอนนี้ไม่มีข้อความ (หรือข้อย่อย items / bullets ในกรณีที่ต้นฉบับหายไปเหลือแต่ข้อย่อย)",
      hint: "เพิ่ม `text:` ตามด้วยข้อความของขั้นตอน",
    }),
  }),
  "budget.not-satang": entry<{ value: string }>({
    en: (p) => ({
      message: `${p.value} is not a whole number of satang`,
      hint: 'write baht as a string ("125500.50") or satang as a whole number (12550050)',
    }),
    th: (p) => ({
      message: `${p.value} ไม่ใช่จำนวนสตางค์ที่เป็นจำนวนเต็ม (ตัวเลขที่ไม่มีเครื่องหมายคำพูดนับเป็นสตางค์)`,
      hint: 'เขียนเป็นบาทในเครื่องหมายคำพูด เช่น "125500.50" หรือเป็นสตางค์ที่เป็นจำนวนเต็ม เช่น 12550050',
    }),
  }),
  "budget.not-amount": entry<{ value: string; problem: "negative" | "decimals" | "format" }>({
    en: (p) => ({
      message: `"${p.value}" is not an amount of baht`,
      hint:
        p.problem === "negative"
          ? "a budget cannot be negative"
          : p.problem === "decimals"
            ? "baht amounts have at most two decimals (satang)"
            : 'write the figures only, without บาท: digits, commas between thousands, up to two decimals, e.g. "150,000.50"',
    }),
    th: (p) => ({
      message: `"${p.value}" ไม่ใช่จำนวนเงินบาท`,
      hint:
        p.problem === "negative"
          ? "งบประมาณติดลบไม่ได้"
          : p.problem === "decimals"
            ? "จำนวนเงินมีทศนิยมได้ไม่เกินสองตำแหน่ง (สตางค์)"
            : 'เขียนเฉพาะตัวเลข ไม่ต้องมีคำว่า บาท คั่นหลักพันด้วยจุลภาคได้ ทศนิยมไม่เกินสองตำแหน่ง เช่น "150,000.50"',
    }),
  }),
  "measure.reason-unused": entry<Record<string, never>>({
    en: () => ({
      message:
        "the reason is not printed: only a measure that could not be done (status: not-done) shows its reason",
      hint: "delete reason:, or set status: not-done if the measure could not be done",
    }),
    th: () => ({
      message: "เหตุผล (reason) จะไม่ถูกพิมพ์: พิมพ์เฉพาะมาตรการที่ไม่สามารถดำเนินการได้ (status: not-done)",
      hint: "ลบ reason: ออก หรือเปลี่ยนเป็น status: not-done หากดำเนินการไม่ได้",
    }),
  }),
  "placeholder.in-measure": entry<{ placeholder: string }>({
    en: (p) => ({
      message: `${p.placeholder} is filled in the memo and the announcement only: here it prints as typed`,
      hint: "write the amount itself in the measure (its budget is in the งบประมาณ column already)",
    }),
    th: (p) => ({
      message: `${p.placeholder} ใช้ได้เฉพาะในบันทึกข้อความและประกาศ: ในมาตรการจะพิมพ์ออกมาตามที่เขียน`,
      hint: "เขียนจำนวนเงินลงไปเอง (งบประมาณของมาตรการแสดงในช่องงบประมาณอยู่แล้ว)",
    }),
  }),
  "measure.reason-required": entry<Record<string, never>>({
    en: () => ({
      message: "a reason is required when status is not-done",
      hint: "add reason: saying why the measure could not be done",
    }),
    th: () => ({
      message: "ต้องระบุเหตุผล (reason) เมื่อ status เป็น not-done",
      hint: "เพิ่ม reason: อธิบายว่าเหตุใดจึงดำเนินการไม่ได้",
    }),
  }),
  "schema.other": entry<{ detail: string; hint?: string }>({
    en: (p) => ({ message: p.detail, ...hintOf(p.hint) }),
    th: (p) => ({ message: `ข้อมูลไม่ถูกต้อง: ${p.detail}`, ...hintOf(p.hint) }),
  }),
  // --- images ----------------------------------------------------------------------------------
  "image.absolute": entry<{ value: string }>({
    en: (p) => ({
      message: `the image path "${p.value}" is absolute`,
      hint: "put the image inside the data folder and write its path relative to it, e.g. assets/garuda.png",
    }),
    th: (p) => ({
      message: `ที่อยู่รูปภาพ "${p.value}" เป็นแบบเต็ม (absolute)`,
      hint: "วางรูปภาพไว้ในโฟลเดอร์ข้อมูล แล้วเขียนที่อยู่เทียบกับโฟลเดอร์นั้น เช่น assets/garuda.png",
    }),
  }),
  "image.outside": entry<{ value: string }>({
    en: (p) => ({
      message: `the image path "${p.value}" leads outside the data folder`,
      hint: "put the image inside the data folder and write its path relative to it, e.g. assets/garuda.png",
    }),
    th: (p) => ({
      message: `ที่อยู่รูปภาพ "${p.value}" ชี้ออกไปนอกโฟลเดอร์ข้อมูล`,
      hint: "วางรูปภาพไว้ในโฟลเดอร์ข้อมูล แล้วเขียนที่อยู่เทียบกับโฟลเดอร์นั้น เช่น assets/garuda.png",
    }),
  }),
  "image.link-outside": entry<{ value: string }>({
    en: (p) => ({
      message: `"${p.value}" is a link to a file outside the data folder`,
      hint: "copy the image itself into the data folder",
    }),
    th: (p) => ({
      message: `"${p.value}" เป็นลิงก์ที่ชี้ไปยังไฟล์นอกโฟลเดอร์ข้อมูล`,
      hint: "คัดลอกไฟล์รูปภาพจริงมาไว้ในโฟลเดอร์ข้อมูล",
    }),
  }),
  "image.not-found": entry<{ value: string }>({
    en: (p) => ({
      message: `the image "${p.value}" does not exist`,
      hint: "check the path: it is relative to the data folder",
    }),
    th: (p) => ({ message: `ไม่พบรูปภาพ "${p.value}"`, hint: "ตรวจสอบที่อยู่: ต้องเขียนเทียบกับโฟลเดอร์ข้อมูล" }),
  }),
  "image.not-file": entry<{ value: string }>({
    en: (p) => ({ message: `"${p.value}" is not a file`, hint: "give the path of the image file itself" }),
    th: (p) => ({ message: `"${p.value}" ไม่ใช่ไฟล์`, hint: "ระบุที่อยู่ของไฟล์รูปภาพโดยตรง" }),
  }),
  "image.too-big": entry<{ value: string; sizeMb: string; maxMb: number }>({
    en: (p) => ({
      message: `the image "${p.value}" is ${p.sizeMb} MB, more than ${p.maxMb} MB`,
      hint: "make it smaller (an emblem needs about 600 × 600 pixels) and save it again",
    }),
    th: (p) => ({
      message: `รูปภาพ "${p.value}" มีขนาด ${p.sizeMb} MB เกิน ${p.maxMb} MB`,
      hint: "ลดขนาดรูป (ตราครุฑใช้ประมาณ 600 × 600 พิกเซลก็พอ) แล้วบันทึกใหม่",
    }),
  }),
  "image.unreadable": entry<{ value: string; reason: string }>({
    en: (p) => ({
      message: `cannot read the image "${p.value}" (${p.reason})`,
      hint: "check the file's permissions",
    }),
    th: (p) => ({ message: `อ่านรูปภาพ "${p.value}" ไม่ได้ (${p.reason})`, hint: "ตรวจสอบสิทธิ์การเข้าถึงไฟล์" }),
  }),
  "image.svg-external": entry<{ value: string; reference: string }>({
    en: (p) => ({
      message: `the SVG image "${p.value}" refers to something outside itself ("${p.reference}"): it was not used`,
      hint: "an SVG may only refer to its own parts (#id): embed or redraw what it links to, or export the image as PNG",
    }),
    th: (p) => ({
      message: `รูปภาพ SVG "${p.value}" อ้างถึงสิ่งที่อยู่นอกตัวไฟล์ ("${p.reference}") จึงไม่ได้นำมาใช้`,
      hint: "SVG อ้างได้เฉพาะส่วนของตัวเอง (#id): วาดสิ่งที่อ้างถึงลงในไฟล์ หรือบันทึกรูปภาพเป็น PNG แทน",
    }),
  }),
  "image.svg-script": entry<{ value: string }>({
    en: (p) => ({
      message: `the SVG image "${p.value}" contains a script: it was not used`,
      hint: "export the image again without scripts or event handlers, or as PNG",
    }),
    th: (p) => ({
      message: `รูปภาพ SVG "${p.value}" มีสคริปต์อยู่ภายใน จึงไม่ได้นำมาใช้`,
      hint: "บันทึกรูปภาพใหม่โดยไม่มีสคริปต์ หรือบันทึกเป็น PNG",
    }),
  }),
  "image.svg-entity": entry<{ value: string }>({
    en: (p) => ({
      message: `the SVG image "${p.value}" declares XML entities (<!ENTITY>): it was not used`,
      hint: "export the image again from a drawing program, or as PNG",
    }),
    th: (p) => ({
      message: `รูปภาพ SVG "${p.value}" ประกาศเอนทิตี XML (<!ENTITY>) จึงไม่ได้นำมาใช้`,
      hint: "บันทึกรูปภาพใหม่จากโปรแกรมวาดภาพ หรือบันทึกเป็น PNG",
    }),
  }),
  "image.svg-too-deep": entry<{ value: string; maxDepth: number }>({
    en: (p) => ({
      message: `the SVG image "${p.value}" nests its elements more than ${p.maxDepth} levels deep: it was not used`,
      hint: "ungroup the drawing in a drawing program and export it again, or as PNG",
    }),
    th: (p) => ({
      message: `รูปภาพ SVG "${p.value}" ซ้อนองค์ประกอบลึกเกิน ${p.maxDepth} ระดับ จึงไม่ได้นำมาใช้`,
      hint: "ยกเลิกการจัดกลุ่ม (ungroup) ในโปรแกรมวาดภาพแล้วบันทึกใหม่ หรือบันทึกเป็น PNG",
    }),
  }),
  "image.too-many-pixels": entry<{
    value: string;
    widthPx: number;
    heightPx: number;
    maxSidePx: number;
    maxMegapixels: number;
  }>({
    en: (p) => ({
      message: `the image "${p.value}" is ${p.widthPx} × ${p.heightPx} pixels, more than ${p.maxSidePx} pixels a side or ${p.maxMegapixels} megapixels`,
      hint: "scale it down (an emblem needs about 600 × 600 pixels) and save it again",
    }),
    th: (p) => ({
      message: `รูปภาพ "${p.value}" มีขนาด ${p.widthPx} × ${p.heightPx} พิกเซล เกินด้านละ ${p.maxSidePx} พิกเซลหรือ ${p.maxMegapixels} ล้านพิกเซล`,
      hint: "ย่อขนาดรูป (ตราครุฑใช้ประมาณ 600 × 600 พิกเซลก็พอ) แล้วบันทึกใหม่",
    }),
  }),
  "image.encoding": entry<{ value: string; encoding: string }>({
    en: (p) => ({
      message: `the image "${p.value}" is a ${p.encoding}, which PDF readers do not draw`,
      hint: "open it in an image editor and export it again as an ordinary 8-bit PNG or JPEG",
    }),
    th: (p) => ({
      message: `รูปภาพ "${p.value}" เป็น ${p.encoding} ซึ่งโปรแกรมอ่าน PDF แสดงไม่ได้`,
      hint: "เปิดภาพด้วยโปรแกรมแก้ไขภาพ แล้วบันทึกใหม่เป็น PNG หรือ JPEG แบบ 8 บิตทั่วไป",
    }),
  }),
  "image.aspect": entry<{ value: string; role: string; ratio: string; widest: string; tallest: string }>({
    en: (p) => ({
      message: `the image "${p.value}" is ${p.ratio} (width:height): the ${p.role} box takes from ${p.tallest} to ${p.widest}`,
      hint: "crop the empty margins around the picture, or choose an image of the right shape",
    }),
    th: (p) => ({
      message: `รูปภาพ "${p.value}" มีสัดส่วนกว้าง:สูง ${p.ratio} แต่ช่องของ ${p.role === "emblem" ? "ตราครุฑ (emblem)" : "ตราหน่วยงาน (logo)"} รับได้ตั้งแต่ ${p.tallest} ถึง ${p.widest}`,
      hint: "ตัดขอบว่างรอบภาพออก หรือเลือกภาพที่มีสัดส่วนเหมาะสม",
    }),
  }),
  "image.not-image": entry<{ value: string }>({
    en: (p) => ({
      message: `"${p.value}" is not a PNG, JPEG or SVG image`,
      hint: "export the image again as PNG, JPEG or SVG",
    }),
    th: (p) => ({
      message: `"${p.value}" ไม่ใช่รูปภาพ PNG, JPEG หรือ SVG`,
      hint: "บันทึกรูปภาพใหม่เป็น PNG, JPEG หรือ SVG",
    }),
  }),
  "image.damaged": entry<{ value: string; format: string }>({
    en: (p) => ({
      message: `the image "${p.value}" is damaged: its ${p.format.toUpperCase()} data is cut short or corrupt`,
      hint: "open it in an image editor and export it again as PNG or JPEG",
    }),
    th: (p) => ({
      message: `ไฟล์ภาพ "${p.value}" เสียหาย: ข้อมูล ${p.format.toUpperCase()} ขาดหายหรือผิดรูปแบบ`,
      hint: "เปิดภาพด้วยโปรแกรมแก้ไขภาพ แล้วบันทึกใหม่เป็น PNG หรือ JPEG",
    }),
  }),
  "image.no-size": entry<{ value: string; format: string }>({
    en: (p) => ({
      message: `cannot read the size of the image "${p.value}"`,
      hint:
        p.format === "svg"
          ? "give the <svg> element a width and a height, or a viewBox"
          : "the file seems damaged: export it again",
    }),
    th: (p) => ({
      message: `อ่านขนาดของรูปภาพ "${p.value}" ไม่ได้`,
      hint:
        p.format === "svg" ? "กำหนด width และ height หรือ viewBox ให้กับ <svg>" : "ไฟล์อาจเสียหาย: บันทึกรูปภาพใหม่",
    }),
  }),
} as const;
