// `npm run bench`: times the CLI on the 2568 data and on synthetic years of 10, 100 and 999
// measures (the most a year may have), times LibreOffice converting the same DOCX files to PDF
// (all of them: memo, report, announcement), prints the results and writes
// them to bench/results/latest.md and latest.json (not tracked: bench/results/ is git-ignored).
// bench/RESULTS.md, which is tracked, changes only with --record. Every build runs in a fresh
// process (start-up included), via bench/child.mjs.
//
// Options (flag or environment variable):
//   --runs N            BENCH_RUNS          builds of 2568 per measurement (default 7)
//   --soffice-runs N    BENCH_SOFFICE_RUNS  LibreOffice conversions (default: --runs)
//   --sizes 10,100,999  BENCH_SIZES         synthetic years to build (empty: none)
//   --synthetic-runs N  BENCH_SYNTH_RUNS    builds per synthetic year (default 1)
//   --timeout S         BENCH_TIMEOUT_S     give up on one build after S seconds (default 900)
//   --record            BENCH_RECORD=1      also record the run in bench/RESULTS.md (tracked)
//   --label TEXT        BENCH_LABEL         a note for the history row (e.g. "quiet machine")
import { performance } from "node:perf_hooks";
import { clearInterval, clearTimeout, setInterval, setTimeout } from "node:timers";
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { libraryVersions, machine } from "./machine.mjs";
import { recordResults } from "./record-results.mjs";
import { writeSyntheticYear } from "./synthetic-year.mjs";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");
const CHILD = join(ROOT, "bench", "child.mjs");

function option(name, env, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1] ?? "";
  return process.env[env] ?? fallback;
}
const RUNS = Number(option("runs", "BENCH_RUNS", "7"));
const SOFFICE_RUNS = Number(option("soffice-runs", "BENCH_SOFFICE_RUNS", String(RUNS)));
const SIZES = option("sizes", "BENCH_SIZES", "10,100,999").split(",").filter(Boolean).map(Number);
const SYNTH_RUNS = Number(option("synthetic-runs", "BENCH_SYNTH_RUNS", "1"));
const RECORD = process.argv.includes("--record") || process.env.BENCH_RECORD === "1";
/** Where every run's results go, untracked; bench/RESULTS.md is written only with --record. */
const RESULTS_DIR = join(ROOT, "bench", "results");
const LABEL = option("label", "BENCH_LABEL", "");
const TIMEOUT_MS = Number(option("timeout", "BENCH_TIMEOUT_S", "900")) * 1000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const tmp = (prefix) => mkdtempSync(join(tmpdir(), `ita-bench-${prefix}-`));
/**
 * The bench's own store of shaped words (src/render/pdf/engine/shaping-store.ts), so that the
 * user's is neither used nor changed: filled by one unmeasured build, then read by the measured
 * "warm store" runs; the "no store" runs turn it off.
 */
const SHAPING_STORE = tmp("shaping-store");

/** The child's peak resident set so far (Linux /proc), in MB; NaN elsewhere. */
function peakRssMb(pid) {
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? NaN : Number(kb) / 1024;
  } catch {
    return NaN;
  }
}

/**
 * One CLI run in a fresh process: wall time as the parent sees it, peak RSS and CPU as the child
 * reports them at exit. A run stopped at the timeout still has the peak RSS polled from /proc.
 */
function cliRun(args, env = {}) {
  const dir = tmp("run");
  const rusageFile = join(dir, "rusage.json");
  const started = performance.now();
  const child = spawn(process.execPath, [CHILD, ...args], {
    cwd: ROOT,
    env: { ...process.env, ITA_REPORT_CACHE_DIR: SHAPING_STORE, ...env, BENCH_RUSAGE_FILE: rusageFile },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  let polledRssMb = NaN;
  const poll = setInterval(() => {
    const now = peakRssMb(child.pid);
    if (!Number.isNaN(now)) polledRssMb = now;
  }, 250);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, TIMEOUT_MS);
  return new Promise((done, fail) => {
    child.on("close", (status) => {
      clearInterval(poll);
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      if (timedOut) {
        rmSync(dir, { recursive: true, force: true });
        return done({ wallMs, maxRssMb: polledRssMb, cpuMs: NaN, timedOut: true });
      }
      if (status !== 0 || !existsSync(rusageFile)) {
        return fail(new Error(`ita-report ${args.join(" ")} failed (${status}):\n${stderr}`));
      }
      const usage = JSON.parse(readFileSync(rusageFile, "utf8"));
      rmSync(dir, { recursive: true, force: true });
      done({ wallMs, maxRssMb: usage.maxRssKb / 1024, cpuMs: usage.userMs + usage.systemMs });
    });
  });
}

/** N builds into fresh output folders; the last folder is kept for the caller (LibreOffice). */
async function buildRuns(label, runs, args, env = {}) {
  const samples = [];
  let outDir;
  for (let i = 0; i < runs; i++) {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
    outDir = tmp("out");
    samples.push(await cliRun([...args, "--out", outDir], env));
    const last = samples.at(-1);
    process.stderr.write(
      `  ${label} ${i + 1}/${runs}: ${last.wallMs.toFixed(0)} ms${last.timedOut ? " (timed out)" : ""}\n`,
    );
    if (last.timedOut) break;
  }
  return {
    label,
    runs,
    wallMs: median(samples.map((s) => s.wallMs)),
    minMs: Math.min(...samples.map((s) => s.wallMs)),
    maxRssMb: Math.max(...samples.map((s) => s.maxRssMb)),
    timedOut: samples.some((s) => s.timedOut),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    outDir,
  };
}

function pdfPages(file) {
  const info = spawnSync("pdfinfo", [file], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info.stdout ?? "")?.[1] ?? NaN);
}

/** LibreOffice converting the DOCX files to PDF: cold, with a fresh user profile each time. */
function sofficeRuns(docxFiles, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const profile = tmp("lo-profile");
    const out = tmp("lo-out");
    const started = performance.now();
    const lo = spawnSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${profile}`,
        "--convert-to",
        "pdf",
        "--outdir",
        out,
        ...docxFiles,
      ],
      { encoding: "utf8" },
    );
    const wallMs = performance.now() - started;
    const made = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith(".pdf")).length : 0;
    rmSync(profile, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    if (lo.error || made !== docxFiles.length) {
      process.stderr.write(`  LibreOffice failed: ${lo.error?.message ?? lo.stderr}\n`);
      return undefined;
    }
    samples.push(wallMs);
    process.stderr.write(`  LibreOffice ${i + 1}/${runs}: ${wallMs.toFixed(0)} ms\n`);
  }
  return { runs, wallMs: median(samples), minMs: Math.min(...samples) };
}

if (!existsSync(join(ROOT, "dist", "bundle", "main.js"))) {
  console.error("dist/ is missing: run `npm run build` first (npm run bench does it for you).");
  process.exit(2);
}

const before = machine();
process.stderr.write(`Benchmark on ${before.cores} cores, load ${before.loadavg.join(" ")}\n`);
const noStore = await buildRuns("2568 pdf+docx, no store", RUNS, ["build", "2568"], {
  ITA_REPORT_CACHE: "off",
});
const fillOut = tmp("fill-store");
await cliRun(["build", "2568", "--out", fillOut]);
rmSync(fillOut, { recursive: true, force: true });
const full = await buildRuns("2568 pdf+docx", RUNS, ["build", "2568"]);
const pdfOnly = await buildRuns("2568 pdf only", RUNS, ["build", "2568", "--format", "pdf"]);
const docx = readdirSync(full.outDir)
  .filter((f) => f.endsWith(".docx"))
  .sort()
  .map((f) => join(full.outDir, f));
const soffice = SOFFICE_RUNS > 0 ? sofficeRuns(docx, SOFFICE_RUNS) : undefined;
const reportPages = pdfPages(join(full.outDir, "report.pdf"));
const memoPages = pdfPages(join(full.outDir, "memo.pdf"));
rmSync(full.outDir, { recursive: true, force: true });
rmSync(pdfOnly.outDir, { recursive: true, force: true });
rmSync(noStore.outDir, { recursive: true, force: true });

const synthetic = [];
for (const size of SIZES) {
  const dataDir = writeSyntheticYear(tmp(`data${size}`), size, { seedDir: join(ROOT, "data") });
  const result = await buildRuns(`${size} measures`, SYNTH_RUNS, ["build", "2568", "--data", dataDir]);
  synthetic.push({ size, ...result, pages: pdfPages(join(result.outDir, "report.pdf")) });
  rmSync(result.outDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}

const results = {
  date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  label: LABEL,
  machine: { ...before, loadavgAfter: machine().loadavg },
  versions: libraryVersions(),
  full: { ...full, reportPages, memoPages, documents: docx.length },
  noStore,
  pdfOnly,
  soffice: soffice && { ...soffice, files: docx.length },
  synthetic,
};
rmSync(SHAPING_STORE, { recursive: true, force: true });
const text = recordResults(results, RECORD ? join(ROOT, "bench", "RESULTS.md") : undefined);
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(join(RESULTS_DIR, "latest.md"), `${text}\n`);
writeFileSync(join(RESULTS_DIR, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(text);
process.stderr.write(
  `Written to bench/results/latest.md and latest.json` +
    (RECORD
      ? " and recorded in bench/RESULTS.md.\n"
      : " (bench/RESULTS.md unchanged: --record to add this run).\n"),
);
