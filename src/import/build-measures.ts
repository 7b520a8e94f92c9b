import type { Digits } from "../thai/numerals.js";
import { toArabicDigits } from "../thai/numerals.js";
import { TO_FILL_IN } from "../model/to-fill-in.js";
import { type Line, cellLines, joinText } from "./cell-lines.js";
import type { ColumnKind } from "./column-kind.js";
import type { DocParagraph } from "./docx-body.js";
import type { BodyRow } from "./find-measure-tables.js";
import { ImportFailure } from "./import-failure.js";
import { MAX_FIELD_LINES, MAX_MEASURES } from "./limits.js";
import type { ImportNote } from "./notes.js";
import { type OutcomeValue, parseOutcomes } from "./parse-outcomes.js";
import { parsePeriod } from "./parse-period.js";
import { parseResponsible } from "./parse-responsible.js";
import { parseStatus, statusRemarks } from "./parse-status.js";
import { type StepValue, parseSteps } from "./parse-steps.js";

/** A measure as its file will hold it, in the model's input form, with its notes. */
export interface ImportedMeasure {
  readonly value: {
    no: number;
    title: string;
    steps: StepValue[];
    period?: { from: string; to: string };
    responsible: string[];
    status: string;
    reason?: string;
    outcomes: OutcomeValue[];
  };
  readonly notes: ImportNote[];
  /** What the file's top comment says: where the measure came from. */
  readonly source: { readonly table: number; readonly rows: readonly number[] };
  /** How many of each the import found, for the summary. */
  readonly counts: { steps: number; items: number; outcomes: number };
}

type Paragraphs = { paragraph: DocParagraph; continuesRow: boolean }[];

interface Group {
  no: number;
  table: number;
  rows: number[];
  fields: Map<ColumnKind, Paragraphs>;
  unknown: Map<string, string[]>;
}

const paragraphsText = (paragraphs: readonly DocParagraph[]): string =>
  paragraphs
    .map((p) => p.text)
    .join(" ")
    .trim();

/**
 * Rows become measures: a row with a number in its number cell starts one, a row whose number
 * cell is empty (or merged with the one above) continues the measure above, whatever it holds.
 * Without a number column, a row with a title starts a measure.
 */
function groupRows(rows: readonly BodyRow[]): Group[] {
  const groups: Group[] = [];
  const hasNoColumn = rows.some((r) => r.cells.some((c) => c.kind === "no"));
  for (const row of rows) {
    const byKind = new Map<ColumnKind, DocParagraph[]>();
    const unknown = new Map<string, string>();
    for (const { cell, kind } of row.cells) {
      if (cell.vMerge === "continue") continue;
      if (typeof kind === "string") byKind.set(kind, [...(byKind.get(kind) ?? []), ...cell.paragraphs]);
      else {
        const t = paragraphsText(cell.paragraphs);
        if (t !== "") unknown.set(kind.unknown, t);
      }
    }
    const written = [...byKind.values()].some((ps) => paragraphsText(ps) !== "") || unknown.size > 0;
    if (!written) continue;
    const numberText = toArabicDigits(paragraphsText(byKind.get("no") ?? []));
    const number = /^\s*(\d{1,3})\b/u.exec(numberText);
    const last = groups[groups.length - 1];
    const title = paragraphsText(byKind.get("title") ?? []);
    const starts = number !== null || last === undefined || (!hasNoColumn && title !== "");
    let group: Group;
    if (starts) {
      group = {
        no: number === null ? (last?.no ?? 0) + 1 : Number(number[1]),
        table: row.table,
        rows: [],
        fields: new Map(),
        unknown: new Map(),
      };
      groups.push(group);
    } else group = last as Group;
    group.rows.push(row.row);
    for (const [kind, paragraphs] of byKind) {
      const list = group.fields.get(kind) ?? [];
      paragraphs.forEach((paragraph, index) =>
        list.push({ paragraph, continuesRow: !starts && index === 0 }),
      );
      group.fields.set(kind, list);
    }
    for (const [heading, t] of unknown)
      group.unknown.set(heading, [...(group.unknown.get(heading) ?? []), t]);
  }
  return groups;
}

function countItems(steps: readonly StepValue[]): number {
  return steps.reduce((sum, step) => {
    if (typeof step === "string") return sum;
    const items = step.items ?? [];
    const nested = items.reduce((n, item) => n + (typeof item === "string" ? 0 : item.items.length), 0);
    return sum + items.length + nested + (step.bullets?.length ?? 0);
  }, 0);
}

/** The measures of the table's body rows, each with the notes of what needs a look. */
export function buildMeasures(
  rows: readonly BodyRow[],
  fiscalYear: number,
  digits: Digits,
): ImportedMeasure[] {
  const groups = groupRows(rows);
  if (groups.length === 0) throw new ImportFailure("import.no-measures", {}, "word/document.xml");
  if (groups.length > MAX_MEASURES) {
    throw new ImportFailure(
      "import.zip-bomb",
      { detail: `${groups.length} measures in the table (at most ${MAX_MEASURES})` },
      "word/document.xml",
    );
  }
  return groups.map((group) => {
    const notes: ImportNote[] = [];
    const lines = (kind: ColumnKind): Line[] => {
      const read = cellLines(group.fields.get(kind) ?? []);
      if (read.length > MAX_FIELD_LINES) {
        throw new ImportFailure(
          "import.zip-bomb",
          { detail: `measure ${group.no}: ${read.length} lines in one column (at most ${MAX_FIELD_LINES})` },
          `table ${group.table}`,
        );
      }
      return read;
    };
    const title = lines("title").reduce((t, line) => joinText(t, line.raw), "");
    const steps = parseSteps(lines("steps"), notes).map((step, index): StepValue => {
      if (
        typeof step !== "string" &&
        step.text === undefined &&
        step.items === undefined &&
        step.bullets === undefined
      ) {
        notes.push({
          code: "import.note.step-without-text",
          params: { no: step.no ?? index + 1 },
          path: ["steps", index],
        });
        return { ...step, text: TO_FILL_IN };
      }
      return step;
    });
    const status = parseStatus(lines("done"), lines("notDone"), lines("status"));
    if (status === undefined) notes.push({ code: "import.note.status-unread", params: {}, path: ["status"] });
    const remarks = statusRemarks(lines("done"), lines("notDone"), lines("status"));
    if (remarks !== "")
      notes.push({ code: "import.note.status-text", params: { text: remarks }, path: ["status"] });
    const { outcomes, reason } = parseOutcomes(lines("outcomes"), status === "not-done", notes);
    let responsible = parseResponsible(lines("responsible"));
    if (responsible.length === 0) {
      notes.push({ code: "import.note.no-responsible", params: {}, path: ["responsible"] });
      responsible = [TO_FILL_IN];
    }
    const periodText = lines("period")
      .map((l) => l.raw)
      .join(" ");
    const period = parsePeriod(periodText, fiscalYear, digits);
    if (period.kind === "unread") {
      notes.push({ code: "import.note.period-unread", params: { text: period.text } });
    }
    for (const [heading, texts] of group.unknown) {
      notes.push({
        code: "import.note.unknown-column",
        params: { column: heading, text: texts.join(" / ") },
      });
    }
    const value: ImportedMeasure["value"] = {
      no: group.no,
      title: title === "" ? TO_FILL_IN : title,
      steps: steps.length === 0 ? [TO_FILL_IN] : steps,
      ...(period.kind === "period" ? { period: { from: period.from, to: period.to } } : {}),
      responsible,
      status: status ?? TO_FILL_IN,
      ...(reason === undefined ? {} : { reason }),
      outcomes,
    };
    return {
      value,
      notes,
      source: { table: group.table, rows: group.rows },
      counts: { steps: steps.length, items: countItems(steps), outcomes: outcomes.length },
    };
  });
}
