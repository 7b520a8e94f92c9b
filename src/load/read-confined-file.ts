import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { isAbsolute, relative, sep } from "node:path";

/** Why a file of the data folder was not read. */
export type RefusedRead =
  | { readonly ok: false; readonly reason: "missing" }
  | { readonly ok: false; readonly reason: "outside" }
  | { readonly ok: false; readonly reason: "not-file" }
  | { readonly ok: false; readonly reason: "too-big"; readonly sizeBytes: number }
  | { readonly ok: false; readonly reason: "unreadable"; readonly detail: string };

export type ConfinedRead = { readonly ok: true; readonly bytes: Uint8Array } | RefusedRead;

/** Whether `target` lies strictly inside `dir` (both absolute, resolved). */
export const isInside = (dir: string, target: string): boolean => {
  const rel = relative(dir, target);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/**
 * Opening a FIFO for reading waits for a writer; with O_NONBLOCK it returns at once, so that
 * fstat can refuse it. O_NOCTTY keeps a terminal device from becoming ours. Neither changes
 * how a regular file is read.
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

/**
 * Reads a file of the data folder, or says why not: links are followed (realpath) and the file
 * they lead to must lie inside `rootReal` (the data folder's own realpath), be a regular file
 * (not a FIFO, a device or a socket, which can block or never end) and hold at most `maxBytes`.
 * The limit is enforced while reading too, so a file that grows after fstat cannot exhaust memory.
 */
export async function readConfinedFile(
  rootReal: string,
  path: string,
  maxBytes: number,
): Promise<ConfinedRead> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, reason: "missing" };
    return { ok: false, reason: "unreadable", detail: code ?? String(error) };
  }
  if (!isInside(rootReal, real)) return { ok: false, reason: "outside" };
  let handle;
  try {
    handle = await open(real, OPEN_FLAGS);
  } catch (error) {
    return {
      ok: false,
      reason: "unreadable",
      detail: (error as NodeJS.ErrnoException).code ?? String(error),
    };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: "not-file" };
    if (info.size > maxBytes) return { ok: false, reason: "too-big", sizeBytes: info.size };
    // One byte more than the limit: reading it proves the file grew past the limit.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) break;
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, reason: "too-big", sizeBytes: length };
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch (error) {
    return {
      ok: false,
      reason: "unreadable",
      detail: (error as NodeJS.ErrnoException).code ?? String(error),
    };
  } finally {
    await handle.close();
  }
}
