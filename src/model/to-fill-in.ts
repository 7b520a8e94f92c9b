import { z } from "zod";

/**
 * The "to fill in" marker that `init` and the templates put wherever the analyst must write
 * something for the new year (a measure's status and outcomes, the memo's placeholders). It is
 * a value no real report contains, written in Thai so that the analyst recognises it in the
 * file, and it is refused by the schemas with an issue of its own kind (`TO_FILL_IN_KIND`), so
 * `validate` lists every spot still to fill in instead of a generic "wrong value".
 */
export const TO_FILL_IN = "<<กรอกข้อมูล>>";

/** `params.kind` of the zod issue raised for the marker (like `kind: "date"` of DateField). */
export const TO_FILL_IN_KIND = "to-fill-in";

/** True for a text that still holds the marker, alone or inside a sentence of a template. */
export function isToFillIn(value: unknown): boolean {
  return typeof value === "string" && value.includes(TO_FILL_IN);
}

/** The issue for a marker left in place; the loader words it from the message catalog. */
function toFillInIssue(input: unknown): z.core.$ZodRawIssue {
  return {
    code: "custom",
    input,
    message: `still holds the marker ${TO_FILL_IN}: write this year's value in its place`,
    params: { kind: TO_FILL_IN_KIND },
  };
}

/** A check for text schemas: refuses a text that contains the marker. */
export const notToFillIn = z.check<string>((payload) => {
  if (isToFillIn(payload.value)) payload.issues.push(toFillInIssue(payload.value));
});

/**
 * Wraps a non-text schema (an enum such as `status`) so that the marker is reported as "to fill
 * in" rather than as "expected done or not-done". The JSON Schema in input mode is that of the
 * wrapped schema (zod documents a preprocess pipe by its output side), so editors still offer
 * the enum's values.
 */
export function fillable<T extends z.ZodType>(schema: T) {
  return z.preprocess((value, ctx) => {
    if (isToFillIn(value)) ctx.issues.push(toFillInIssue(value));
    return value;
  }, schema);
}
