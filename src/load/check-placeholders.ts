import { closestMatch } from "./closest-match.js";
import type { MessageParam } from "../errors.js";
import type { MessageCode } from "../i18n/catalog.js";
import type { Measure } from "../model/measure.js";
import { KNOWN_PLACEHOLDERS, placeholderProblems } from "../document/placeholders.js";
import type { PathSegment } from "./format-path.js";
import { textsWithPaths } from "./texts-with-paths.js";

type Report = (
  code: MessageCode,
  params: Readonly<Record<string, MessageParam>>,
  path: PathSegment[],
) => void;

/**
 * Every `{{…}}` of report.yaml's memo and announcement must name a sum the data holds: an unknown
 * name (with the known one it most likely meant), a measure that does not exist or has no
 * budget, or a total when no measure has one, is a located error.
 */
export function checkPlaceholders(raw: unknown, measures: readonly Measure[], report: Report): void {
  if (raw === null || typeof raw !== "object") return;
  const record = raw as Record<string, unknown>;
  for (const key of ["memo", "announcement"]) {
    for (const { text, path } of textsWithPaths(record[key], [key])) {
      for (const problem of placeholderProblems(text, measures)) {
        if (problem.kind === "unknown") {
          const name = problem.placeholder.slice(2, -2).trim();
          const meant = closestMatch(name, KNOWN_PLACEHOLDERS);
          report(
            "placeholder.unknown",
            { placeholder: problem.placeholder, ...(meant === undefined ? {} : { meant: `{{${meant}}}` }) },
            path,
          );
        } else if (problem.kind === "no-measure") {
          report("placeholder.no-measure", { placeholder: problem.placeholder, no: problem.no }, path);
        } else {
          report("placeholder.no-budget", { placeholder: problem.placeholder }, path);
        }
      }
    }
  }
}
