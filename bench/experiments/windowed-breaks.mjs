// Experiment for the PDF writer's owner: keep short table rows whole in O(N) layouts instead
// of one layout of the whole document per moved row (O(N²), see bench/RESULTS.md, finding 1).
// `node bench/experiments/windowed-breaks.mjs <dataDir> [--compare]`
//
// A row moved to the next page starts a new table on a fresh page (measure-table.ts), so what
// follows it does not depend on anything before it. After each move, only a window of the rows
// that follow is laid out, as a table of its own on a fresh page, to find the next row to move;
// the window doubles until a move is found or the table ends. One final layout of the whole
// document applies every break; firstRowToMove on it must find nothing (else the reference
// loop takes over). With --compare the reference renderPdf runs too: the bytes must be equal.
import { performance } from "node:perf_hooks";
import pdfmake from "pdfmake";
import { buildReport } from "../../dist/document/build-report.js";
import { loadYear } from "../../dist/load/load-year.js";
import { renderPdf } from "../../dist/render/pdf/index.js";
import { firstRowToMove } from "../../dist/render/pdf/keep-rows-whole.js";
import { measureTableRows } from "../../dist/render/pdf/measure-table-rows.js";
import { pageBreakHook, rowStarts } from "../../dist/render/pdf/page-break-hook.js";
import { pageFrame } from "../../dist/render/pdf/page-frame.js";
import { createPdfBytes } from "../../dist/render/pdf/pdf-engine.js";
import { toDefinition } from "../../dist/render/pdf/to-definition.js";

const FIRST_WINDOW_ROWS = 16;

/** Lays a definition out and returns the row starts pdfmake reported (and the bytes). */
async function layOut(doc, breaks) {
  const cellStarts = new Map();
  const bytes = await createPdfBytes({
    ...toDefinition(doc, breaks),
    pageBreakBefore: pageBreakHook(cellStarts),
  });
  return { bytes, starts: rowStarts(cellStarts) };
}

/** The first row of `rows[from..]` to move, laying out growing windows that start at `from`. */
async function nextMove(doc, section, table, measure, page, from) {
  for (let size = FIRST_WINDOW_ROWS; ; size *= 2) {
    const to = Math.min(from + size, table.rows.length);
    const windowDoc = {
      ...doc,
      sections: [{ ...section, blocks: [{ ...table, rows: table.rows.slice(from, to) }] }],
    };
    const windowMeasure = { ...measure, rowNeeds: measure.rowNeeds.slice(from, to) };
    const { starts } = await layOut(windowDoc, [[]]);
    // The window's first row is already on a fresh page (moved), so it is not a candidate.
    const move = firstRowToMove(
      starts.filter((s) => s.row > 0),
      [windowMeasure],
      page,
    );
    if (move !== undefined) return from + move.row;
    if (to === table.rows.length) return undefined;
  }
}

export async function renderPdfWindowed(doc) {
  const measures = await measureTableRows(doc);
  const section = doc.sections.find((s) => s.blocks.some((b) => b.type === "measureTable"));
  const breaks = measures.map(() => []);
  if (section === undefined) return (await layOut(doc, breaks)).bytes;
  const page = pageFrame(section);
  const table = section.blocks.find((b) => b.type === "measureTable");
  // The first layout is the reference's first pass: rows before the first move are final.
  let { bytes, starts } = await layOut(doc, breaks);
  let move = firstRowToMove(starts, measures, page);
  while (move !== undefined) {
    breaks[0].push(move.row);
    const next = await nextMove(doc, section, table, measures[0], page, move.row);
    move = next === undefined ? undefined : { table: 0, row: next };
  }
  if (breaks[0].length > 0) ({ bytes, starts } = await layOut(doc, breaks));
  const left = firstRowToMove(
    starts.filter((s) => !breaks[0].includes(s.row)),
    measures,
    page,
  );
  if (left !== undefined) throw new Error(`the windows missed row ${left.row}: fall back to the loop`);
  return bytes;
}

const createPdf = pdfmake.createPdf.bind(pdfmake);
let layouts = 0;
pdfmake.createPdf = (...args) => {
  layouts++;
  return createPdf(...args);
};

async function timed(name, render, doc) {
  layouts = 0;
  const started = performance.now();
  const bytes = await render(doc);
  console.log(
    `${name}: ${layouts} layouts, ${Math.round(performance.now() - started)} ms, ${bytes.length} bytes`,
  );
  return bytes;
}

const [dataDir = "data"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const doc = buildReport(await loadYear(dataDir, 2568));
const windowed = await timed("windowed", renderPdfWindowed, doc);
console.log(`peak RSS so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
if (process.argv.includes("--compare")) {
  const reference = await timed("renderPdf (one layout per moved row)", renderPdf, doc);
  const same = Buffer.from(windowed).equals(Buffer.from(reference));
  console.log(same ? "identical bytes" : "DIFFERENT bytes");
  process.exitCode = same ? 0 : 1;
}
