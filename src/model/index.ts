export * from "./agency.js";
export * from "./date-field.js";
export * from "./measure.js";
export * from "./report.js";
export * from "./text.js";
export * from "./to-fill-in.js";
export type * from "./year-data.js";
export type * from "./image.js";
