import { type FSWatcher, watch } from "node:fs";
import { join, relative, sep } from "node:path";

/** Saving one file often fires several events (write, rename of a temp file): wait for calm. */
export const WATCH_DEBOUNCE_MS = 200;

/** Editors' swap, backup and lock files, and our own temporary files: not data. */
const NOT_DATA = /(^|[/\\])(\.[^/\\]*|[^/\\]*~|[^/\\]*\.sw[a-p]|#[^/\\]*#)$/;

export interface FolderWatch {
  close(): void;
}

/**
 * Calls `onChange` with the changed paths once the folder has been calm for `debounceMs`, and
 * never twice at the same time: changes made while `onChange` runs are collected and delivered
 * when it has finished. Uses fs.watch's recursive mode (Linux since Node 20.13, macOS and
 * Windows natively), so no dependency is needed. Paths under `ignore` (an output folder inside
 * the data folder) are skipped, or every build would start the next one.
 */
export function watchFolder(
  dir: string,
  onChange: (paths: string[]) => Promise<void>,
  options: { debounceMs?: number; ignore?: readonly string[] } = {},
): FolderWatch {
  const debounceMs = options.debounceMs ?? WATCH_DEBOUNCE_MS;
  const ignored = (options.ignore ?? [])
    .map((d) => relative(dir, d))
    .filter((d) => d !== "" && !d.startsWith(".."));
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;

  const flush = async (): Promise<void> => {
    timer = undefined;
    if (running || pending.size === 0) return;
    running = true;
    const paths = [...pending].sort();
    pending.clear();
    try {
      await onChange(paths);
    } finally {
      running = false;
      if (pending.size > 0) schedule();
    }
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  };

  const watcher: FSWatcher = watch(dir, { recursive: true }, (_event, name) => {
    if (name === null) return;
    const rel = name.toString();
    if (NOT_DATA.test(rel)) return;
    if (ignored.some((d) => rel === d || rel.startsWith(`${d}${sep}`))) return;
    pending.add(join(dir, rel));
    schedule();
  });
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
