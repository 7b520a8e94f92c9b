/**
 * `params.kind` of the zod issues the measure schema raises itself, by which the loader picks
 * their message from the catalog (in the user's language) instead of the schema's English.
 */
/** A step with neither text, items nor bullets. */
export const STEP_WITHOUT_TEXT_KIND = "step-without-text";
/** A budget written as a number that is not a whole number of satang (a float, a negative). */
export const BUDGET_NOT_SATANG_KIND = "budget-not-satang";
/** A budget written as text that is not an amount of baht (`params.problem` says why). */
export const BUDGET_NOT_AMOUNT_KIND = "budget-not-amount";
