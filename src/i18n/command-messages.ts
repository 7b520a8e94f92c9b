import type { MessageParam } from "../errors.js";
import type { Lang } from "./lang.js";
import type { MessageText } from "./messages.js";

type Entry<P> = Readonly<Record<Lang, (params: P) => MessageText>>;
const entry = <P extends Readonly<Record<string, MessageParam | undefined>>>(e: Entry<P>): Entry<P> => e;
type None = Record<string, never>;

/**
 * The texts of the build, init and schema commands, Thai and English side by side. Numbers
 * stay in Arabic digits: they are sizes, counts and years to type.
 */
export const COMMAND_MESSAGES = {
  // --- help ------------------------------------------------------------------------------------
  "help.build": entry<None>({
    en: () => ({ message: "build the memo and the report of a fiscal year as PDF and DOCX" }),
    th: () => ({ message: "สร้างบันทึกข้อความและรายงานของปีงบประมาณ เป็น PDF และ DOCX" }),
  }),
  "help.build.out": entry<None>({
    en: () => ({ message: "output folder (default: out/<year>)" }),
    th: () => ({ message: "โฟลเดอร์ที่เก็บไฟล์ผลลัพธ์ (ค่าเริ่มต้น: out/<ปี>)" }),
  }),
  "help.build.format": entry<None>({
    en: () => ({ message: "formats to write, comma-separated: pdf, docx (default: pdf,docx)" }),
    th: () => ({ message: "รูปแบบไฟล์ที่ต้องการ คั่นด้วยจุลภาค: pdf, docx (ค่าเริ่มต้น: pdf,docx)" }),
  }),
  "help.build.only": entry<None>({
    en: () => ({ message: "build only one document: memo, report or announcement" }),
    th: () => ({
      message: "สร้างเอกสารเดียว: memo (บันทึกข้อความ) report (รายงาน) หรือ announcement (ประกาศ)",
    }),
  }),
  "help.build.check": entry<None>({
    en: () => ({
      message:
        "write nothing; exit with 1 and list the files of the output folder that the data would change",
    }),
    th: () => ({
      message:
        "ไม่เขียนไฟล์ใด ๆ; ตรวจว่าไฟล์ในโฟลเดอร์ผลลัพธ์ตรงกับข้อมูลปัจจุบันหรือไม่ หากไม่ตรงจะแสดงรายชื่อไฟล์และจบด้วยรหัส 1",
    }),
  }),
  "help.build.watch": entry<None>({
    en: () => ({ message: "build again whenever a file of the data folder changes (Ctrl+C to stop)" }),
    th: () => ({ message: "สร้างใหม่ทุกครั้งที่ไฟล์ในโฟลเดอร์ข้อมูลเปลี่ยนแปลง (กด Ctrl+C เพื่อหยุด)" }),
  }),
  "help.init": entry<None>({
    en: () => ({
      message:
        "create the folder of a new fiscal year from the previous year (or from templates), never overwriting a file",
    }),
    th: () => ({
      message: "สร้างโฟลเดอร์ของปีงบประมาณใหม่ จากข้อมูลปีก่อน (หรือจากแบบฟอร์มตั้งต้น) โดยไม่เขียนทับไฟล์ที่มีอยู่",
    }),
  }),
  "help.init.year": entry<None>({
    en: () => ({ message: "the new fiscal year in B.E., e.g. 2569" }),
    th: () => ({ message: "ปีงบประมาณใหม่ เป็นปี พ.ศ. เช่น 2569" }),
  }),
  "help.init.from": entry<None>({
    en: () => ({ message: "the year to carry over (default: the newest earlier year folder)" }),
    th: () => ({ message: "ปีที่ใช้เป็นต้นแบบ (ค่าเริ่มต้น: โฟลเดอร์ปีล่าสุดก่อนปีใหม่)" }),
  }),
  "help.schema": entry<None>({
    en: () => ({
      message: "write the JSON Schemas of the data files, which editors use to complete and check them",
    }),
    th: () => ({
      message: "เขียนไฟล์ JSON Schema ของไฟล์ข้อมูล ซึ่งโปรแกรมแก้ไขใช้ช่วยเติมและตรวจสอบข้อมูล",
    }),
  }),
  "help.schema.out": entry<None>({
    en: () => ({ message: "folder to write the schemas to (default: <data>/schema)" }),
    th: () => ({ message: "โฟลเดอร์ที่เขียนไฟล์ schema (ค่าเริ่มต้น: <โฟลเดอร์ข้อมูล>/schema)" }),
  }),
  // --- build -----------------------------------------------------------------------------------
  "build.done": entry<{ count: number; seconds: string }>({
    en: (p) => ({ message: `Built ${p.count} ${p.count === 1 ? "file" : "files"} in ${p.seconds} s` }),
    th: (p) => ({ message: `สร้างแล้ว ${p.count} ไฟล์ ใช้เวลา ${p.seconds} วินาที` }),
  }),
  "build.progress": entry<{ done: number; total: number; file: string }>({
    en: (p) => ({ message: `Building ${p.file} (${p.done}/${p.total})…` }),
    th: (p) => ({ message: `กำลังสร้าง ${p.file} (${p.done}/${p.total})…` }),
  }),
  "build.up-to-date": entry<{ dir: string; count: number }>({
    en: (p) => ({ message: `${p.dir} is up to date (${p.count} ${p.count === 1 ? "file" : "files"})` }),
    th: (p) => ({ message: `ไฟล์ใน ${p.dir} ตรงกับข้อมูลปัจจุบัน (${p.count} ไฟล์)` }),
  }),
  "build.stale": entry<{ dir: string; count: number; year: number }>({
    en: (p) => ({
      message: `${p.count} ${p.count === 1 ? "file" : "files"} of ${p.dir} ${p.count === 1 ? "does" : "do"} not match the data:`,
      hint: `build them again with: ita-report build ${p.year}`,
    }),
    th: (p) => ({
      message: `ไฟล์ใน ${p.dir} ไม่ตรงกับข้อมูลปัจจุบัน ${p.count} ไฟล์:`,
      hint: `สร้างใหม่ด้วยคำสั่ง ita-report build ${p.year}`,
    }),
  }),
  "build.out-of-memory": entry<{ year: number; capMb: number }>({
    en: (p) => ({
      message: `the documents of ${p.year} do not fit in the ${p.capMb.toLocaleString("en")} MB of memory a build of this many measures is given; nothing was written`,
      hint: `check the year's measure files for text pasted many times over, or give the build more memory: NODE_OPTIONS=--max-old-space-size=4096 ita-report build ${p.year}`,
    }),
    th: (p) => ({
      message: `เอกสารของปี ${p.year} ใหญ่เกินหน่วยความจำ ${p.capMb.toLocaleString("en")} MB ที่ให้แก่การสร้างเอกสารของมาตรการจำนวนมากเท่านี้ จึงไม่ได้เขียนไฟล์ใด`,
      hint: `ตรวจไฟล์มาตรการของปีนี้ว่าไม่ได้วางข้อความซ้ำหลายครั้ง หรือให้หน่วยความจำมากขึ้น: NODE_OPTIONS=--max-old-space-size=4096 ita-report build ${p.year}`,
    }),
  }),
  "build.stale-missing": entry<{ file: string }>({
    en: (p) => ({ message: `${p.file}: missing` }),
    th: (p) => ({ message: `${p.file}: ไม่มีไฟล์` }),
  }),
  "build.stale-different": entry<{ file: string }>({
    en: (p) => ({ message: `${p.file}: out of date` }),
    th: (p) => ({ message: `${p.file}: ไม่ตรงกับข้อมูลปัจจุบัน` }),
  }),
  "build.stale-mixed": entry<{ file: string }>({
    en: (p) => ({
      message: `${p.file}: not from the same build as the other files (a build stopped midway?)`,
    }),
    th: (p) => ({
      message: `${p.file}: ไม่ได้มาจากการสร้างครั้งเดียวกับไฟล์อื่น (การสร้างถูกหยุดกลางคัน?)`,
    }),
  }),
  "build.bad-format": entry<{ value: string }>({
    en: (p) => ({ message: `unknown format "${p.value}"`, hint: "use pdf, docx or pdf,docx" }),
    th: (p) => ({ message: `ไม่รู้จักรูปแบบไฟล์ "${p.value}"`, hint: "ใช้ pdf, docx หรือ pdf,docx" }),
  }),
  "build.bad-only": entry<{ value: string }>({
    en: (p) => ({ message: `unknown document "${p.value}"`, hint: "use memo, report or announcement" }),
    th: (p) => ({ message: `ไม่รู้จักเอกสาร "${p.value}"`, hint: "ใช้ memo, report หรือ announcement" }),
  }),
  "fs.cannot-write": entry<{ dir: string; detail: string; code: string; option?: string }>({
    en: (p) => {
      const folder =
        p.option === "--out"
          ? "choose another output folder with --out"
          : p.option === "--data"
            ? "choose another data folder with --data"
            : "choose another folder";
      const why: Readonly<Record<string, string>> = {
        EROFS: `the disk is read-only: ${folder}`,
        ENOSPC: `the disk is full: free some space, or ${folder}`,
        EDQUOT: `your disk quota is used up: free some space, or ${folder}`,
        EFBIG: `the file is too big for this disk: ${folder}`,
        EACCES: `you may not write there: ${folder}, or ask for write access`,
        EPERM: `you may not write there: ${folder}, or ask for write access`,
      };
      return {
        message: `cannot write into ${p.dir} (${p.detail})`,
        hint: why[p.code] ?? `${folder}, or check that you may write there`,
      };
    },
    th: (p) => {
      const folder =
        p.option === "--out"
          ? "เลือกโฟลเดอร์ผลลัพธ์อื่นด้วย --out"
          : p.option === "--data"
            ? "เลือกโฟลเดอร์ข้อมูลอื่นด้วย --data"
            : "เลือกโฟลเดอร์อื่น";
      const why: Readonly<Record<string, string>> = {
        EROFS: `ดิสก์นี้อ่านได้อย่างเดียว: ${folder}`,
        ENOSPC: `ดิสก์เต็ม: ลบไฟล์ที่ไม่ใช้ออก หรือ${folder}`,
        EDQUOT: `โควตาดิสก์ของคุณเต็ม: ลบไฟล์ที่ไม่ใช้ออก หรือ${folder}`,
        EFBIG: `ไฟล์ใหญ่เกินกว่าที่ดิสก์นี้รับได้: ${folder}`,
        EACCES: `คุณไม่มีสิทธิ์เขียนที่นี่: ${folder} หรือขอสิทธิ์ในการเขียน`,
        EPERM: `คุณไม่มีสิทธิ์เขียนที่นี่: ${folder} หรือขอสิทธิ์ในการเขียน`,
      };
      return {
        message: `เขียนไฟล์ลงใน ${p.dir} ไม่ได้ (${p.detail})`,
        hint: why[p.code] ?? `${folder} หรือตรวจสอบสิทธิ์ในการเขียนโฟลเดอร์นั้น`,
      };
    },
  }),
  "cli.output-failed": entry<{ stream: string; code: string }>({
    en: (p) => ({ message: `cannot write to the ${p.stream} (${p.code}): the output is incomplete` }),
    th: (p) => ({ message: `เขียนผลลัพธ์ออกทาง ${p.stream} ไม่ได้ (${p.code}): ผลลัพธ์ไม่ครบถ้วน` }),
  }),
  "build.check-watch": entry<None>({
    en: () => ({ message: "--check and --watch cannot be used together" }),
    th: () => ({ message: "ใช้ --check และ --watch พร้อมกันไม่ได้" }),
  }),
  "watch.start": entry<{ dir: string }>({
    en: (p) => ({ message: `Watching ${p.dir} for changes (Ctrl+C to stop)…` }),
    th: (p) => ({ message: `กำลังเฝ้าดูการเปลี่ยนแปลงใน ${p.dir} (กด Ctrl+C เพื่อหยุด)…` }),
  }),
  "watch.change": entry<{ file: string }>({
    en: (p) => ({ message: `${p.file} changed: building again` }),
    th: (p) => ({ message: `${p.file} มีการเปลี่ยนแปลง: กำลังสร้างใหม่` }),
  }),
  "watch.folder-gone": entry<{ dir: string }>({
    en: (p) => ({ message: `the data folder ${p.dir} was moved or deleted: stopped watching` }),
    th: (p) => ({ message: `โฟลเดอร์ข้อมูล ${p.dir} ถูกย้ายหรือลบไปแล้ว จึงหยุดเฝ้าดูการเปลี่ยนแปลง` }),
  }),
  "watch.waiting": entry<None>({
    en: () => ({ message: "Fix the data and save: the build starts again by itself." }),
    th: () => ({ message: "แก้ไขข้อมูลแล้วบันทึก: โปรแกรมจะสร้างใหม่เอง" }),
  }),
  // --- init ------------------------------------------------------------------------------------
  "init.from-year": entry<{ year: number; from: number }>({
    en: (p) => ({ message: `Fiscal year ${p.year}, carried over from ${p.from}:` }),
    th: (p) => ({ message: `ปีงบประมาณ ${p.year} โดยใช้ข้อมูลปี ${p.from} เป็นต้นแบบ:` }),
  }),
  "init.from-templates": entry<{ year: number }>({
    en: (p) => ({ message: `Fiscal year ${p.year}, from the templates:` }),
    th: (p) => ({ message: `ปีงบประมาณ ${p.year} จากแบบฟอร์มตั้งต้น:` }),
  }),
  "init.created": entry<{ file: string; markers: number }>({
    en: (p) => ({ message: `created ${p.file}${p.markers > 0 ? ` (${p.markers} to fill in)` : ""}` }),
    th: (p) => ({ message: `สร้าง ${p.file}${p.markers > 0 ? ` (ต้องกรอก ${p.markers} จุด)` : ""}` }),
  }),
  "init.kept": entry<{ file: string }>({
    en: (p) => ({ message: `kept    ${p.file} (it exists: not overwritten)` }),
    th: (p) => ({ message: `คงไว้ ${p.file} (มีอยู่แล้ว: ไม่เขียนทับ)` }),
  }),
  "init.markers": entry<{ count: number; year: number }>({
    en: (p) => ({
      message: `${p.count} ${p.count === 1 ? "value is" : "values are"} marked <<กรอกข้อมูล>> (to fill in).`,
      hint: `replace them; ita-report validate ${p.year} lists those left`,
    }),
    th: (p) => ({
      message: `มี ${p.count} จุดที่ต้องกรอกข้อมูล (ทำเครื่องหมาย <<กรอกข้อมูล>> ไว้)`,
      hint: `กรอกข้อมูลแทนเครื่องหมายนั้น; คำสั่ง ita-report validate ${p.year} จะแสดงจุดที่ยังไม่ได้กรอก`,
    }),
  }),
  "init.year-mentions": entry<{ count: number; from: number; year: number }>({
    en: (p) => ({
      message: `${p.count} ${p.count === 1 ? "mention" : "mentions"} of the years ${p.from - 1} and ${p.from} in the texts moved to ${p.year - 1} and ${p.year}: check them.`,
    }),
    th: (p) => ({
      message: `ปรับปีที่ระบุในข้อความ (${p.from - 1}, ${p.from}) เป็นปี ${p.year - 1}, ${p.year} แล้ว ${p.count} แห่ง: โปรดตรวจทาน`,
    }),
  }),
  "init.nothing": entry<{ year: number }>({
    en: (p) => ({ message: `Every file of ${p.year} exists already: nothing was written.` }),
    th: (p) => ({ message: `มีไฟล์ของปี ${p.year} ครบแล้ว: ไม่ได้เขียนไฟล์ใด` }),
  }),
  "init.bad-from": entry<{ from: number; year: number; years: readonly string[] }>({
    en: (p) => ({
      message:
        p.from >= p.year
          ? `--from ${p.from} must be a year before ${p.year}`
          : `there is no report.yaml for ${p.from} to carry over`,
      hint:
        p.years.length > 0
          ? `years found: ${p.years.join(", ")}`
          : "leave --from out to start from the templates",
    }),
    th: (p) => ({
      message:
        p.from >= p.year
          ? `--from ${p.from} ต้องเป็นปีก่อนปี ${p.year}`
          : `ไม่พบ report.yaml ของปี ${p.from} ที่จะใช้เป็นต้นแบบ`,
      hint: p.years.length > 0 ? `ปีที่มีอยู่: ${p.years.join(", ")}` : "ไม่ต้องระบุ --from เพื่อเริ่มจากแบบฟอร์มตั้งต้น",
    }),
  }),
  // --- schema ----------------------------------------------------------------------------------
  "schema.written": entry<{ file: string; size: string }>({
    en: (p) => ({ message: `wrote     ${p.file} (${p.size})` }),
    th: (p) => ({ message: `เขียน ${p.file} (${p.size})` }),
  }),
  "schema.unchanged": entry<{ file: string }>({
    en: (p) => ({ message: `unchanged ${p.file}` }),
    th: (p) => ({ message: `ไม่เปลี่ยนแปลง ${p.file}` }),
  }),
} as const;
