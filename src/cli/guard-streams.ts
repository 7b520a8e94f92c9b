import { renderMessage } from "../i18n/catalog.js";
import type { Lang } from "../i18n/lang.js";
import { EXIT } from "./exit-codes.js";

let guarded = false;

/**
 * Handles write errors of the process's stdout and stderr, which Node otherwise turns into an
 * "Unhandled 'error' event" stack and exit 1 (the data-problem code). A closed reader (EPIPE:
 * `ita-report --help | head -c1`) got what it wanted: the command keeps its own exit code and
 * nothing more is written. Any other failure (ENOSPC: `> /dev/full`) lost output: one line on
 * stderr when it still works, and exit 2, as for any output that cannot be written.
 */
export function guardStandardStreams(lang: Lang): void {
  if (guarded) return;
  guarded = true;
  for (const [stream, name] of [
    [process.stdout, "stdout"],
    [process.stderr, "stderr"],
  ] as const) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      const code = error.code ?? "EIO";
      if (code === "EPIPE") return;
      if (process.exitCode === undefined || process.exitCode === EXIT.ok) process.exitCode = EXIT.usage;
      if (stream === process.stdout) {
        const { message } = renderMessage("cli.output-failed", { stream: name, code }, lang);
        process.stderr.write(`${message}\n`);
      }
    });
  }
}
