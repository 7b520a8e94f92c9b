import { createHash, randomBytes } from "node:crypto";
import { open, readdir, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { OutputError } from "../errors.js";
import { makeDirectory } from "./make-directory.js";
import { writeAtomic } from "./write-atomic.js";

/**
 * The record of the last build in an output folder: each file's SHA-256 as that build wrote it.
 * Written after the files, so a build killed between two renames leaves files that do not match
 * it, which `build --check` reports as a mixed set. Dot-named: not one of the documents.
 */
export const SET_RECORD_NAME = ".ita-report-set.json";

interface SetRecord {
  readonly files: Readonly<Record<string, string>>;
}

export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** A temporary file of writeAtomic or writeSet: `.memo.pdf.<12 hex>.tmp`. */
const TEMPORARY = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

/** The file names each build records, by output folder. */
export async function readSetRecord(outDir: string): Promise<Readonly<Record<string, string>> | undefined> {
  try {
    const record = JSON.parse(await readFile(join(outDir, SET_RECORD_NAME), "utf8")) as SetRecord;
    return typeof record.files === "object" && record.files !== null ? record.files : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes the temporaries an earlier, killed build left for these file names. Only names of the
 * set are touched: a user's own dot files stay.
 */
async function removeStaleTemporaries(dir: string, names: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const entry of entries) {
    const target = TEMPORARY.exec(entry)?.[1];
    if (target !== undefined && names.has(target)) await rm(join(dir, entry), { force: true });
  }
}

async function writeTemporary(path: string, bytes: Uint8Array): Promise<string> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    // A full disk stops the write midway: the half-written temporary goes too.
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return temp;
}

/**
 * Writes a set of files into one folder all or nothing, as far as a file system allows: every
 * file is first written to a temporary beside its target and flushed; only when all are written
 * are they renamed into place, one quick rename each. A failure while writing (a full disk)
 * removes the temporaries and leaves the old set whole. Then the set record is updated.
 */
export async function writeSet(
  outDir: string,
  files: readonly { path: string; bytes: Uint8Array }[],
): Promise<void> {
  const names = new Set(files.map((f) => basename(f.path)));
  const temporaries: { temp: string; path: string }[] = [];
  let current = outDir;
  try {
    await makeDirectory(outDir);
    await removeStaleTemporaries(outDir, names);
    for (const file of files) {
      current = file.path;
      temporaries.push({ temp: await writeTemporary(file.path, file.bytes), path: file.path });
    }
    for (const { temp, path } of temporaries) {
      current = path;
      await rename(temp, path);
    }
  } catch (error) {
    for (const { temp } of temporaries) await rm(temp, { force: true });
    throw new OutputError(current, error);
  }
  const previous = (await readSetRecord(outDir)) ?? {};
  const record: SetRecord = {
    files: { ...previous, ...Object.fromEntries(files.map((f) => [basename(f.path), sha256(f.bytes)])) },
  };
  await writeAtomic(join(outDir, SET_RECORD_NAME), Buffer.from(`${JSON.stringify(record, null, 2)}\n`));
}
