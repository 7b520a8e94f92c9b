/** One problem in the data, located in its file. */
export interface DataIssue {
  /** Path of the file, relative to the working directory when possible. */
  readonly file: string;
  /** 1-based line and column; absent when the problem concerns the file as a whole. */
  readonly line?: number;
  readonly col?: number;
  /** Field path in the file, e.g. `steps[2].items[0]`; empty for the whole file. */
  readonly path: string;
  /** What is wrong, as one sentence. */
  readonly message: string;
  /** What to do about it. */
  readonly hint?: string;
  /**
   * Message code of the catalog (src/i18n/messages.ts) and its parameters, so that a caller can
   * render `message` and `hint` again in another language; absent for issues made elsewhere.
   */
  readonly code?: string;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/** A value a message is built from. */
export type MessageParam = string | number | readonly string[];

/** The data cannot be used: exit code 1 and the located list, never a stack trace. */
export class DataError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    super(`${issues.length} problem(s) in the data`);
    this.name = "DataError";
    this.issues = issues;
  }
}

/** The command line is wrong: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A bug or an environment failure: a "please report" message with the stack. */
export class InternalError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InternalError";
  }
}

/**
 * A file of ita-report itself is missing (a font): not a bug to report nor a data problem, but
 * an installation to repair. Still exit 70, without a stack, with what to do.
 */
export class BrokenInstallError extends InternalError {
  constructor(message: string) {
    super(message);
    this.name = "BrokenInstallError";
  }
}

/**
 * The output could not be written (a folder that is a file, read-only, full, or refused by the
 * system): the environment or the command line is wrong, not the data nor the program.
 */
export class OutputError extends Error {
  readonly path: string;
  /** The system's error code (ENOTDIR, EACCES, ENOSPC, ENOENT…). */
  readonly code: string | undefined;
  constructor(path: string, cause: unknown) {
    const system = cause as NodeJS.ErrnoException | undefined;
    super(`cannot write ${path}: ${system?.message ?? String(cause)}`, { cause });
    this.name = "OutputError";
    this.path = path;
    this.code = system?.code;
  }
}
