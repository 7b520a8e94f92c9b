import { z } from "zod";
import { amountProblem, parseSatang } from "../thai/baht.js";
import { compareDates } from "../thai/calendar-date.js";
import { DateField } from "./date-field.js";
import {
  BUDGET_NOT_AMOUNT_KIND,
  BUDGET_NOT_SATANG_KIND,
  STEP_WITHOUT_TEXT_KIND,
} from "./measure-issue-kinds.js";
import { Text } from "./text.js";
import { fillable } from "./to-fill-in.js";

/**
 * Highest measure, step or sub-item number. A report holds a few tens of measures; the bound
 * keeps a typo (100000000) from sizing any work before it is reported.
 */
export const MAX_MEASURE_NO = 999;

/** A sub-item "(๑)" of a step; it may carry its own sub-items one level further in. */
export const SubItem = z.union([
  Text,
  z.strictObject({
    text: Text.meta({ description: "The sub-item's text." }),
    items: z.array(Text).min(1).meta({ description: 'Its own sub-items "(๑)", one level further in.' }),
  }),
]);
export type SubItem = z.output<typeof SubItem>;

/**
 * A step "๑." of a measure: text alone, or text with "(๑)" sub-items or "-" bullets. `no` and
 * `itemsFrom` keep a source's own numbering where part of it was lost (a step or its head
 * missing between two pages): nothing is invented, and what survives keeps its numbers.
 */
export const Step = z.union([
  Text,
  z
    .strictObject({
      no: z.int().min(1).max(MAX_MEASURE_NO).optional().meta({
        description:
          "The step's own number when it is not its place in the list; later steps continue from it.",
      }),
      text: Text.optional().meta({
        description:
          'The step\'s text, without its number "๑.". Only a step whose head was lost may omit it.',
      }),
      items: z.array(SubItem).min(1).optional().meta({ description: 'Sub-items, numbered "(๑)", "(๒)", …' }),
      itemsFrom: z
        .int()
        .min(1)
        .max(MAX_MEASURE_NO)
        .optional()
        .meta({ description: "The number of the first sub-item. Default 1." }),
      bullets: z.array(Text).min(1).optional().meta({ description: 'Sub-items with a "-" bullet.' }),
    })
    .superRefine((step, ctx) => {
      if (step.text === undefined && step.items === undefined && step.bullets === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["text"],
          message: "a step needs its text (or, where the source lost its head, its surviving items)",
          params: { kind: STEP_WITHOUT_TEXT_KIND },
        });
      }
    }),
]);
export type Step = z.output<typeof Step>;

/** One entry of the outcome cell. */
export const Outcome = z.union([
  Text.meta({ description: 'A paragraph with a "-" bullet.' }),
  z.strictObject({
    heading: Text.meta({ description: "A bold sub-heading, e.g. ผลลัพธ์หรือความสำเร็จ." }),
  }),
  z.strictObject({
    paragraph: Text.meta({ description: "A paragraph without a bullet." }),
  }),
]);
export type Outcome = z.output<typeof Outcome>;

export const Period = z
  .strictObject({
    from: DateField,
    to: DateField,
  })
  .meta({ description: "When the measure runs. Default: the whole fiscal year." });
export type Period = z.output<typeof Period>;

export const Status = z.enum(["done", "not-done"]).meta({
  description: "done: ดำเนินการแล้วเสร็จ; not-done: ไม่สามารถดำเนินการได้ (then `reason` is required).",
});
export type Status = z.output<typeof Status>;

/**
 * A measure's budget, read exactly as integer satang: a decimal string of baht ("125500",
 * "125,500.50", Thai digits too) or an integer of satang (12550050). A float is refused: 0.1 + 0.2
 * is not 0.3, and money must add up.
 */
export const Budget = z
  .union([z.string(), z.number()])
  .transform((value, ctx): bigint => {
    if (typeof value === "number") {
      if (Number.isSafeInteger(value) && value >= 0) return BigInt(value);
      ctx.addIssue({
        code: "custom",
        message: `${value} is not a whole number of satang`,
        params: { kind: BUDGET_NOT_SATANG_KIND },
      });
      return z.NEVER;
    }
    const problem = amountProblem(value);
    if (problem === undefined) return parseSatang(value);
    ctx.addIssue({
      code: "custom",
      message: `"${value}" is not an amount of baht`,
      params: { kind: BUDGET_NOT_AMOUNT_KIND, problem },
    });
    return z.NEVER;
  })
  .meta({
    description:
      'งบประมาณ: baht as a decimal string ("125500", "125,500.50") or a whole number of satang (12550050); never a float.',
    examples: ["125500", "125,500.50", 12550050],
  });

/** `data/<year>/measures/*.yaml`: one measure of the ITA report, one row of its table. */
export const Measure = z
  .strictObject({
    /** @example 1 */
    no: z
      .int()
      .min(1)
      .max(MAX_MEASURE_NO)
      .meta({ description: "The measure's number in the table (ลำดับที่), 1, 2, 3, …" }),
    title: Text.meta({ description: "มาตรการหรือกิจกรรมที่ดำเนินการ." }),
    steps: z.array(fillable(Step)).min(1).meta({ description: 'ขั้นตอนหรือวิธีการปฏิบัติ, numbered "๑.", "๒.", …' }),
    period: Period.optional(),
    responsible: z
      .array(Text)
      .min(1)
      .meta({ description: "ผู้รับผิดชอบ: the responsible units; numbered when more than one." }),
    budget: Budget.optional(),
    status: fillable(Status),
    reason: Text.optional().meta({
      description: "Why the measure could not be done; required when status is not-done.",
    }),
    outcomes: z
      .array(fillable(Outcome))
      .default([])
      .meta({ description: "ผลลัพธ์หรือความสำเร็จของการดำเนินการ: paragraphs, bullets and sub-headings." }),
  })
  .superRefine((measure, ctx) => {
    if (measure.status === "not-done" && measure.reason === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "is required when status is not-done",
        params: { hint: "add `reason:` saying why the measure could not be done" },
      });
    }
    if (measure.period && compareDates(measure.period.to, measure.period.from) < 0) {
      ctx.addIssue({
        code: "custom",
        path: ["period", "to"],
        message: "the period ends before it starts",
        params: { hint: "`to` must be on or after `from`" },
      });
    }
  })
  .meta({ title: "ita-report measure", description: "One measure: data/<year>/measures/*.yaml." });
export type Measure = z.output<typeof Measure>;
