import { MAX_MEASURE_NO } from "../model/measure.js";
import { valueAt } from "./value-at.js";
import type { IssueList } from "./issue-list.js";
import { locate } from "./locate.js";
import type { LoadedFile } from "./load-yaml-file.js";

/** Missing numbers named in the message; the rest are counted ("… and 980 more"). */
const MAX_LISTED_NUMBERS = 10;

/**
 * Measure numbers are the table's ลำดับที่: each used once, running 1..N without a gap. A file
 * that failed its own checks still counts when its `no` is readable, so that one mistake is not
 * reported again as a gap.
 */
export function checkMeasureNumbers(
  measuresDir: string,
  files: readonly { readonly absFile: string; readonly loaded: LoadedFile<unknown> }[],
  issues: IssueList,
): void {
  const firstFileOf = new Map<number, string>();
  let unreadable = false;
  for (const { absFile, loaded } of files) {
    const yaml = loaded.yaml;
    const no = valueAt(yaml?.data, ["no"]);
    // A number out of range has its own issue; it must not size the search for gaps.
    if (
      yaml === undefined ||
      typeof no !== "number" ||
      !Number.isInteger(no) ||
      no < 1 ||
      no > MAX_MEASURE_NO
    ) {
      unreadable = true;
      continue;
    }
    const first = firstFileOf.get(no);
    if (first === undefined) {
      firstFileOf.set(no, absFile);
      continue;
    }
    const where = { path: ["no"], ...locate(yaml.doc, yaml.lineCounter, ["no"], "value") };
    issues.add(absFile, "measures.duplicate-no", { no, other: issues.shown(first) }, where);
  }
  // A file whose number cannot be read has its own issue; a gap would only repeat it.
  if (unreadable) return;
  const max = Math.max(0, ...firstFileOf.keys());
  const missing = Array.from({ length: max }, (_, i) => i + 1).filter((n) => !firstFileOf.has(n));
  if (missing.length > 0) {
    const listed = missing.slice(0, MAX_LISTED_NUMBERS).map(String);
    issues.add(measuresDir, "measures.missing-no", {
      missing: listed,
      more: missing.length - listed.length,
      max,
    });
  }
}
