import type { DataIssue } from "../errors.js";

/**
 * One issue as the user reads it, the location first so that editors and terminals can jump to
 * it, the hint below, indented:
 *
 *     data/2568/measures/03.yaml:14:7 steps[2].items[0]: expected text, got a number
 *       put the value in double quotes to keep it as text: "…"
 */
export function formatIssue(issue: DataIssue): string {
  const position = issue.line === undefined ? "" : `:${issue.line}:${issue.col ?? 1}`;
  const where = issue.path === "" ? `${issue.file}${position}:` : `${issue.file}${position} ${issue.path}:`;
  const hint = issue.hint === undefined ? "" : `\n  ${issue.hint}`;
  return `${where} ${issue.message}${hint}`;
}
