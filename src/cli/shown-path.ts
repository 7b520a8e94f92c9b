import { isAbsolute, relative } from "node:path";
import type { CliContext } from "./context.js";

/** A path as the user reads it: relative to the working directory when it lies below it. */
export function shownPath(path: string, ctx: CliContext): string {
  const rel = relative(ctx.io.cwd, path);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
