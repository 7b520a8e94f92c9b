// Where the time of one build goes, phase by phase, in one process: `node bench/phases.mjs
// [dataDir] [year] [rounds]`. The first round pays for module loading, font parsing and JIT
// warm-up; later rounds show the steady cost of each phase.
import { performance } from "node:perf_hooks";

const [dataDir = "data", year = "2568", rounds = "3"] = process.argv.slice(2);
const t0 = performance.now();
const { loadYear } = await import("../dist/load/load-year.js");
const { buildMemo } = await import("../dist/document/build-memo.js");
const { buildReport } = await import("../dist/document/build-report.js");
const { buildAnnouncement } = await import("../dist/document/build-announcement.js");
const tLoadModules = performance.now();
const { renderPdf } = await import("../dist/render/pdf/index.js");
const tPdfModules = performance.now();
const { renderDocx } = await import("../dist/render/docx/index.js");
const tDocxModules = performance.now();
console.log(
  `imports: loader+builders ${(tLoadModules - t0).toFixed(0)} ms, PDF writer ${(tPdfModules - tLoadModules).toFixed(0)} ms, ` +
    `DOCX writer ${(tDocxModules - tPdfModules).toFixed(0)} ms`,
);

for (let round = 1; round <= Number(rounds); round++) {
  const times = {};
  const time = async (name, fn) => {
    const start = performance.now();
    const value = await fn();
    times[name] = Math.round(performance.now() - start);
    return value;
  };
  const data = await time("load", () => loadYear(dataDir, Number(year)));
  const memo = await time("build memo", () => buildMemo(data));
  const report = await time("build report", () => buildReport(data));
  await time("memo.pdf", () => renderPdf(memo));
  await time("memo.docx", () => renderDocx(memo));
  await time("report.pdf", () => renderPdf(report));
  await time("report.docx", () => renderDocx(report));
  if (data.report.announcement !== undefined) {
    const announcement = await time("build announcement", () => buildAnnouncement(data));
    await time("announcement.pdf", () => renderPdf(announcement));
    await time("announcement.docx", () => renderDocx(announcement));
  }
  const total = Object.values(times).reduce((a, b) => a + b, 0);
  console.log(
    `round ${round}: ${Object.entries(times)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}; total ${total} ms`,
  );
}
