// How many times the PDF writer lays out the report of a data folder, and how long it takes:
// `node bench/layout-passes.mjs <dataDir> [year]`. Every pdfmake.createPdf call is one full
// layout (the row-measuring pass, then one pass per row moved to the next page).
import { performance } from "node:perf_hooks";
import pdfmake from "pdfmake";
import { buildReport } from "../dist/document/build-report.js";
import { loadYear } from "../dist/load/load-year.js";
import { renderPdf } from "../dist/render/pdf/index.js";

const [dataDir = "data", year = "2568"] = process.argv.slice(2);
const createPdf = pdfmake.createPdf.bind(pdfmake);
let layouts = 0;
pdfmake.createPdf = (...args) => {
  layouts++;
  return createPdf(...args);
};
const data = await loadYear(dataDir, Number(year));
const started = performance.now();
const bytes = await renderPdf(buildReport(data));
const wallMs = Math.round(performance.now() - started);
console.log(
  `${dataDir}: ${data.measures.length} measures, ${layouts} layouts, report PDF in ${wallMs} ms ` +
    `(${Math.round(process.cpuUsage().user / 1000)} ms CPU in the process), ${bytes.length} bytes`,
);
