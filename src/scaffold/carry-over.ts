import { type Document, isScalar, type Node, visit } from "yaml";
import { TO_FILL_IN } from "../model/to-fill-in.js";
import { parseForEdit, stringifyEdited } from "./parse-for-edit.js";
import { replaceYearMentions } from "./replace-year-mentions.js";
import { shiftDateText } from "./shift-date-text.js";

/** A file of the previous year, rewritten for the new one. */
export interface CarriedOver {
  readonly text: string;
  /** How many year mentions in texts were moved to the new year (to be checked by the analyst). */
  readonly yearMentions: number;
}

/** Moves the year mentions of every text, except the `skip` top-level fields. */
function moveYearMentions(doc: Document, fromYear: number, toYear: number, skip: readonly string[]): number {
  let count = 0;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && skip.includes(String(pair.key.value))) return visit.SKIP;
      return undefined;
    },
    Scalar(_, node) {
      if (typeof node.value !== "string") return;
      const moved = replaceYearMentions(node.value, fromYear, toYear);
      node.value = moved.text;
      count += moved.count;
    },
  });
  return count;
}

/**
 * report.yaml for the new year: `fiscalYear` is the new year, the memo's date and ที่ are
 * cleared (a new memo gets its own when it is signed), the years named in its texts move along.
 * The announcement keeps its wording, but its date and signer become the "to fill in" marker:
 * a new year's ประกาศ is signed anew, perhaps by a new head. Everything else, comments included,
 * is kept: the memo's wording rarely changes.
 */
export function carryOverReport(text: string, file: string, fromYear: number, toYear: number): CarriedOver {
  const doc = parseForEdit(text, file);
  doc.set("fiscalYear", toYear);
  if (doc.hasIn(["memo", "date"])) doc.deleteIn(["memo", "date"]);
  if (doc.hasIn(["memo", "ref"])) doc.setIn(["memo", "ref"], "");
  if (doc.has("announcement")) {
    doc.setIn(["announcement", "date"], TO_FILL_IN);
    doc.setIn(["announcement", "signer"], doc.createNode({ name: TO_FILL_IN, position: TO_FILL_IN }));
  }
  const yearMentions = moveYearMentions(doc, fromYear, toYear, ["fiscalYear"]);
  return { text: stringifyEdited(doc), yearMentions };
}

/**
 * A measure for the new year: its title, steps and responsible units carry over (measures mostly
 * repeat from year to year), its period moves by the years between the two reports, its status
 * and outcomes become the "to fill in" marker that `validate` reports until the analyst writes
 * this year's result, and the reason of a not-done measure goes with its status.
 */
export function carryOverMeasure(text: string, file: string, fromYear: number, toYear: number): CarriedOver {
  const doc = parseForEdit(text, file);
  for (const end of ["from", "to"]) {
    const node = doc.getIn(["period", end], true) as Node | undefined;
    if (isScalar(node) && typeof node.value === "string")
      node.value = shiftDateText(node.value, toYear - fromYear);
  }
  const yearMentions = moveYearMentions(doc, fromYear, toYear, ["period", "outcomes", "reason", "status"]);
  doc.set("status", TO_FILL_IN);
  if (doc.has("reason")) doc.delete("reason");
  doc.set("outcomes", doc.createNode([TO_FILL_IN]));
  return { text: stringifyEdited(doc), yearMentions };
}
