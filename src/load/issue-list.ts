import { pathAsShown } from "./path-as-shown.js";
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

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Control and bidi characters of a file name, written as escapes. */
export const escapeControls = (name: string): string =>
  name.replace(CONTROLS, (c) => NAMED[c] ?? `\\u{${c.codePointAt(0)?.toString(16).toUpperCase()}}`);

/**
 * Issues of one kind (one message code) shown in full; the rest are counted in one line "… and
 * K more". A pasted block of 100,000 emoji must give a readable list, not megabytes of it.
 */
export const MAX_ISSUES_OF_ONE_KIND = 20;

/** Collects every issue of a load, so that one run reports all of them, a bounded number of each kind. */
export class IssueList {
  private readonly kept: DataIssue[] = [];
  /** Per message code: how many issues were left out, and the file of the first of them. */
  private readonly leftOut = new Map<string, { count: number; absFile: string }>();
  private readonly countOf = new Map<string, number>();
  private readonly cwd: string;
  private readonly lang: Lang;

  /** The issues kept, then one "… and K more" line per kind that had too many. */
  get issues(): DataIssue[] {
    const more = [...this.leftOut].map(([code, { count, absFile }]) => {
      const like = this.kept.find((i) => i.code === code)?.message ?? code;
      return this.issue(absFile, "issues.more", { count, like }, {});
    });
    return [...this.kept, ...more];
  }

  constructor(options: LoadOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.lang = options.lang ?? "th";
  }

  /**
   * A file name as messages show it: relative to the working directory when below it (else
   * absolute, pathAsShown), with control and
   * direction characters escaped (\n, \u{1B}), so that a name cannot break the
   * `file:line:col` line or drive the terminal.
   */
  shown(absPath: string): string {
    return escapeControls(pathAsShown(this.cwd, absPath));
  }

  add(
    absFile: string,
    code: MessageCode,
    params: Readonly<Record<string, MessageParam>>,
    where: { readonly path?: readonly PathSegment[]; readonly line?: number; readonly col?: number } = {},
  ): void {
    const count = (this.countOf.get(code) ?? 0) + 1;
    this.countOf.set(code, count);
    if (count <= MAX_ISSUES_OF_ONE_KIND) {
      this.kept.push(this.issue(absFile, code, params, where));
      return;
    }
    const left = this.leftOut.get(code);
    this.leftOut.set(code, { count: (left?.count ?? 0) + 1, absFile: left?.absFile ?? absFile });
  }

  private issue(
    absFile: string,
    code: MessageCode,
    params: Readonly<Record<string, MessageParam>>,
    where: { readonly path?: readonly PathSegment[]; readonly line?: number; readonly col?: number },
  ): DataIssue {
    const text = renderMessage(code, params as never, this.lang);
    return {
      file: this.shown(absFile),
      ...(where.line === undefined ? {} : { line: where.line, col: where.col ?? 1 }),
      path: formatPath(where.path ?? []),
      message: text.message,
      ...(text.hint === undefined ? {} : { hint: text.hint }),
      code,
      params,
    };
  }
}
