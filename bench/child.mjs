// One benchmarked run of the CLI in a fresh process: `node bench/child.mjs <cli args…>`.
// It runs the compiled CLI in-process (as bin/ita-report.js does) and, at exit, writes this
// process's resource usage to the file named by BENCH_RUSAGE_FILE, so peak RSS is measured
// without /usr/bin/time (which needs the Debian package `time`, i.e. root to install).
import { performance } from "node:perf_hooks";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const started = performance.now();
const { main } = await import("../dist/bundle/main.js");
const code = await main(process.argv.slice(2));
const usage = process.resourceUsage();
const file = process.env.BENCH_RUSAGE_FILE;
if (file) {
  const own = {
    exitCode: code,
    // process.resourceUsage().maxRSS is in kilobytes (getrusage ru_maxrss on Linux).
    maxRssKb: usage.maxRSS,
    userMs: usage.userCPUTime / 1000,
    systemMs: usage.systemCPUTime / 1000,
    // From module evaluation to the end of main(); the parent measures the whole process.
    inProcessMs: performance.now() - started,
  };
  // A large year is built by a relaunched copy of this script with a capped heap
  // (src/cli/heap-cap.ts), which wrote its usage first: the run costs both processes' CPU, and
  // its peak is the larger of the two.
  const relaunched = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
  writeFileSync(
    file,
    JSON.stringify(
      relaunched === undefined
        ? own
        : {
            ...own,
            maxRssKb: Math.max(own.maxRssKb, relaunched.maxRssKb),
            userMs: own.userMs + relaunched.userMs,
            systemMs: own.systemMs + relaunched.systemMs,
          },
    ),
  );
}
process.exitCode = code;
