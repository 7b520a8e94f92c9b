import { relative } from "node:path";
import type { DataIssue, MessageParam } from "../errors.js";
import { type MessageCode, renderMessage } from "../i18n/catalog.js";
import type { Lang } from "../i18n/lang.js";
import { formatPath, type PathSegment } from "./format-path.js";

/** Where and how issues are reported: paths relative to `cwd`, words in `lang`. */
export interface LoadOptions {
  /** Directory the file names of issues are relative to. @default process.cwd() */
  readonly cwd?: string;
  /** Language of `message` and `hint`; issues also carry code and params to re-render. @default "th" */
  readonly lang?: Lang;
}

/** Collects every issue of a load, so that one run reports all of them. */
export class IssueList {
  readonly issues: DataIssue[] = [];
  private readonly cwd: string;
  private readonly lang: Lang;

  constructor(options: LoadOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.lang = options.lang ?? "th";
  }

  /** A file name as messages show it: relative to the working directory. */
  shown(absPath: string): string {
    return relative(this.cwd, absPath) || ".";
  }

  add(
    absFile: string,
    code: MessageCode,
    params: Readonly<Record<string, MessageParam>>,
    where: { readonly path?: readonly PathSegment[]; readonly line?: number; readonly col?: number } = {},
  ): void {
    const text = renderMessage(code, params as never, this.lang);
    this.issues.push({
      file: this.shown(absFile),
      ...(where.line === undefined ? {} : { line: where.line, col: where.col ?? 1 }),
      path: formatPath(where.path ?? []),
      message: text.message,
      ...(text.hint === undefined ? {} : { hint: text.hint }),
      code,
      params,
    });
  }
}
