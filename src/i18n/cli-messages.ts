import type { MessageParam } from "../errors.js";
import type { Lang } from "./lang.js";
import type { MessageText } from "./messages.js";

type Entry<P> = Readonly<Record<Lang, (params: P) => MessageText>>;
const entry = <P extends Readonly<Record<string, MessageParam | undefined>>>(e: Entry<P>): Entry<P> => e;

const HELP = "ita-report --help";

/** The texts of the command line itself, Thai and English side by side. */
export const CLI_MESSAGES = {
  "cli.problems": entry<{ count: number }>({
    en: (p) => ({ message: `Found ${p.count} ${p.count === 1 ? "problem" : "problems"} in the data:` }),
    th: (p) => ({ message: `พบปัญหาในข้อมูล ${p.count} รายการ:` }),
  }),
  "cli.notes": entry<{ count: number }>({
    en: (p) => ({
      message: `${p.count} ${p.count === 1 ? "note" : "notes"} on the data (the documents can be built):`,
    }),
    th: (p) => ({ message: `ข้อสังเกตเกี่ยวกับข้อมูล ${p.count} รายการ (ยังสร้างเอกสารได้):` }),
  }),
  "cli.valid": entry<{ dir: string }>({
    en: (p) => ({ message: `The data is valid: ${p.dir}` }),
    th: (p) => ({ message: `ข้อมูลถูกต้อง: ${p.dir}` }),
  }),
  "cli.agency": entry<{ name: string; district: string; province: string }>({
    en: (p) => ({ message: `Agency: ${p.name} ${p.district} ${p.province}` }),
    th: (p) => ({ message: `หน่วยงาน: ${p.name} ${p.district} ${p.province}` }),
  }),
  "cli.fiscal-year": entry<{ year: string; period: string }>({
    en: (p) => ({ message: `Fiscal year: B.E. ${p.year} (${p.period})` }),
    th: (p) => ({ message: `ปีงบประมาณ พ.ศ. ${p.year} (${p.period})` }),
  }),
  "cli.measures": entry<{ total: number; done: number; notDone: number }>({
    en: (p) => ({ message: `Measures: ${p.total} (${p.done} done, ${p.notDone} not done)` }),
    th: (p) => ({
      message: `มาตรการ: ${p.total} มาตรการ (ดำเนินการแล้วเสร็จ ${p.done}, ไม่สามารถดำเนินการได้ ${p.notDone})`,
    }),
  }),
  "cli.no-emblem": entry<{ assets: string; agencyFile: string }>({
    en: (p) => ({
      message: "note: the memo has no Garuda emblem (ตราครุฑ): agency.yaml names no emblem image",
      hint:
        "none is bundled: put the agency's emblem (PNG, JPEG or SVG) in the data folder, e.g. " +
        `${p.assets}/garuda.png, and add the line \`emblem: assets/garuda.png\` to ${p.agencyFile}. ` +
        "Last year's memo template holds it: open the .docx as a zip file and look in word/media/",
    }),
    th: (p) => ({
      message: "หมายเหตุ: บันทึกข้อความยังไม่มีตราครุฑ เพราะ agency.yaml ไม่ได้ระบุไฟล์ภาพ emblem",
      hint:
        "โปรแกรมไม่มีภาพตราครุฑให้: นำภาพตราครุฑของหน่วยงาน (PNG, JPEG หรือ SVG) ไปไว้ในโฟลเดอร์ข้อมูล " +
        `เช่น ${p.assets}/garuda.png แล้วเพิ่มบรรทัด \`emblem: assets/garuda.png\` ใน ${p.agencyFile} ` +
        "ภาพนี้มีอยู่ในแม่แบบบันทึกข้อความของปีก่อน: เปิดไฟล์ .docx ด้วยโปรแกรมแตกไฟล์ zip แล้วดูในโฟลเดอร์ word/media/",
    }),
  }),
  "cli.usage": entry<{ detail: string }>({
    en: (p) => ({ message: `usage error: ${p.detail}`, hint: `see "${HELP}"` }),
    th: (p) => ({ message: `ใช้คำสั่งไม่ถูกต้อง: ${p.detail}`, hint: `ดูวิธีใช้ด้วย "${HELP}"` }),
  }),
  "cli.bad-lang": entry<{ value: string }>({
    en: (p) => ({ message: `unknown language "${p.value}": use th or en` }),
    th: (p) => ({ message: `ไม่รู้จักภาษา "${p.value}": ใช้ th หรือ en` }),
  }),
  "cli.bad-year": entry<{ value: string; be?: number }>({
    en: (p) => ({
      message: `"${p.value}" is not a fiscal year`,
      hint:
        p.be === undefined
          ? "give the fiscal year in B.E., e.g. 2568"
          : `fiscal years are in B.E.: did you mean ${p.be}?`,
    }),
    th: (p) => ({
      message: `"${p.value}" ไม่ใช่ปีงบประมาณ`,
      hint:
        p.be === undefined ? "ระบุปีงบประมาณเป็นปี พ.ศ. เช่น 2568" : `ปีงบประมาณเป็นปี พ.ศ.: หมายถึง ${p.be} ใช่หรือไม่`,
    }),
  }),
  "help.program": entry<Record<string, never>>({
    en: () => ({ message: "Builds the ITA report and its memo (PDF, DOCX) from YAML data." }),
    th: () => ({
      message:
        "สร้างรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) และบันทึกข้อความ เป็น PDF และ DOCX จากข้อมูล YAML",
    }),
  }),
  "help.exit-codes": entry<Record<string, never>>({
    en: () => ({
      message:
        "Exit codes: 0 done, 1 problems in the data (listed with file:line:col), 2 wrong command line, 70 internal error (please report it).",
    }),
    th: () => ({
      message:
        "รหัสการจบการทำงาน: 0 สำเร็จ, 1 พบปัญหาในข้อมูล (แสดงเป็น ไฟล์:บรรทัด:คอลัมน์), 2 ใช้คำสั่งไม่ถูกต้อง, 70 ข้อผิดพลาดภายในโปรแกรม (กรุณาแจ้งผู้พัฒนา)",
    }),
  }),
  "help.lang": entry<Record<string, never>>({
    en: () => ({ message: "language of messages: th or en (default: th, or en when LANG starts with en)" }),
    th: () => ({ message: "ภาษาของข้อความ: th หรือ en (ค่าเริ่มต้น th หรือ en เมื่อ LANG ขึ้นต้นด้วย en)" }),
  }),
  "help.data": entry<Record<string, never>>({
    en: () => ({ message: "the data folder, holding agency.yaml and the year folders" }),
    th: () => ({ message: "โฟลเดอร์ข้อมูล ที่มี agency.yaml และโฟลเดอร์ของแต่ละปี" }),
  }),
  "help.year": entry<Record<string, never>>({
    en: () => ({ message: "fiscal year in B.E., e.g. 2568 (default: the newest year folder)" }),
    th: () => ({ message: "ปีงบประมาณ พ.ศ. เช่น 2568 (ค่าเริ่มต้น: โฟลเดอร์ปีล่าสุด)" }),
  }),
  "help.validate": entry<Record<string, never>>({
    en: () => ({ message: "check the data of a fiscal year and list every problem" }),
    th: () => ({ message: "ตรวจสอบข้อมูลของปีงบประมาณ และแสดงปัญหาทั้งหมดที่พบ" }),
  }),
  "cli.internal": entry<{ detail: string }>({
    en: (p) => ({
      message: `internal error, please report it to the developers with the text below: ${p.detail}`,
    }),
    th: (p) => ({ message: `เกิดข้อผิดพลาดภายในโปรแกรม กรุณาแจ้งผู้พัฒนาพร้อมข้อความด้านล่าง: ${p.detail}` }),
  }),
  "cli.broken-install": entry<{ detail: string }>({
    en: (p) => ({
      message: `ita-report's installation is broken: ${p.detail}`,
      hint: "reinstall ita-report (in its folder: npm ci; installed globally: npm install --global ita-report)",
    }),
    th: (p) => ({
      message: `การติดตั้ง ita-report ไม่สมบูรณ์: ${p.detail}`,
      hint: "ติดตั้ง ita-report ใหม่ (ในโฟลเดอร์ของโปรแกรม: npm ci หรือถ้าติดตั้งแบบ global: npm install --global ita-report)",
    }),
  }),
} as const;
