import { isAbsolute, relative } from "node:path";

/**
 * A path as the user reads it: relative to the working directory when it lies below it,
 * otherwise as an absolute path. A data folder elsewhere (`--data /srv/ita`) then reads
 * `/srv/ita/2568/report.yaml`, as `build` writes its outputs, not `../../srv/ita/2568/…`.
 */
export function pathAsShown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
