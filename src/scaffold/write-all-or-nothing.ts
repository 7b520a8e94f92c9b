import { randomBytes } from "node:crypto";
import { link, open, readdir, rename, rm, stat, unlink } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { makeDirectory } from "../build/make-directory.js";
import { OutputError } from "../errors.js";

export interface NewFile {
  readonly path: string;
  readonly text: string;
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Staging folders of `init` for one year: dot-named so that no command takes them for data. */
const stagingPrefix = (year: number): string => `.init-${year}.`;
const STAGING_SUFFIX = ".tmp";

async function writeFlushed(path: string, text: string): Promise<void> {
  await makeDirectory(dirname(path));
  const handle = await open(path, "wx");
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes the files of a new year, all or nothing. Every file is first written into a staging
 * folder inside the data folder (same file system); then files outside the year folder are
 * hard-linked into place (a link fails on an existing file, which is kept), and a year folder
 * that did not exist is renamed into place in one step. Any failure undoes what was placed, so
 * a full or read-only disk leaves no partial year behind. Staging folders of an earlier,
 * killed run are removed first.
 * @returns for each file, whether it was created (false: it existed and was kept).
 */
export async function writeAllOrNothing(
  dataDir: string,
  year: number,
  files: readonly NewFile[],
): Promise<boolean[]> {
  const createdDataDir = !(await exists(dataDir));
  await makeDirectory(dataDir);
  for (const name of await readdir(dataDir)) {
    if (name.startsWith(stagingPrefix(year)) && name.endsWith(STAGING_SUFFIX))
      await rm(join(dataDir, name), { recursive: true, force: true });
  }
  const staging = join(dataDir, `${stagingPrefix(year)}${randomBytes(6).toString("hex")}${STAGING_SUFFIX}`);
  const yearDir = join(dataDir, String(year));
  const placed: string[] = [];
  let placedYear = false;
  try {
    // Written side by side: each file's flush to disk waits on the device, not on the others
    // (a dozen sequential flushes were a fifth of an `init`). All settle before a failure is
    // raised, so the undo below never races a write still under way.
    const written = await Promise.allSettled(
      files.map((file) => writeFlushed(join(staging, relative(dataDir, file.path)), file.text)),
    );
    const failed = written.find((result) => result.status === "rejected");
    if (failed !== undefined) throw failed.reason;
    const yearExisted = await exists(yearDir);
    const created: boolean[] = [];
    for (const file of files) {
      const inYear = !relative(yearDir, file.path).startsWith("..");
      if (inYear && !yearExisted) {
        created.push(true);
        continue;
      }
      await makeDirectory(dirname(file.path));
      try {
        await link(join(staging, relative(dataDir, file.path)), file.path);
        placed.push(file.path);
        created.push(true);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        created.push(false);
      }
    }
    if (!yearExisted && files.some((f) => !relative(yearDir, f.path).startsWith(".."))) {
      await rename(join(staging, String(year)), yearDir);
      placedYear = true;
    }
    return created;
  } catch (error) {
    for (const path of placed) await unlink(path).catch(() => undefined);
    if (placedYear) await rm(yearDir, { recursive: true, force: true });
    if (createdDataDir) await rm(dataDir, { recursive: true, force: true });
    // A failed write names no path of its own: name the folder the year was written into.
    throw error instanceof OutputError || (error as NodeJS.ErrnoException).path !== undefined
      ? error
      : new OutputError(yearDir, error);
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}
