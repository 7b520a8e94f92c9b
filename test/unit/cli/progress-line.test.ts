import { describe, expect, test } from "vitest";
import { formatSize } from "../../../src/cli/commands/format-size.js";
import { progressLine } from "../../../src/cli/commands/progress-line.js";

/** A progress line on a fake clock, recording what it writes. */
function harness(isTerminal: boolean) {
  let now = 0;
  const written: string[] = [];
  const line = progressLine(
    (t) => written.push(t),
    isTerminal,
    () => now,
    1000,
  );
  return { line, written, advance: (ms: number) => (now += ms) };
}

describe("progressLine", () => {
  test("stays silent during the first second, then rewrites one line and erases it at the end", () => {
    const { line, written, advance } = harness(true);
    line.update("Building out/2568/memo.pdf (1/4)…");
    expect(written).toEqual([]);
    advance(1200);
    line.update("Building out/2568/report.pdf (3/4)…");
    line.done();
    expect(written).toEqual(["\r\x1b[KBuilding out/2568/report.pdf (3/4)…", "\r\x1b[K"]);
  });

  test("writes nothing when stderr is not a terminal, however long the build", () => {
    const { line, written, advance } = harness(false);
    advance(5000);
    line.update("Building…");
    line.done();
    expect(written).toEqual([]);
  });

  test("a quick build erases nothing, since nothing was shown", () => {
    const { line, written } = harness(true);
    line.update("Building…");
    line.done();
    expect(written).toEqual([]);
  });
});

describe("formatSize", () => {
  test("writes sizes in decimal units with one decimal", () => {
    expect([512, 20_995, 157_025, 1_234_567].map(formatSize)).toEqual([
      "512 B",
      "21.0 kB",
      "157.0 kB",
      "1.2 MB",
    ]);
  });
});
