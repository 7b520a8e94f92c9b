export * from "./catalog.js";
export * from "./lang.js";
export type { MessageText } from "./messages.js";
