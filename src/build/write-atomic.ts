import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { OutputError } from "../errors.js";
import { makeDirectory } from "./make-directory.js";

/**
 * Writes a file so that readers see either the old content or the new one, never a half-written
 * file: the bytes go to a temporary file in the same folder (same file system), are flushed to
 * disk, and the temporary file is renamed over the target. Any failure is an OutputError.
 */
export async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeThroughTemp(path, bytes);
  } catch (error) {
    throw new OutputError(path, error);
  }
}

async function writeThroughTemp(path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path);
  await makeDirectory(dir);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
