/**
 * The status a Thai wording most likely means: analysts type what the report's columns say
 * (ดำเนินการแล้วเสร็จ, ไม่สามารถดำเนินการได้), or a shorter form of it. A negation (ไม่, ยังไม่)
 * means not-done; a wording of completion (เสร็จ, แล้ว) means done; anything else, nothing.
 */
export function statusMeant(value: string): "done" | "not-done" | undefined {
  if (/ไม่/u.test(value)) return "not-done";
  if (/เสร็จ|แล้ว/u.test(value)) return "done";
  return undefined;
}
