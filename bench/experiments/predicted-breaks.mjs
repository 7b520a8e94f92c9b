// Experiment for the PDF writer's owner: keep short table rows whole with ~3 layouts instead of
// one layout per moved row. `node bench/experiments/predicted-breaks.mjs <dataDir> [--compare]`
//
// renderPdf (src/render/pdf/index.ts) lays the whole document out again after every row it
// moves to the next page, because each move shifts what follows. With N measures there are
// about N/10 moves, each a layout of the whole document: O(N²). But the measuring pass already
// knows every row's height, so after a move the positions of the following rows can be
// computed, and every further break predicted, in one sweep. The next layout checks the
// prediction (firstRowToMove finds nothing, or the next row to move, e.g. after a row taller
// than a page, where prediction stops). With --compare, the reference renderPdf runs too and
// the bytes must be identical.
//
// Result (bench/RESULTS.md, finding 1): identical bytes, but no fewer layouts, because nearly
// every row of real and synthetic reports is taller than a page, where prediction must stop.
// The approach that works is src/render/pdf/windowed-row-breaks.ts.
import { performance } from "node:perf_hooks";
import pdfmake from "pdfmake";
import { CELL_PADDING_TOP_PT, TABLE_RULE_WIDTH_PT } from "../../dist/document/layout.js";
import { buildReport } from "../../dist/document/build-report.js";
import { loadYear } from "../../dist/load/load-year.js";
import { renderPdf } from "../../dist/render/pdf/index.js";
import { firstRowToMove } from "../../dist/render/pdf/keep-rows-whole.js";
import { measureTableRows } from "../../dist/render/pdf/measure-table-rows.js";
import { pageBreakHook, rowStarts } from "../../dist/render/pdf/page-break-hook.js";
import { pageFrame } from "../../dist/render/pdf/page-frame.js";
import { createPdfBytes } from "../../dist/render/pdf/pdf-engine.js";
import { toDefinition } from "../../dist/render/pdf/to-definition.js";

/** After row `moved` starts a fresh page, the breaks that the following rows will need. */
function predictBreaks(moved, measure, page, breaks) {
  const pageEnd = page.height - page.bottom;
  const freshTop = page.top + measure.firstRowOffset;
  let top = freshTop;
  for (let row = moved; row < measure.rowNeeds.length; row++) {
    const need = measure.rowNeeds[row];
    if (row > moved && top + need > pageEnd + 0.01) {
      if (freshTop + need > pageEnd) return; // taller than a page: the next layout places it
      breaks.push(row);
      top = freshTop;
    }
    top += need + CELL_PADDING_TOP_PT + TABLE_RULE_WIDTH_PT;
  }
}

export async function renderPdfPredicted(doc) {
  const measures = await measureTableRows(doc);
  const tableSection = doc.sections.find((s) => s.blocks.some((b) => b.type === "measureTable"));
  const breaks = measures.map(() => []);
  for (;;) {
    const cellStarts = new Map();
    const bytes = await createPdfBytes({
      ...toDefinition(doc, breaks),
      pageBreakBefore: pageBreakHook(cellStarts),
    });
    const notMoved = rowStarts(cellStarts).filter((s) => !(breaks[s.table] ?? []).includes(s.row));
    const page = tableSection && pageFrame(tableSection);
    const move = page && firstRowToMove(notMoved, measures, page);
    if (move === undefined) return bytes;
    breaks[move.table].push(move.row);
    predictBreaks(move.row, measures[move.table], page, breaks[move.table]);
  }
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
const predicted = await timed("predicted breaks", renderPdfPredicted, doc);
if (process.argv.includes("--compare")) {
  const reference = await timed("renderPdf (one layout per moved row)", renderPdf, doc);
  const same = Buffer.from(predicted).equals(Buffer.from(reference));
  console.log(same ? "identical bytes" : "DIFFERENT bytes");
  process.exitCode = same ? 0 : 1;
}
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
