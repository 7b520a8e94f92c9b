import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/**
 * A large year is built in a child process whose V8 heap is capped. V8 sizes its heap from the
 * machine's memory (about 4 GB here) and lets garbage pile up to that before collecting it:
 * a year of 999 measures peaked at 2.2 GB of resident memory uncapped, and at 1.2 GB with the
 * old generation capped at HEAP_CAP_MB, in 8 % more time and with the same bytes out
 * (bench/RESULTS.md). The cap is a flag of the node process, not settable once it runs, hence
 * the relaunch; small years (the common case) are built in this process at no cost.
 */
export const HEAP_CAP_MB = 1100;
/** Measure files in a year above which the build is relaunched with the capped heap. */
export const CAPPED_BUILD_MIN_MEASURES = 150;
/** Set in the relaunched process, so that it never relaunches itself again. */
export const HEAP_CAPPED_ENV = "ITA_REPORT_HEAP_CAPPED";

/** Whether the heap size was already chosen, by us or by the user (flag or NODE_OPTIONS). */
export function heapAlreadySized(env: Readonly<Record<string, string | undefined>>): boolean {
  const flag = /--max-old-space-size\b/;
  return (
    env[HEAP_CAPPED_ENV] !== undefined ||
    process.execArgv.some((arg) => flag.test(arg)) ||
    flag.test(env["NODE_OPTIONS"] ?? "")
  );
}

/** How many measure files the year folder holds (0 when it cannot be read: the build reports that). */
export async function measureFileCount(dataDir: string, year: number): Promise<number> {
  try {
    const names = await readdir(join(dataDir, String(year), "measures"));
    return names.filter((n) => /\.ya?ml$/i.test(n)).length;
  } catch {
    return 0;
  }
}

/** How the capped child ended: its exit code, and whether V8 stopped it for want of memory. */
export interface CappedRun {
  readonly code: number;
  readonly outOfMemory: boolean;
}

/** Set for the relaunched process when this one's stderr is a terminal: it keeps its progress line. */
export const STDERR_TTY_ENV = "ITA_REPORT_STDERR_TTY";

/**
 * The first line of what V8 prints when it stops a process out of memory ("<--- Last few GCs
 * --->", then a JS and a native stack trace): from there on the child's stderr is not passed on.
 */
const V8_OOM_START = /<--- Last few GCs --->|FATAL ERROR: /u;
const V8_OOM_HEADS = ["<--- Last few GCs --->", "FATAL ERROR: "];

/**
 * Runs this same command again in a child node with the heap capped, sharing this process's
 * stdin and stdout; resolves to how it ended, or to undefined when no child could be started
 * (the caller then builds in this process, uncapped). Its stderr passes through this process
 * as it comes, up to V8's report of an exhausted heap, which is dropped: the caller says what
 * happened instead of a native stack trace. Signals reach the child through the terminal's
 * process group; a child killed by one exits 128 + its number, as a shell reports it.
 */
export function relaunchWithCappedHeap(): Promise<CappedRun | undefined> {
  const [script, ...args] = process.argv.slice(1);
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, `--max-old-space-size=${HEAP_CAP_MB}`, script ?? "", ...args],
      {
        stdio: ["inherit", "inherit", "pipe"],
        env: {
          ...process.env,
          [HEAP_CAPPED_ENV]: "1",
          ...(process.stderr.isTTY === true ? { [STDERR_TTY_ENV]: "1" } : {}),
        },
      },
    );
    let outOfMemory = false;
    let pending = "";
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      if (outOfMemory) return;
      // A chunk may end inside V8's first line: hold back a partial last line until it is whole.
      const text = pending + chunk;
      const start = text.search(V8_OOM_START);
      if (start >= 0) {
        outOfMemory = true;
        process.stderr.write(text.slice(0, start).replace(/\n+$/u, "\n"));
        return;
      }
      const lineStart = text.lastIndexOf("\n") + 1;
      const held = V8_OOM_HEADS.some((head) => head.startsWith(text.slice(lineStart)))
        ? lineStart
        : text.length;
      process.stderr.write(text.slice(0, held));
      pending = text.slice(held);
    });
    child.on("error", () => resolve(undefined));
    child.on("close", (code, signal) => {
      if (!outOfMemory && pending !== "") process.stderr.write(pending);
      resolve({ code: code ?? 128 + signalNumber(signal), outOfMemory });
    });
  });
}

function signalNumber(signal: NodeJS.Signals | null): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = {
    SIGHUP: 1,
    SIGINT: 2,
    SIGABRT: 6,
    SIGKILL: 9,
    SIGTERM: 15,
  };
  return (signal === null ? undefined : numbers[signal]) ?? 1;
}
