import type { MessageParam } from "../errors.js";
import type { Lang } from "./lang.js";
import type { MessageText } from "./messages.js";

type Entry<P> = Readonly<Record<Lang, (params: P) => MessageText>>;
const entry = <P extends Readonly<Record<string, MessageParam | undefined>>>(e: Entry<P>): Entry<P> => e;

/**
 * Text values that cannot be printed as typed (src/load/check-text-values.ts): too long, or
 * holding characters that cannot be printed.
 * `shown` is the character itself, quoted, or empty for an invisible one; `codePoint` is U+XXXX.
 */
export const TEXT_MESSAGES = {
  "text.too-long": entry<{ length: number; max: number }>({
    en: (p) => ({
      message: `the text is ${p.length.toLocaleString("en")} characters long, more than the ${p.max.toLocaleString("en")} a value may hold`,
      hint: "split it into several steps, sub-items or outcomes, or check that nothing was pasted twice",
    }),
    th: (p) => ({
      message: `ข้อความยาว ${p.length.toLocaleString("en")} อักขระ เกินกว่าที่รับได้ ${p.max.toLocaleString("en")} อักขระ`,
      hint: "แบ่งเป็นหลายขั้นตอน หลายข้อย่อย หรือหลายผลลัพธ์ หรือตรวจดูว่าไม่ได้วางข้อความซ้ำ",
    }),
  }),
  "text.typed-marker": entry<{ typed: string; marker: "number" | "bullet" }>({
    en: (p) => ({
      message: `the text starts with "${p.typed}", but the documents put the ${p.marker === "number" ? "number" : "bullet"} of each entry themselves: it would print twice`,
      hint: `delete "${p.typed}" at the start of the text`,
    }),
    th: (p) => ({
      message: `ข้อความขึ้นต้นด้วย "${p.typed}" แต่โปรแกรม${p.marker === "number" ? "ใส่เลขข้อ" : "ใส่เครื่องหมาย - "}ให้เองแล้ว จึงจะพิมพ์ซ้ำสองครั้ง`,
      hint: `ลบ "${p.typed}" ที่ต้นข้อความออก`,
    }),
  }),
  "text.sara-am-composed": entry<Record<string, never>>({
    en: () => ({
      message: "SARA AM was typed as two characters (ํ + า); it is printed as one (ำ)",
      hint: "nothing to do for the documents; retype ำ in the file so that searching it finds the word",
    }),
    th: () => ({
      message: "สระอำพิมพ์เป็นสองตัวอักษร (ํ + า) ระบบรวมเป็นสระอำ (ำ) ตัวเดียวให้แล้ว",
      hint: "เอกสารไม่ต้องแก้ไข แต่ควรพิมพ์ ำ ใหม่ในไฟล์ เพื่อให้ค้นหาคำนี้เจอ",
    }),
  }),
  "text.thai-two-tones": entry<{ shown: string; codePoint: string }>({
    en: (p) => ({
      message: `two tone marks on one consonant in "${p.shown}" (${p.codePoint}): it prints as stacked marks`,
      hint: "delete one of the tone marks",
    }),
    th: (p) => ({
      message: `มีวรรณยุกต์สองตัวบนพยัญชนะตัวเดียวใน "${p.shown}" (${p.codePoint}) จะพิมพ์ออกมาซ้อนกัน`,
      hint: "ลบวรรณยุกต์ออกหนึ่งตัว",
    }),
  }),
  "text.thai-no-base": entry<{ shown: string; codePoint: string }>({
    en: (p) => ({
      message: `a Thai vowel or tone mark with no consonant under it in "${p.shown}" (${p.codePoint}): it prints on a dotted circle`,
      hint: "retype the word: the mark goes right after its consonant",
    }),
    th: (p) => ({
      message: `สระหรือวรรณยุกต์ไม่มีพยัญชนะรองรับใน "${p.shown}" (${p.codePoint}) จะพิมพ์ออกมาบนวงกลมประ`,
      hint: "พิมพ์คำนั้นใหม่ โดยพิมพ์สระหรือวรรณยุกต์ต่อจากพยัญชนะ",
    }),
  }),
  "text.no-glyph": entry<{ shown: string; codePoint: string }>({
    en: (p) => ({
      message: `the character ${p.shown} (${p.codePoint}) cannot be printed: the Sarabun font has no shape for it`,
      hint: "delete it or write it in words (emoji, check marks and other symbols are not in the font)",
    }),
    th: (p) => ({
      message: `อักขระ ${p.shown} (${p.codePoint}) พิมพ์ไม่ได้ เพราะฟอนต์ Sarabun ไม่มีรูปอักขระนี้`,
      hint: "ลบออก หรือเขียนเป็นคำแทน (อีโมจิ เครื่องหมายถูก และสัญลักษณ์อื่น ๆ ไม่มีในฟอนต์)",
    }),
  }),
  "text.control": entry<{ codePoint: string }>({
    en: (p) => ({
      message: `an invisible control character (${p.codePoint}) is in the text`,
      hint: "delete it: it usually comes from copying out of another program; retype the text around it if needed",
    }),
    th: (p) => ({
      message: `มีอักขระควบคุมที่มองไม่เห็น (${p.codePoint}) อยู่ในข้อความ`,
      hint: "ลบออก อักขระนี้มักติดมากับการคัดลอกจากโปรแกรมอื่น หากลบยากให้พิมพ์ข้อความช่วงนั้นใหม่",
    }),
  }),
  "text.bidi": entry<{ codePoint: string }>({
    en: (p) => ({
      message: `an invisible text-direction character (${p.codePoint}) is in the text; it makes text show in another order than it is stored`,
      hint: "delete it: Thai and English need no direction marks",
    }),
    th: (p) => ({
      message: `มีอักขระกำหนดทิศทางข้อความที่มองไม่เห็น (${p.codePoint}) อยู่ในข้อความ ทำให้ข้อความแสดงผลสลับลำดับจากที่บันทึกไว้`,
      hint: "ลบออก ข้อความภาษาไทยและภาษาอังกฤษไม่ต้องใช้อักขระกำหนดทิศทาง",
    }),
  }),
} as const;
