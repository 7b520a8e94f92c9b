import type { z } from "zod";
import type { MessageParam } from "../errors.js";
import { TO_FILL_IN } from "../model/to-fill-in.js";
import { statusMeant } from "../model/status-meant.js";
import { NOT_ONE_WORD_KIND } from "../model/word.js";
import {
  BUDGET_NOT_AMOUNT_KIND,
  BUDGET_NOT_SATANG_KIND,
  STEP_WITHOUT_TEXT_KIND,
} from "../model/measure-issue-kinds.js";
import { kindOf, type ValueKind } from "../i18n/value-kind.js";
import { BE_OFFSET_YEARS } from "../thai/calendar-date.js";
import { toArabicDigits } from "../thai/numerals.js";
import { THAI_MONTHS_SHORT } from "../thai/months.js";
import { parseDate } from "../thai/parse-date.js";
import { closestMatch } from "./closest-match.js";
import type { PathSegment } from "./format-path.js";
import { knownKeys } from "./known-keys.js";
import type { Problem } from "./problem.js";
import { valueAt } from "./value-at.js";

/** The fields of zod 4 issues this mapping reads; one loose shape for every issue code. */
interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly format?: string;
  readonly errors?: readonly (readonly Issue[])[];
  readonly params?: Readonly<Record<string, unknown>>;
}

const EXPECTED_KINDS: Readonly<Record<string, ValueKind>> = {
  string: "text",
  number: "number",
  int: "integer",
  array: "list",
  object: "mapping",
  boolean: "boolean",
};
const DIGITS_ONLY = /^\s*[0-9๐-๙]+\s*$/;
/** Digits grouped with "_" or ",": 9_0, 1,000. */
const SEPARATED = /^\s*[0-9๐-๙]+(?:[_,][0-9๐-๙]+)+\s*$/;
const lastField = (path: readonly PathSegment[]): string => String(path[path.length - 1] ?? "");
const hasTopTypeMismatch = (branch: readonly Issue[]): boolean =>
  branch.some((i) => i.code === "invalid_type" && i.path.length === 0);

/**
 * The branch of a union the user evidently meant: the one accepting the value's kind and, among
 * those, the one whose fields match best. A scalar or a list that no branch accepts is read as
 * meant for the text branch ("expected text, got a number").
 */
function chosenBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] {
  const accepting = branches.filter((b) => !hasTopTypeMismatch(b));
  if (accepting.length === 0) {
    return (
      branches.find((b) => b.some((i) => i.path.length === 0 && i.expected === "string")) ?? branches[0] ?? []
    );
  }
  const score = (b: readonly Issue[]): number => {
    const unknown = b
      .filter((i) => i.code === "unrecognized_keys" && i.path.length === 0)
      .flatMap((i) => i.keys ?? []);
    return -10 * unknown.length - b.length;
  };
  return accepting.reduce((best, b) => (score(b) > score(best) ? b : best));
}

/**
 * A mapping none of whose fields the branch knows (an outcome `- link: …`) is reported by its
 * unknown fields alone: the field the branch would require ("missing heading") is only the
 * branch zod tried first, not what the user left out.
 */
function withoutMissingOfUnknown(branch: readonly Issue[], value: unknown): readonly Issue[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return branch;
  const unknown = new Set(
    branch.filter((i) => i.code === "unrecognized_keys" && i.path.length === 0).flatMap((i) => i.keys ?? []),
  );
  const present = Object.keys(value);
  if (unknown.size === 0 || present.some((key) => !unknown.has(key))) return branch;
  const missing = (i: Issue): boolean =>
    i.code === "invalid_type" && i.path.length === 1 && !present.includes(String(i.path[0]));
  return branch.filter((i) => !missing(i));
}

/** Day/month/year with slashes, dots or dashes, as Thai offices write dates: 1/10/2567. */
const SLASHED_DATE = /^([0-9๐-๙]{1,2})[/.-]([0-9๐-๙]{1,2})[/.-]([0-9๐-๙]{2,4})$/u;

/**
 * "1/10/2567" read day first, as Thai dates are, in a form the loader accepts ("1 ต.ค. 2567"),
 * when it is a real date; the user confirms it, since 1/10 could be a month-first export.
 */
function slashedDate(value: string): string | undefined {
  const match = SLASHED_DATE.exec(toArabicDigits(value));
  if (match === null) return undefined;
  const [, day, month, year] = match;
  const name = THAI_MONTHS_SHORT[Number(month) - 1];
  if (name === undefined) return undefined;
  const meant = `${Number(day)} ${name} ${year}`;
  return parseDate(meant).ok ? meant : undefined;
}

function dateProblem(text: string, path: readonly PathSegment[]): Problem {
  const parsed = parseDate(text);
  const failure = parsed.ok ? { code: "not-a-date" as const } : parsed.failure;
  const value = text.trim();
  const at = { path, anchor: "value" as const };
  switch (failure.code) {
    case "unknown-month-name":
      return { code: "date.unknown-month", params: { value, monthName: failure.monthName }, ...at };
    case "no-such-month":
      return { code: "date.no-such-month", params: { value, month: failure.month }, ...at };
    case "no-such-day": {
      const yearBe = failure.yearCe + BE_OFFSET_YEARS;
      return {
        code: "date.no-such-day",
        params: { value, month: failure.month, yearBe, days: failure.daysInMonth },
        ...at,
      };
    }
    case "not-a-date": {
      const meant = slashedDate(value);
      return { code: "date.not-a-date", params: { value, ...(meant === undefined ? {} : { meant }) }, ...at };
    }
  }
}

function fromIssue(issue: Issue, path: readonly PathSegment[], root: unknown, schema: z.ZodType): Problem[] {
  const value = valueAt(root, path);
  const at = (anchor: Problem["anchor"]) => ({ path, anchor });
  const missing: Problem = { code: "value.missing", params: { field: lastField(path) }, ...at("parent") };
  if (value === undefined && issue.code !== "unrecognized_keys" && issue.code !== "custom") return [missing];
  switch (issue.code) {
    case "invalid_union":
      return withoutMissingOfUnknown(chosenBranch(issue.errors ?? []), value).flatMap((sub) =>
        fromIssue(sub, [...path, ...segments(sub)], root, schema),
      );
    case "invalid_type": {
      if (value === null) {
        const inList = typeof path.at(-1) === "number";
        return [
          { code: "value.empty", params: inList ? { inList: "yes" } : {}, ...at(inList ? "value" : "key") },
        ];
      }
      const expected = EXPECTED_KINDS[issue.expected ?? ""] ?? issue.expected ?? "";
      const params: Record<string, MessageParam> = { expected, got: kindOf(value) };
      if (
        (expected === "number" || expected === "integer") &&
        typeof value === "string" &&
        DIGITS_ONLY.test(value)
      ) {
        params["digits"] = toArabicDigits(value.trim());
      }
      // "expected a whole number, got 1.5" says more than "got a number".
      if (expected === "integer" && typeof value === "number") params["value"] = String(value);
      // YAML reads .inf, -.inf and .nan as numbers no one means to write.
      if (typeof value === "number" && !Number.isFinite(value)) {
        params["value"] = Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
        params["special"] = "yes";
      }
      // 9_0 or 1,000: digits with separators YAML 1.2 reads as text.
      if (
        (expected === "number" || expected === "integer") &&
        typeof value === "string" &&
        SEPARATED.test(value)
      ) {
        params["digits"] = toArabicDigits(value.replace(/[_,\s]/g, ""));
        params["separated"] = "yes";
      }
      // A period typed as one text ("1 ต.ค. 2567 - 30 ก.ย. 2568"): show it as from/to.
      if (lastField(path) === "period" && typeof value === "string") {
        const ends = periodEnds(value);
        params["periodExample"] =
          ends === undefined
            ? "{ from: 1 ต.ค. 2567, to: 30 ก.ย. 2568 }"
            : `{ from: ${ends.from}, to: ${ends.to} }`;
      }
      return [{ code: "value.wrong-type", params, ...at("value") }];
    }
    case "too_small":
      if (issue.origin === "string") return [{ code: "text.empty", params: {}, ...at("value") }];
      if (issue.origin === "array") return [{ code: "list.empty", params: {}, ...at("value") }];
      return [
        {
          code: "number.too-small",
          params: { value: String(value), min: Number(issue.minimum), field: lastField(path) },
          ...at("value"),
        },
      ];
    case "too_big":
      return [
        {
          code: "number.too-big",
          params: { value: String(value), max: Number(issue.maximum), field: lastField(path) },
          ...at("value"),
        },
      ];
    case "invalid_value": {
      const allowed = (issue.values ?? []).map(String);
      const meant = allowed.includes("not-done") ? statusMeant(String(value)) : undefined;
      const suggestion = meant ?? closestMatch(String(value), allowed);
      return [
        {
          code: "value.not-allowed",
          params: { value: String(value), allowed, ...(suggestion ? { suggestion } : {}) },
          ...at("value"),
        },
      ];
    }
    case "unrecognized_keys": {
      const known = knownKeys(schema, path);
      const present = value !== null && typeof value === "object" ? Object.keys(value) : [];
      const unused = known.filter((k) => !present.includes(k));
      return (issue.keys ?? []).map((key) => {
        // A field of another form of the same entry (an outcome's heading: and paragraph:):
        // the two cannot stand together, rather than the key being unknown.
        if (known.includes(key)) {
          const other = present.find((k) => k !== key && known.includes(k)) ?? key;
          return { code: "key.together", params: { key, other }, path: [...path, key], anchor: "key" };
        }
        const suggestion = closestMatch(key, unused);
        return {
          code: "key.unknown",
          params: { key, known, ...(suggestion ? { suggestion } : {}) },
          path: [...path, key],
          anchor: "key",
        };
      });
    }
    case "invalid_format":
      if (issue.format === "url")
        return [{ code: "url.invalid", params: { value: String(value) }, ...at("value") }];
      break;
    case "custom": {
      if (issue.params?.["kind"] === "date" && typeof value === "string") return [dateProblem(value, path)];
      if (issue.params?.["kind"] === "to-fill-in")
        return [{ code: "value.to-fill-in", params: { marker: TO_FILL_IN }, ...at("value") }];
      if (issue.params?.["kind"] === STEP_WITHOUT_TEXT_KIND)
        return [{ code: "step.without-text", params: {}, ...at("value") }];
      if (issue.params?.["kind"] === BUDGET_NOT_SATANG_KIND)
        return [{ code: "budget.not-satang", params: { value: String(value) }, ...at("value") }];
      if (issue.params?.["kind"] === BUDGET_NOT_AMOUNT_KIND) {
        const problem = issue.params["problem"];
        const why = problem === "negative" || problem === "decimals" ? problem : "format";
        return [
          { code: "budget.not-amount", params: { value: String(value), problem: why }, ...at("value") },
        ];
      }
      if (issue.params?.["kind"] === NOT_ONE_WORD_KIND && typeof value === "string")
        return [{ code: "word.not-one-word", params: { value: value.trim() }, ...at("value") }];
      // The measure schema's own checks, recognised by their (English) wording.
      const code =
        issue.message === "is required when status is not-done"
          ? "reason-required"
          : issue.message === "the period ends before it starts"
            ? "period-reversed"
            : undefined;
      if (code === "reason-required")
        return [{ code: "measure.reason-required", params: {}, ...at("parent") }];
      if (code === "period-reversed") {
        const parent = path.slice(0, -1);
        const params = {
          from: String(valueAt(root, [...parent, "from"])),
          to: String(valueAt(root, [...parent, "to"])),
        };
        return [{ code: "period.reversed", params, ...at("value") }];
      }
      break;
    }
  }
  const hint = issue.params?.["hint"];
  return [
    {
      code: "schema.other",
      params: { detail: issue.message, ...(typeof hint === "string" ? { hint } : {}) },
      ...at("value"),
    },
  ];
}

/** A period's two dates written as one text, split at its dash or ถึง, when both are dates. */
function periodEnds(text: string): { from: string; to: string } | undefined {
  const parts = text.split(/\s+(?:-|–|ถึง)\s+|\s*ถึง\s*/u).map((p) => p.trim());
  const [from, to] = parts;
  if (parts.length !== 2 || from === undefined || to === undefined) return undefined;
  return parseDate(from).ok && parseDate(to).ok ? { from, to } : undefined;
}

const segments = (issue: Issue): PathSegment[] =>
  issue.path.map((s) => (typeof s === "number" ? s : String(s)));

/**
 * Turns zod issues into problems a user can act on: a typo'd key becomes "unknown field, did you
 * mean …" (and its consequence, the "missing field" of the key it meant, is dropped), a union
 * reports the branch the user meant, a date says why it does not exist.
 */
export function problemsFromZod(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  schema: z.ZodType,
): Problem[] {
  const all = (issues as unknown as readonly Issue[]).flatMap((i) => fromIssue(i, segments(i), root, schema));
  const meant = new Set(
    all
      .filter((p) => p.code === "key.unknown" && typeof p.params["suggestion"] === "string")
      .map((p) => JSON.stringify([...p.path.slice(0, -1), p.params["suggestion"]])),
  );
  // A huge integer breaks both the schema's bound and the safe-integer bound: name the first.
  const lowestMax = new Map<string, number>();
  for (const p of all) {
    if (p.code !== "number.too-big") continue;
    const key = JSON.stringify(p.path);
    lowestMax.set(key, Math.min(lowestMax.get(key) ?? Infinity, Number(p.params["max"])));
  }
  const seen = new Set<string>();
  return all.filter((p) => {
    if (p.code === "value.missing" && meant.has(JSON.stringify(p.path))) return false;
    if (p.code === "number.too-big" && Number(p.params["max"]) !== lowestMax.get(JSON.stringify(p.path)))
      return false;
    const key = JSON.stringify([p.code, p.path, p.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
