import { dirname } from "node:path";
import { OutputError } from "../errors.js";
import { shownPath } from "./shown-path.js";
import type { CliContext } from "./context.js";
import { CliUsageError } from "./usage-error.js";

/**
 * System error codes that say the file system refused, not that the program is wrong: a
 * read-only or full disk, missing rights, a file where a folder should be, a file too big.
 */
const FILE_SYSTEM_CODES = new Set([
  "EROFS",
  "ENOSPC",
  "EDQUOT",
  "EACCES",
  "EPERM",
  "EFBIG",
  "ENOTDIR",
  "EISDIR",
  "ENOENT",
  "EEXIST",
  "EIO",
  "ELOOP",
  "ENAMETOOLONG",
  "EBUSY",
  "EXDEV",
]);

/** System calls whose path is a folder. */
const FOLDER_CALLS = new Set(["mkdir", "rmdir", "opendir", "scandir"]);

/** The option that chooses the folder a command writes into. */
export type FolderOption = "--out" | "--data";

interface SystemError {
  readonly code: string;
  readonly path: string | undefined;
  readonly message: string;
}

function systemErrorOf(error: unknown): SystemError | undefined {
  const cause = error instanceof OutputError ? (error.cause as NodeJS.ErrnoException | undefined) : error;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string" || !FILE_SYSTEM_CODES.has(code)) return undefined;
  // The folder that was refused: the system names a folder for mkdir, a file for open or write.
  const system = cause as NodeJS.ErrnoException;
  const path =
    system.path !== undefined
      ? FOLDER_CALLS.has(system.syscall ?? "")
        ? system.path
        : dirname(system.path)
      : error instanceof OutputError
        ? dirname(error.path)
        : undefined;
  return { code, path, message: (cause as Error).message };
}

/**
 * The one error path of init, schema and build for the file system: a refusal becomes a usage
 * error (exit 2) naming the folder, the system's reason and what to do. Undefined for any other
 * error, which stays a bug to report.
 */
export function fileSystemError(
  error: unknown,
  ctx: CliContext,
  option?: FolderOption,
): CliUsageError | undefined {
  const system = systemErrorOf(error);
  if (system === undefined) return undefined;
  // "ENOTDIR: not a directory, mkdir '/x/y'": the path is shown on its own.
  const detail = system.message.replace(/,.*$/s, "");
  const dir = system.path === undefined ? "." : shownPath(system.path, ctx);
  return CliUsageError.of(
    "fs.cannot-write",
    { dir, detail, code: system.code, ...(option === undefined ? {} : { option }) },
    ctx.lang,
  );
}
