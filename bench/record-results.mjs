// Formats a benchmark run as Markdown, checks it against the targets of issues 6 and 13, and records it
// in bench/RESULTS.md: the "latest run" block between the markers is replaced and one row is
// appended to the history table; the hand-written findings around them are kept.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const BEGIN = "<!-- bench:latest:begin -->";
const END = "<!-- bench:latest:end -->";
const HISTORY = "<!-- bench:history -->";

const ms = (x) => (x === undefined ? "–" : `${Math.round(x).toLocaleString("en")} ms`);
const mb = (x) => (Number.isFinite(x) ? `${Math.round(x)} MB` : "–");

/** Time per measure: total wall time / N, and the marginal cost beyond the smallest year. */
function perMeasure(synthetic) {
  const base = synthetic[0];
  return synthetic.map((s) => ({
    ...s,
    perMs: s.wallMs / s.size,
    marginalMs: base && s.size > base.size ? (s.wallMs - base.wallMs) / (s.size - base.size) : undefined,
  }));
}

/** The largest synthetic year: 999 measures since a year may hold no more (the loader's limit). */
const largest = (rows) => rows.reduce((big, s) => (s.size > (big?.size ?? 0) ? s : big), undefined);

function targets(r, rows) {
  const at = (n) => rows.find((s) => s.size === n);
  const t100 = at(100);
  const big = largest(rows.filter((s) => s.size > 100));
  const n = big ? big.size.toLocaleString("en") : "999";
  const ratio = r.soffice ? r.soffice.wallMs / r.full.wallMs : undefined;
  const verdict = (ok) => (ok === undefined ? "not measured" : ok ? "met" : "**missed**");
  const perRatio = t100 && big ? big.perMs / t100.perMs : undefined;
  const marginalRatio = t100?.marginalMs && big?.marginalMs ? big.marginalMs / t100.marginalMs : undefined;
  return [
    [
      "2568 full build, cold process, median wall ≤ 0.6 s (issue 13)",
      ms(r.full.wallMs),
      verdict(r.full.wallMs <= 600),
    ],
    [
      "≥ 2× faster than LibreOffice converting the same DOCX files",
      ratio === undefined ? "–" : `${ratio.toFixed(2)}×`,
      verdict(ratio === undefined ? undefined : ratio >= 2),
    ],
    [
      `${n} measures ≤ 60 s (issue 6)`,
      big?.timedOut ? `> ${ms(big.wallMs)} (stopped)` : ms(big?.wallMs),
      verdict(big ? !big.timedOut && big.wallMs <= 60_000 : undefined),
    ],
    [
      `${n} measures peak RSS ≤ 1.5 GB`,
      big ? `${big.timedOut ? "≥ " : ""}${mb(big.maxRssMb)}${big.timedOut ? " (stopped)" : ""}` : "–",
      verdict(big ? (big.maxRssMb > 1536 ? false : big.timedOut ? undefined : true) : undefined),
    ],
    [
      `time/measure at ${n} ≤ 1.5× at 100`,
      perRatio === undefined
        ? "–"
        : `${big?.timedOut ? "> " : ""}${perRatio.toFixed(2)}× (wall/N); ${marginalRatio?.toFixed(2) ?? "–"}× (marginal)`,
      verdict(
        big?.timedOut
          ? false
          : perRatio === undefined
            ? undefined
            : perRatio <= 1.5 && (marginalRatio ?? 0) <= 1.5,
      ),
    ],
  ];
}

const table = (head, rows) =>
  [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");

/** One row of the builds table: a measured series of builds. */
const buildRow = (label, series, pages = "") => [
  label,
  series.runs,
  ms(series.wallMs),
  ms(series.minMs),
  ms(series.cpuMs),
  mb(series.maxRssMb),
  pages,
];

export function formatResults(r) {
  const rows = perMeasure(r.synthetic);
  const m = r.machine;
  const v = r.versions;
  const lines = [
    `### Run of ${r.date}${r.label ? ` (${r.label})` : ""}`,
    "",
    `Machine: ${m.cores} cores, ${m.cpu}, ${m.ramGb} GB RAM; Node ${m.node}; load average ` +
      `${m.loadavg.join(" / ")} before, ${m.loadavgAfter.join(" / ")} after (1/5/15 min).`,
    `Libraries: pdfmake ${v.pdfmake}, pdfkit ${v.pdfkit}, fontkit ${v.fontkit}, docx ${v.docx}.`,
    "",
    table(
      ["what", "runs", "median wall", "min wall", "median CPU", "peak RSS", "pages"],
      [
        ...(r.noStore ? [buildRow("2568 all documents, PDF+DOCX, no store of shaped words", r.noStore)] : []),
        buildRow(
          `2568 all documents (${r.full.documents ?? 2}), PDF+DOCX`,
          r.full,
          `${r.full.memoPages} + ${r.full.reportPages}`,
        ),
        buildRow("2568 all documents, PDF only", r.pdfOnly),
        r.soffice
          ? [
              `LibreOffice DOCX→PDF (the same ${r.soffice.files ?? 2} files, cold, fresh profile)`,
              r.soffice.runs,
              ms(r.soffice.wallMs),
              ms(r.soffice.minMs),
              "",
              "",
              "",
            ]
          : ["LibreOffice DOCX→PDF", 0, "not run", "", "", "", ""],
      ],
    ),
    "",
    r.soffice
      ? `Ratio LibreOffice / ita-report: ${(r.soffice.wallMs / r.full.wallMs).toFixed(2)}× against the full build, ` +
        `${(r.soffice.wallMs / r.pdfOnly.wallMs).toFixed(2)}× against the PDF-only build.`
      : "LibreOffice was not timed.",
    "",
    table(
      ["synthetic year", "runs", "wall", "report pages", "peak RSS", "wall / measure", "marginal / measure"],
      rows.map((s) => [
        `${s.size.toLocaleString("en")} measures`,
        s.runs,
        s.timedOut ? `> ${ms(s.wallMs)} (stopped)` : ms(s.wallMs),
        Number.isFinite(s.pages) ? s.pages : "–",
        `${s.timedOut ? "≥ " : ""}${mb(s.maxRssMb)}`,
        `${s.timedOut ? "> " : ""}${s.perMs.toFixed(1)} ms`,
        s.marginalMs === undefined ? "–" : `${s.timedOut ? "> " : ""}${s.marginalMs.toFixed(1)} ms`,
      ]),
    ),
    "",
    "Targets:",
    "",
    table(["target", "measured", "verdict"], targets(r, rows)),
  ];
  return lines.join("\n");
}

function historyRow(r) {
  const rows = perMeasure(r.synthetic);
  const t1000 = largest(rows.filter((s) => s.size > 100));
  return `| ${r.date} | ${r.machine.loadavg[0]} | ${ms(r.full.wallMs)} | ${ms(r.pdfOnly.wallMs)} | ${ms(r.soffice?.wallMs)} | ${
    t1000
      ? t1000.timedOut
        ? `> ${ms(t1000.wallMs)} (stopped), ≥ ${mb(t1000.maxRssMb)}`
        : `${ms(t1000.wallMs)}, ${mb(t1000.maxRssMb)}`
      : "–"
  } | ${r.label} |`;
}

/** Prints-ready text of the run; when `file` is given, records the run in it. */
export function recordResults(r, file) {
  const text = formatResults(r);
  if (file === undefined) return text;
  let doc = existsSync(file)
    ? readFileSync(file, "utf8")
    : `# Benchmark results\n\n${BEGIN}\n${END}\n\n## History\n\n| date | load (1 min) | 2568 full | 2568 PDF only | LibreOffice | 1,000 measures | note |\n|---|---|---|---|---|---|---|\n${HISTORY}\n`;
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start >= 0 && end > start) doc = `${doc.slice(0, start + BEGIN.length)}\n${text}\n${doc.slice(end)}`;
  doc = doc.replace(HISTORY, `${historyRow(r)}\n${HISTORY}`);
  writeFileSync(file, doc);
  return text;
}
