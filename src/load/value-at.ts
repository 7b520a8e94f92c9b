import type { PathSegment } from "./format-path.js";

/** The plain value at a path of parsed YAML data, undefined when the path does not exist. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (Array.isArray(current)) current = typeof segment === "number" ? current[segment] : undefined;
    else
      current = Object.hasOwn(current, segment) ? (current as Record<string, unknown>)[segment] : undefined;
  }
  return current;
}
