import { randomBytes } from "node:crypto";
import { link, mkdir, open, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file that must not exist yet, atomically: the bytes go to a temporary file that is
 * then hard-linked to the target. Unlike a rename, a link fails when the target exists, so a
 * file that appeared meanwhile (an analyst's edit) is never overwritten. Returns false when the
 * file already existed.
 */
export async function writeNewFile(path: string, text: string): Promise<boolean> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}
