import type { MessageParam } from "../errors.js";
import type { MessageCode } from "../i18n/catalog.js";
import type { PathSegment } from "./format-path.js";
import { textsWithPaths } from "./texts-with-paths.js";

type Report = (
  code: MessageCode,
  params: Readonly<Record<string, MessageParam>>,
  path: PathSegment[],
) => void;

/** A sum placeholder as the memo writes it ({{งบประมาณรวม}}, {{งบประมาณ:3}}). */
const PLACEHOLDER = /\{\{[^{}]*\}\}/u;

const at = (value: unknown, key: PathSegment): unknown =>
  value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;

/**
 * What a measure file says that the documents would not print as meant, as notes: a `reason`
 * on a measure that is done (only a measure that could not be done prints its reason), and a
 * sum placeholder in a measure's text (placeholders are filled in the memo and the
 * announcement only; here it would print as typed, braces and all).
 */
export function checkMeasureFields(raw: unknown, report: Report): void {
  if (at(raw, "status") === "done" && at(raw, "reason") !== undefined)
    report("measure.reason-unused", {}, ["reason"]);
  for (const { text, path } of textsWithPaths(raw, [])) {
    const placeholder = PLACEHOLDER.exec(text)?.[0];
    if (placeholder !== undefined) report("placeholder.in-measure", { placeholder }, path);
  }
}
