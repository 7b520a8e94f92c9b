import { z } from "zod";
import type { CalendarDate } from "../thai/calendar-date.js";
import { parseDate } from "../thai/parse-date.js";

/**
 * A date as the analyst types it: ISO ("2025-04-24", "2568-04-24") or Thai ("๒๔ เมษายน ๒๕๖๘",
 * "24 เม.ย. 68"). Years ≥ 2400 are B.E. Parsed into a C.E. calendar date.
 * @example "๒๔ เมษายน ๒๕๖๘"
 */
export const DateField = z
  .string()
  .transform((text, ctx): CalendarDate => {
    const parsed = parseDate(text);
    if (parsed.ok) return parsed.date;
    ctx.addIssue({ code: "custom", message: parsed.reason, params: { kind: "date" } });
    return z.NEVER;
  })
  .meta({
    description:
      'A date: ISO ("2025-04-24" or "2568-04-24") or Thai ("๒๔ เมษายน ๒๕๖๘", "24 เม.ย. 68"). Years ≥ 2400 are B.E.',
    examples: ["๒๔ เมษายน ๒๕๖๘", "2025-04-24"],
  });
export type DateField = z.output<typeof DateField>;
