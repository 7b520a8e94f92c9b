import type { Line } from "./cell-lines.js";

/**
 * Marks agencies put in a status column: a slash, ticks, crosses, a star, and the checked box
 * (☑, ☒) of Word's check-box content control and of Google Docs.
 */
const MARK = /[/\\✓✔√☑☒✗✘×xX*]/u;
/** An empty check box (☐, Word's unchecked check-box control): no mark, and no remark either. */
const EMPTY_BOX = /\u2610/gu;

const textOf = (lines: readonly Line[]): string =>
  lines
    .map((l) => l.raw)
    .join(" ")
    .trim();

/**
 * The status from the two sub-columns (ดำเนินการแล้วเสร็จ / ไม่สามารถดำเนินการได้): a mark in one
 * of them, or, in a single status column, its words. Undefined when nothing or both are marked.
 */
export function parseStatus(
  done: readonly Line[],
  notDone: readonly Line[],
  single: readonly Line[],
): "done" | "not-done" | undefined {
  const doneText = textOf(done).replace(EMPTY_BOX, "").trim();
  const notDoneText = textOf(notDone).replace(EMPTY_BOX, "").trim();
  const isDone = doneText !== "" && (MARK.test(doneText) || /เสร็จ|แล้ว/u.test(doneText));
  const isNotDone = notDoneText !== "" && (MARK.test(notDoneText) || /ไม่/u.test(notDoneText));
  if (isDone !== isNotDone) return isDone ? "done" : "not-done";
  if (isDone && isNotDone) return undefined;
  const words = textOf(single);
  if (/ไม่สามารถ|ไม่ได้ดำเนินการ|ยังไม่/u.test(words)) return "not-done";
  if (/เสร็จ|ดำเนินการแล้ว/u.test(words) || MARK.test(words)) return "done";
  return undefined;
}

/** Words of the status columns that only restate the status. */
const STATUS_WORDS = /ดำเนินการแล้วเสร็จ|ไม่สามารถดำเนินการได้|ดำเนินการแล้ว|แล้วเสร็จ|ยังไม่ได้ดำเนินการ/gu;

/** What the status cells hold besides marks and status words: kept for a comment. */
export function statusRemarks(...cells: readonly (readonly Line[])[]): string {
  return cells
    .map((lines) =>
      textOf(lines)
        .replace(STATUS_WORDS, " ")
        .replace(new RegExp(MARK.source, "gu"), " ")
        .replace(EMPTY_BOX, " "),
    )
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
