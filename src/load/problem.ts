import type { MessageParam } from "../errors.js";
import type { MessageCode } from "../i18n/catalog.js";
import type { PathSegment } from "./format-path.js";

/** Where in the YAML a problem points: the value at the path, its key, or the mapping lacking it. */
export type Anchor = "value" | "key" | "parent";

/** A problem found in one file, before it is located and worded. */
export interface Problem {
  readonly code: MessageCode;
  readonly params: Readonly<Record<string, MessageParam>>;
  readonly path: readonly PathSegment[];
  readonly anchor: Anchor;
}
