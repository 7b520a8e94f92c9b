import type { Measure, Outcome, Step, SubItem } from "../model/measure.js";
import type { CalendarDate } from "../thai/calendar-date.js";
import { formatPeriod } from "../thai/format-date.js";
import type { Digits } from "./digits.js";
import type { Cell, CellContent, CellParagraph } from "./nodes.js";
import { toRuns } from "./runs.js";
import { formatAmount } from "../thai/baht.js";
import { BULLET_MARKER, NO_BUDGET, NOT_DONE_REASON_LABEL } from "./wording.js";

/** One table row of a measure, one cell per column of the official form (docs/layout.md §2). */
export function measureRow(
  measure: Measure,
  fiscalPeriod: { from: CalendarDate; to: CalendarDate },
  digits: Digits,
  withBudget = false,
): Cell[] {
  const check: CellContent[] = [{ kind: "check" }];
  return [
    ...planCells(measure, fiscalPeriod, digits, withBudget),
    cell(measure.status === "done" ? check : []),
    cell(measure.status === "not-done" ? check : []),
    cell(outcomeParagraphs(measure, digits)),
  ];
}

/**
 * The five cells a measure has before any result: ลำดับ | มาตรการ | ขั้นตอน | ระยะเวลา |
 * ผู้รับผิดชอบ, then งบประมาณ when the table has a budget column. The report's row goes on with
 * its status and outcomes; the announcement's plan table (docs/layout.md §5) stops here.
 */
export function planCells(
  measure: Measure,
  fiscalPeriod: { from: CalendarDate; to: CalendarDate },
  digits: Digits,
  withBudget = false,
): Cell[] {
  const period = measure.period ?? fiscalPeriod;
  const budget = measure.budget === undefined ? NO_BUDGET : formatAmount(measure.budget, digits.style);
  const budgetCell = cell([{ kind: "text", runs: [{ text: budget }], level: 0, align: "center" }]);
  return [
    cell([{ kind: "text", runs: [{ text: digits.number(measure.no) }], level: 0, align: "center" }]),
    cell([{ kind: "text", runs: toRuns(measure.title, digits), level: 0 }]),
    cell(stepsParagraphs(measure.steps, digits)),
    cell([
      {
        kind: "text",
        runs: [{ text: formatPeriod(period.from, period.to, digits.style) }],
        level: 0,
        align: "center",
      },
    ]),
    cell(responsibleParagraphs(measure.responsible, digits)),
    ...(withBudget ? [budgetCell] : []),
  ];
}

function cell(content: CellContent[]): Cell {
  return { content };
}

function numbered(n: number, digits: Digits): string {
  return `${digits.number(n)}.`;
}

function parenthesised(n: number, digits: Digits): string {
  return `(${digits.number(n)})`;
}

/**
 * A step "๑." with its sub-items "(๑)" one level in, their own sub-items two levels in. A step's
 * explicit `no` restarts the count, so steps after a lost one keep the source's numbers.
 */
function stepsParagraphs(steps: readonly Step[], digits: Digits): CellParagraph[] {
  let next = 1;
  return steps.flatMap((step) => {
    const no = typeof step === "string" ? next : (step.no ?? next);
    next = no + 1;
    return stepParagraphs(step, no, digits);
  });
}

function stepParagraphs(step: Step, no: number, digits: Digits): CellParagraph[] {
  const marker = numbered(no, digits);
  if (typeof step === "string") return [{ kind: "text", marker, runs: toRuns(step, digits), level: 0 }];
  const runs = step.text === undefined ? [] : toRuns(step.text, digits);
  const out: CellParagraph[] = [{ kind: "text", marker, runs, level: 0 }];
  const first = step.itemsFrom ?? 1;
  (step.items ?? []).forEach((item, i) => out.push(...subItemParagraphs(item, first + i, digits)));
  for (const bullet of step.bullets ?? []) {
    out.push({ kind: "text", marker: BULLET_MARKER, runs: toRuns(bullet, digits), level: 1 });
  }
  return out;
}

function subItemParagraphs(item: SubItem, no: number, digits: Digits): CellParagraph[] {
  const marker = parenthesised(no, digits);
  if (typeof item === "string") return [{ kind: "text", marker, runs: toRuns(item, digits), level: 1 }];
  return [
    { kind: "text", marker, runs: toRuns(item.text, digits), level: 1 },
    ...item.items.map((sub, i): CellParagraph => ({
      kind: "text",
      marker: parenthesised(i + 1, digits),
      runs: toRuns(sub, digits),
      level: 2,
    })),
  ];
}

/** One unit stands alone; several are numbered "๑.สำนักปลัด ๒.กองคลัง …" as the form shows. */
function responsibleParagraphs(units: readonly string[], digits: Digits): CellParagraph[] {
  if (units.length === 1) return [{ kind: "text", runs: toRuns(units[0] ?? "", digits), level: 0 }];
  return units.map((unit, i) => ({
    kind: "text",
    marker: numbered(i + 1, digits),
    runs: toRuns(unit, digits),
    level: 0,
  }));
}

/** The outcome cell: the reason first when the measure could not be done, then the outcomes. */
function outcomeParagraphs(measure: Measure, digits: Digits): CellParagraph[] {
  const out: CellParagraph[] = [];
  if (measure.status === "not-done" && measure.reason !== undefined) {
    out.push({
      kind: "text",
      runs: [{ text: NOT_DONE_REASON_LABEL, bold: true }, { text: " " }, ...toRuns(measure.reason, digits)],
      level: 0,
    });
  }
  for (const outcome of measure.outcomes) out.push(outcomeParagraph(outcome, digits));
  return out;
}

function outcomeParagraph(outcome: Outcome, digits: Digits): CellParagraph {
  if (typeof outcome === "string") {
    return { kind: "text", marker: BULLET_MARKER, runs: toRuns(outcome, digits), level: 0 };
  }
  if ("heading" in outcome) {
    return { kind: "text", runs: toRuns(outcome.heading, digits, true), level: 0, keepWithNext: true };
  }
  return { kind: "text", runs: toRuns(outcome.paragraph, digits), level: 0 };
}
