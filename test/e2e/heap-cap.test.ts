import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAPPED_BUILD_MIN_MEASURES, HEAP_CAP_MB } from "../../src/cli/heap-cap.js";
import { assertBuilt, BIN, cleanEnv, removeWorkspace, workspace } from "./cli.js";

/**
 * A large year is built by a relaunched node with a capped heap (src/cli/heap-cap.ts). Seen from
 * outside through a module preloaded into every node process (NODE_OPTIONS=--require), which
 * writes down each process's flags and heap limit.
 */
let dir: string;
const PROBE = `const v8 = require("node:v8");
require("node:fs").appendFileSync(process.env.HEAP_PROBE_FILE, JSON.stringify({
  execArgv: process.execArgv,
  limitMb: v8.getHeapStatistics().heap_size_limit / 1048576,
}) + "\\n");`;

function build(year: string, out: string, env: Record<string, string> = {}) {
  const log = join(dir, `${out}.probe`);
  const run = spawnSync(
    process.execPath,
    [BIN, "build", year, "--only", "memo", "--format", "pdf", "--out", out],
    {
      cwd: dir,
      env: cleanEnv({ NODE_OPTIONS: `--require=${join(dir, "probe.cjs")}`, HEAP_PROBE_FILE: log, ...env }),
      encoding: "utf8",
    },
  );
  const processes = readFileSync(log, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { execArgv: string[]; limitMb: number });
  return { run, processes, pdf: readFileSync(join(dir, out, "memo.pdf")) };
}

beforeAll(async () => {
  await assertBuilt();
  dir = await workspace(true);
  writeFileSync(join(dir, "probe.cjs"), PROBE);
  // A year of one more measure than the threshold, each as short as a measure can be.
  const measures = join(dir, "data", "2568", "measures");
  rmSync(measures, { recursive: true });
  mkdirSync(measures);
  for (let no = 1; no <= CAPPED_BUILD_MIN_MEASURES + 1; no++) {
    writeFileSync(
      join(measures, `${String(no).padStart(3, "0")}.yaml`),
      `no: ${no}\ntitle: มาตรการที่ ${no}\nsteps: [จัดทำแผน]\nresponsible: [สำนักปลัด]\nstatus: done\noutcomes: [ดำเนินการแล้ว]\n`,
    );
  }
});
afterAll(() => removeWorkspace(dir));

describe("a year with many measures", () => {
  it(`is built by a second node whose heap is capped at ${HEAP_CAP_MB} MB, with the same bytes and output`, () => {
    const capped = build("2568", "capped");
    expect(capped.run.stderr).toBe("");
    expect(capped.run.status).toBe(0);
    expect(capped.processes).toHaveLength(2);
    const [parent, child] = capped.processes;
    expect(parent?.execArgv).toEqual([]);
    expect(child?.execArgv).toEqual([`--max-old-space-size=${HEAP_CAP_MB}`]);
    expect(child?.limitMb).toBeLessThan(HEAP_CAP_MB + 200);
    expect(parent?.limitMb).toBeGreaterThan(child?.limitMb ?? Infinity);
    // The files list is printed once (by the child).
    expect(capped.run.stdout.match(/memo\.pdf/g)).toHaveLength(1);
    const inProcess = build("2568", "in-process", { ITA_REPORT_HEAP_CAPPED: "1" });
    expect(inProcess.processes).toHaveLength(1);
    expect(inProcess.pdf.equals(capped.pdf)).toBe(true);
  }, 120_000);

  it("is built in one process when the user sized the heap already", () => {
    const sized = build("2568", "sized", {
      NODE_OPTIONS: `--require=${join(dir, "probe.cjs")} --max-old-space-size=3000`,
    });
    expect(sized.run.status).toBe(0);
    expect(sized.processes).toHaveLength(1);
  }, 120_000);

  it("says the year does not fit in memory when the capped build runs out, without V8's stack traces (exit 1)", () => {
    // The capped child (and only it) fills its heap at start, as an enormous year would.
    const probe = join(dir, "exhaust-heap.cjs");
    writeFileSync(
      probe,
      `if (process.env.ITA_REPORT_HEAP_CAPPED) { const kept = []; for (;;) kept.push(new Array(1 << 20).fill(0)); }`,
    );
    const run = spawnSync(process.execPath, [BIN, "build", "2568", "--out", "exhausted"], {
      cwd: dir,
      env: cleanEnv({ NODE_OPTIONS: `--require=${probe}` }),
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`เอกสารของปี 2568 ใหญ่เกินหน่วยความจำ ${HEAP_CAP_MB.toLocaleString("en")} MB`);
    expect(run.stderr).toContain("NODE_OPTIONS=--max-old-space-size=4096 ita-report build 2568");
    expect(run.stderr).not.toMatch(/FATAL ERROR|Last few GCs|stack trace|node::/u);
    expect(existsSync(join(dir, "exhausted"))).toBe(false);
  }, 120_000);
});
