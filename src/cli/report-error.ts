import { CommanderError } from "commander";
import { BrokenInstallError, DataError, UsageError } from "../errors.js";
import { localizeIssue, renderMessage } from "../i18n/catalog.js";
import { type CliContext, say } from "./context.js";
import { EXIT } from "./exit-codes.js";
import { fileSystemError } from "./file-system-error.js";
import { formatIssue } from "./format-issue.js";
import { CliUsageError } from "./usage-error.js";

/** Commander's own outcomes that are not errors: help or version was asked for. */
const COMMANDER_OK = new Set(["commander.helpDisplayed", "commander.version"]);

/**
 * The one place errors become output and an exit code: data errors list every located issue
 * (exit 1), usage errors say what is wrong with the command line (exit 2), anything else is a
 * bug, shown with its stack and a request to report it (exit 70). Never a bare stack trace for
 * a user's mistake.
 */
export function reportError(error: unknown, ctx: CliContext): number {
  const { io } = ctx;
  if (error instanceof DataError) {
    const lines = error.issues.map((issue) => formatIssue(localizeIssue(issue, ctx.lang)));
    io.stderr(`${say(ctx, "cli.problems", { count: error.issues.length })}\n${lines.join("\n")}\n`);
    return EXIT.data;
  }
  if (error instanceof CommanderError) {
    if (COMMANDER_OK.has(error.code)) return EXIT.ok;
    // `help` and `help <command>` print to stdout and exit 0 (commander's exitCode 0); help
    // printed because no command, or an unknown one, was given went to stderr: a usage error.
    if (error.code === "commander.help") return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return reportError(
      CliUsageError.of("cli.usage", { detail: error.message.replace(/^error: /, "") }, ctx.lang),
      ctx,
    );
  }
  if (error instanceof UsageError) {
    const usage =
      error instanceof CliUsageError
        ? error
        : CliUsageError.of("cli.usage", { detail: error.message }, ctx.lang);
    io.stderr(`${usage.message}\n${usage.hint === undefined ? "" : `  ${usage.hint}\n`}`);
    return EXIT.usage;
  }
  if (error instanceof BrokenInstallError) {
    const { message, hint } = renderMessage("cli.broken-install", { detail: error.message }, ctx.lang);
    io.stderr(`${message}\n${hint === undefined ? "" : `  ${hint}\n`}`);
    return EXIT.internal;
  }
  // A refusal of the file system that no command caught: still the environment, not a bug.
  const refused = fileSystemError(error, ctx);
  if (refused !== undefined) return reportError(refused, ctx);
  const detail = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && error.stack ? `${error.stack}\n` : "";
  io.stderr(`${say(ctx, "cli.internal", { detail })}\n${stack}`);
  return EXIT.internal;
}
