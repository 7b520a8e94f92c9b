import { isLang, type Lang, langFromEnv } from "../i18n/lang.js";
import type { CliContext } from "./context.js";
import { type CliIo, processIo } from "./io.js";
import { type ExitHolder, createProgram } from "./program.js";
import { reportError } from "./report-error.js";

/**
 * The language of messages, decided before commander parses anything so that its usage errors
 * are worded in it too: `--lang th|en` anywhere on the line, else the locale of the environment.
 */
function langOf(argv: readonly string[], env: CliIo["env"]): Lang {
  for (const [i, arg] of argv.entries()) {
    const value = arg.startsWith("--lang=")
      ? arg.slice("--lang=".length)
      : arg === "--lang"
        ? argv[i + 1]
        : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  return langFromEnv(env);
}

/**
 * Runs ita-report with the arguments after the program name and returns the exit code; it
 * never calls process.exit, so tests call it in-process with captured output.
 * Exit codes: 0 done, 1 data problems, 2 usage, 70 internal error (see exit-codes.ts).
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const ctx: CliContext = { io, lang: langOf(argv, io.env) };
  io.guardStreams?.(ctx.lang);
  const exit: ExitHolder = { code: 0 };
  try {
    await createProgram(ctx, exit).parseAsync([...argv], { from: "user" });
    return exit.code;
  } catch (error) {
    return reportError(error, ctx);
  }
}
