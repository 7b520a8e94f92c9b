// Pure Thai helpers, usable from any layer (no I/O).
export * from "./calendar-date.js";
export * from "./months.js";
export * from "./numerals.js";
export * from "./parse-date.js";
export * from "./format-date.js";
export * from "./fiscal-year.js";
export * from "./baht.js";
// segment.ts (segmentThai) is exported below by its owner.
export * from "./segment.js";
