import { pathAsShown } from "../load/path-as-shown.js";
import type { CliContext } from "./context.js";

/** A path as the user reads it: relative to the working directory when it lies below it. */
export function shownPath(path: string, ctx: CliContext): string {
  return pathAsShown(ctx.io.cwd, path);
}
