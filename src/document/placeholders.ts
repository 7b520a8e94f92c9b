import type { Measure } from "../model/measure.js";
import type { Numerals } from "../model/report.js";
import { formatBaht } from "../thai/baht.js";
import { toArabicDigits } from "../thai/numerals.js";

/** `{{…}}` in a memo or announcement text: replaced by a sum computed from the measures. */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/gu;
/** `{{งบประมาณรวม}}`: the sum of every measure's budget. */
export const TOTAL_BUDGET = "งบประมาณรวม";
/** `{{งบประมาณ:3}}`: the budget of measure ๓. */
export const MEASURE_BUDGET = "งบประมาณ";
/** The placeholders a writer may mean, for a did-you-mean. */
export const KNOWN_PLACEHOLDERS = [TOTAL_BUDGET, `${MEASURE_BUDGET}:1`] as const;

export type PlaceholderProblem =
  | { readonly kind: "unknown"; readonly placeholder: string }
  | { readonly kind: "no-budget"; readonly placeholder: string }
  | { readonly kind: "no-measure"; readonly placeholder: string; readonly no: number };

type Resolved = { readonly satang: bigint } | PlaceholderProblem;

function resolve(name: string, measures: readonly Measure[]): Resolved {
  const placeholder = `{{${name}}}`;
  const trimmed = name.trim();
  if (trimmed === TOTAL_BUDGET) {
    const budgets = measures.flatMap((m) => (m.budget === undefined ? [] : [m.budget]));
    if (budgets.length === 0) return { kind: "no-budget", placeholder };
    return { satang: budgets.reduce((a, b) => a + b, 0n) };
  }
  const match = /^งบประมาณ\s*:\s*(\d+)$/u.exec(toArabicDigits(trimmed));
  if (match === null) return { kind: "unknown", placeholder };
  const no = Number(match[1]);
  const measure = measures.find((m) => m.no === no);
  if (measure === undefined) return { kind: "no-measure", placeholder, no };
  if (measure.budget === undefined) return { kind: "no-budget", placeholder };
  return { satang: measure.budget };
}

/** Every placeholder of a text that cannot be filled in, in order. */
export function placeholderProblems(text: string, measures: readonly Measure[]): PlaceholderProblem[] {
  return [...text.matchAll(PLACEHOLDER)].flatMap((m) => {
    const resolved = resolve(m[1] ?? "", measures);
    return "kind" in resolved ? [resolved] : [];
  });
}

/**
 * The text with each placeholder replaced by "๑๒๕,๕๐๐ บาท (หนึ่งแสนสองหมื่นห้าพันห้าร้อยบาทถ้วน)",
 * digits per `numerals`. The loader has refused every placeholder that cannot be filled in.
 * @throws Error on such a placeholder (a caller that skipped the loader).
 */
export function fillPlaceholders(text: string, measures: readonly Measure[], numerals: Numerals): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const resolved = resolve(name, measures);
    if ("kind" in resolved) throw new Error(`fillPlaceholders: ${resolved.placeholder} cannot be filled in`);
    return formatBaht(resolved.satang, numerals);
  });
}
