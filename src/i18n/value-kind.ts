import type { Lang } from "./lang.js";

/** The kinds of YAML values messages talk about. */
export type ValueKind = "text" | "number" | "integer" | "boolean" | "list" | "mapping" | "empty";

/** How a kind is named in "expected …, got …"; English carries its article. */
export const VALUE_KIND_NAMES: Readonly<Record<ValueKind, Readonly<Record<Lang, string>>>> = {
  text: { en: "text", th: "ข้อความ" },
  number: { en: "a number", th: "ตัวเลข" },
  integer: { en: "a whole number", th: "จำนวนเต็ม" },
  boolean: { en: "true/false", th: "ค่าจริง/เท็จ (true/false)" },
  list: { en: "a list", th: "รายการ (บรรทัดละ - )" },
  mapping: { en: "a mapping (field: value)", th: "ชุดหัวข้อ (ชื่อหัวข้อ: ค่า)" },
  empty: { en: "nothing", th: "ค่าว่าง" },
};

/** The kind of a value as YAML delivered it. */
export function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return "empty";
  if (typeof value === "string") return "text";
  if (typeof value === "number" || typeof value === "bigint") return "number";
  if (typeof value === "boolean") return "boolean";
  if (Array.isArray(value)) return "list";
  return "mapping";
}
