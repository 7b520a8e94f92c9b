/** What a column of the measure table holds, recognised by its heading. */
export type ColumnKind =
  "no" | "title" | "steps" | "period" | "responsible" | "done" | "notDone" | "status" | "outcomes";

/**
 * Heading words, tried in this order: the most specific first, since "ไม่สามารถดำเนินการได้"
 * also holds "ดำเนินการ" and "ผลลัพธ์หรือความสำเร็จของการดำเนินการ" is not the status group
 * "สรุปผลการดำเนินการ".
 */
const RULES: readonly (readonly [ColumnKind, RegExp])[] = [
  ["notDone", /ไม่สามารถ|ไม่ได้ดำเนินการ|ยังไม่ได้|ไม่แล้วเสร็จ/u],
  ["done", /แล้วเสร็จ|ดำเนินการแล้ว|เสร็จสิ้น/u],
  ["steps", /ขั้นตอน|วิธีการ|วิธีดำเนิน/u],
  ["period", /ระยะเวลา|ช่วงเวลา|ห้วงเวลา/u],
  ["responsible", /รับผิดชอบ/u],
  ["outcomes", /ผลลัพธ์|ความสำเร็จ/u],
  ["status", /สรุปผล|สถานะ/u],
  ["title", /มาตรการ|กิจกรรม|โครงการ/u],
  ["no", /^(?:ลำดับ(?:ที่)?|ที่|ข้อ|no\.?)$/iu],
];

/** Longest heading text recognised: body cells quote these words too, in longer sentences. */
const MAX_HEADING_CHARS = 60;

/** The kind a heading text names, or undefined for a heading this tool does not know. */
export function columnKindOf(heading: string): ColumnKind | undefined {
  const text = heading.replace(/[\s\u200B]+/gu, "");
  if (text === "" || text.length > MAX_HEADING_CHARS) return undefined;
  return RULES.find(([, pattern]) => pattern.test(text))?.[0];
}
