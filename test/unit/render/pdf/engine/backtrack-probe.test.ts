import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt } from "../../../../e2e/cli.js";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));

/**
 * Each case runs in a fresh Node process: the fixes patch fontkit's shared OTProcessor prototype,
 * which a process can have only once. `SIMULATE_UPSTREAM` first applies the backtrack reversal
 * as fontkit's PR #372 does, so the process behaves like a fontkit where the fix has landed.
 */
const SCRIPT = `
import { createRequire } from "node:module";
const fixes = await import("./dist/render/pdf/engine/pdfkit-thai-fixes.js");
const fromPdfmake = createRequire(createRequire(process.cwd() + "/").resolve("pdfmake"));
const PDFDocument = fromPdfmake("pdfkit");
const doc = new PDFDocument();
doc.font("fonts/Sarabun-Regular.ttf");
const embedded = doc._font;
const ttf = embedded.font;
if (process.env.SIMULATE_UPSTREAM === "1") {
  const gsub = Object.getPrototypeOf(ttf._layoutEngine.engine.GSUBProcessor);
  const ot = Object.getPrototypeOf(gsub);
  const match = ot.match;
  ot.match = function (i, seq, fn, m) { return match.call(this, i, i < 0 ? [...seq].reverse() : seq, fn, m); };
}
const before = fixes.backtrackRuleFires(ttf);
fixes.fixEmbeddedFont(embedded);
const after = fixes.backtrackRuleFires(ttf);
const mark = ttf.layout(fixes.BACKTRACK_PROBE.text).glyphs[fixes.BACKTRACK_PROBE.markIndex].name;
console.log(JSON.stringify({ before, after, mark }));
`;

async function probe(simulateUpstream: boolean): Promise<{ before: boolean; after: boolean; mark: string }> {
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, SIMULATE_UPSTREAM: simulateUpstream ? "1" : "0" },
  });
  return JSON.parse(stdout) as { before: boolean; after: boolean; mark: string };
}

describe("the fontkit backtrack fix (upstream PR #372) is applied only when fontkit needs it", () => {
  beforeAll(() => assertBuilt());

  it("fontkit 2.0.4 needs it: the probe's narrow MAI EK appears only once the fix is in", async () => {
    expect(await probe(false)).toEqual({ before: false, after: true, mark: "uni0E48.narrow" });
  });

  it("a fontkit with the fix landed is left alone (reversing twice would lose the narrow MAI EK)", async () => {
    expect(await probe(true)).toEqual({ before: true, after: true, mark: "uni0E48.narrow" });
  });
});
