/** A step into a YAML value: a field name or a list index (0-based, as in JavaScript). */
export type PathSegment = string | number;

/** Writes a field path as users see it in messages: `steps[2].items[0]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}
