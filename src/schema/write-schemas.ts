import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeAtomic } from "../build/write-atomic.js";
import { DATA_FILE_KINDS, jsonSchemaText, schemaFileName } from "./json-schemas.js";

export interface WrittenSchema {
  readonly path: string;
  readonly bytes: number;
  /** False when the file already held exactly this schema (it is then left untouched). */
  readonly changed: boolean;
}

/**
 * Writes the JSON Schemas of the three data file kinds into `dir`. A file that already holds
 * the same text is not rewritten, so its modification time (and any watcher) stays quiet.
 */
export async function writeSchemas(dir: string): Promise<WrittenSchema[]> {
  const written: WrittenSchema[] = [];
  for (const kind of DATA_FILE_KINDS) {
    const path = join(dir, schemaFileName(kind));
    const text = jsonSchemaText(kind);
    const bytes = Buffer.from(text, "utf8");
    const existing = await readFile(path, "utf8").catch(() => undefined);
    const changed = existing !== text;
    if (changed) await writeAtomic(path, bytes);
    written.push({ path, bytes: bytes.length, changed });
  }
  return written;
}
