import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * `mkdir -p` that always ends. Node's `mkdir(dir, { recursive: true })` retries forever when the
 * system answers ENOENT for a folder whose parent exists (as /proc and some FUSE mounts do);
 * here each level is tried once, parents first, and any refusal is final.
 */
export async function makeDirectory(dir: string): Promise<void> {
  if (await isDirectory(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) await makeDirectory(parent);
  try {
    await mkdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // Another process may have made it meanwhile; or a file stands where the folder should be.
    if (!(await isDirectory(dir))) throw notADirectory(dir);
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function notADirectory(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), {
    code: "ENOTDIR",
    syscall: "mkdir",
    path,
  });
}
