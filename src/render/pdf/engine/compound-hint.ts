/**
 * U+200C ZERO WIDTH NON-JOINER: marks a compound's inner boundary ("งบ|ประมาณ", see
 * `compoundBreaks`). UAX #14 sees no break there; the engine's line builder may break at it
 * when the compound would otherwise leave its line far from full. Invisible in the PDF.
 */
export const COMPOUND_HINT = "\u200C";
