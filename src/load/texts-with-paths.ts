import type { PathSegment } from "./format-path.js";

/** Every text (string) inside a parsed YAML value, with its path from `path`, in document order. */
export function textsWithPaths(value: unknown, path: PathSegment[]): { text: string; path: PathSegment[] }[] {
  if (typeof value === "string") return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, i) => textsWithPaths(item, [...path, i]));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => textsWithPaths(item, [...path, key]));
  return [];
}
