import type { Lang } from "../i18n/lang.js";
import { guardStandardStreams } from "./guard-streams.js";
import { type CappedRun, HEAP_CAPPED_ENV, relaunchWithCappedHeap, STDERR_TTY_ENV } from "./heap-cap.js";

/** What the CLI touches of its process, injectable so tests run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The directory paths in messages are relative to. */
  readonly cwd: string;
  /** True when stderr is a terminal: only then does a long build show a progress line. */
  readonly stderrIsTTY?: boolean;
  /** Installs the handling of write errors of the real stdout and stderr (absent in tests). */
  readonly guardStreams?: (lang: Lang) => void;
  /**
   * Runs the same command again in a child process with a capped heap, for a large year
   * (heap-cap.ts); absent where the CLI does not own its process (tests call main in-process).
   */
  readonly relaunchWithCappedHeap?: () => Promise<CappedRun | undefined>;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    // A relaunched build writes its stderr through the parent (heap-cap.ts), a terminal or not.
    stderrIsTTY:
      process.stderr.isTTY === true ||
      (process.env[HEAP_CAPPED_ENV] !== undefined && process.env[STDERR_TTY_ENV] === "1"),
    guardStreams: guardStandardStreams,
    relaunchWithCappedHeap,
  };
}
