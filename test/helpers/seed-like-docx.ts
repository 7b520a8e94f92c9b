/**
 * A report laid out as the agency's real 2568 document is (seed-report-2568.txt), built by hand
 * from measure values, not with ita-report's writer: every "page block" is a table of its own
 * with the two heading rows again; a measure runs over two blocks, its second row with an empty
 * number cell; the text of the last step and outcome of the first block is cut between two
 * Thai letters and goes on in the next block; sub-items "(๑)" are typed on the step's own line;
 * bullets are typed "-ข้อความ" without a space; responsible units "๑.สำนักปลัด ๒.กองคลัง" on one
 * line; "/" in ดำเนินการแล้วเสร็จ; runs in TH SarabunIT๙.
 */
import { minimalDocx } from "./minimal-docx.js";

type SubItem = string | { text: string; items: string[] };
type Step =
  string | { no?: number; text?: string; itemsFrom?: number; items?: SubItem[]; bullets?: string[] };
type Outcome = string | { heading: string } | { paragraph: string };
export interface SeedMeasure {
  no: number;
  title: string;
  steps: Step[];
  responsible: string[];
  outcomes: Outcome[];
}

const FONT = "TH SarabunIT๙";
const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const thai = (n: number): string => String(n).replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)] ?? d);
const esc = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function run(text: string, bold = false): string {
  const b = bold ? "<w:b/><w:bCs/>" : "";
  return `<w:r><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/>${b}<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}
const para = (text: string, bold = false): string => `<w:p>${run(text, bold)}</w:p>`;

interface Para {
  readonly text: string;
  readonly bold?: boolean;
}

/** Each step on one line, its sub-items (and theirs) typed after it; bullets on lines of their own. */
function stepParagraphs(steps: readonly Step[]): Para[] {
  const out: Para[] = [];
  let next = 1;
  for (const step of steps) {
    const no = typeof step === "string" ? next : (step.no ?? next);
    next = no + 1;
    if (typeof step === "string") {
      out.push({ text: `${thai(no)}. ${step}` });
      continue;
    }
    let line = `${thai(no)}.${step.text === undefined ? "" : ` ${step.text}`}`;
    (step.items ?? []).forEach((item, i) => {
      const n = (step.itemsFrom ?? 1) + i;
      if (typeof item === "string") line += ` (${thai(n)}) ${item}`;
      else {
        line += ` (${thai(n)}) ${item.text}`;
        item.items.forEach((sub, k) => (line += ` (${thai(k + 1)}) ${sub}`));
      }
    });
    out.push({ text: line });
    for (const bullet of step.bullets ?? []) out.push({ text: `-${bullet}` });
  }
  return out;
}

function outcomeParagraphs(outcomes: readonly Outcome[]): Para[] {
  return outcomes.map((o) => {
    if (typeof o === "string") return { text: `-${o}` };
    return "heading" in o ? { text: o.heading, bold: true } : { text: o.paragraph };
  });
}

/** Cuts a list of paragraphs in two, inside the last paragraph of the first half, between two Thai letters. */
function cut(paras: readonly Para[]): [Para[], Para[]] {
  if (paras.length === 0) return [[], []];
  const at = Math.max(0, Math.ceil(paras.length / 2) - 1);
  const last = paras[at] as Para;
  if (last.bold === true) return [paras.slice(0, at + 1), paras.slice(at + 1)];
  const thaiLetter = /[\u0E01-\u0E2E]/u;
  let split = -1;
  for (let i = Math.floor(last.text.length / 2); i < last.text.length - 1; i += 1) {
    if (thaiLetter.test(last.text[i - 1] ?? "") && thaiLetter.test(last.text[i] ?? "")) {
      split = i;
      break;
    }
  }
  if (split < 0) return [paras.slice(0, at + 1), paras.slice(at + 1)];
  return [
    [...paras.slice(0, at), { text: last.text.slice(0, split) }],
    [{ text: last.text.slice(split) }, ...paras.slice(at + 1)],
  ];
}

const WIDTHS = [700, 2500, 3700, 1600, 1600, 850, 850, 2800];

function cell(content: string, width: number, extra = ""): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${extra}</w:tcPr>${content || "<w:p/>"}</w:tc>`;
}

function headingRows(): string {
  const h = (t: string): string => para(t, true);
  const restart = '<w:vMerge w:val="restart"/>';
  const cont = "<w:vMerge/>";
  return (
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>` +
    cell(h("ลำดับ ที่"), WIDTHS[0] ?? 0, restart) +
    cell(h("มาตรการหรือกิจกรรมที่ ดำเนินการ"), WIDTHS[1] ?? 0, restart) +
    cell(h("ขั้นตอนหรือ วิธีการปฏิบัติ"), WIDTHS[2] ?? 0, restart) +
    cell(h("ช่วงระยะเวลาใน การดำเนินการ"), WIDTHS[3] ?? 0, restart) +
    cell(h("ผู้รับผิดชอบ"), WIDTHS[4] ?? 0, restart) +
    cell(h("สรุปผลการดำเนินการ"), (WIDTHS[5] ?? 0) + (WIDTHS[6] ?? 0), '<w:gridSpan w:val="2"/>') +
    cell(h("ผลลัพธ์หรือความสำเร็จของการ ดำเนินการ"), WIDTHS[7] ?? 0, restart) +
    `</w:tr><w:tr><w:trPr><w:tblHeader/></w:trPr>` +
    cell("", WIDTHS[0] ?? 0, cont) +
    cell("", WIDTHS[1] ?? 0, cont) +
    cell("", WIDTHS[2] ?? 0, cont) +
    cell("", WIDTHS[3] ?? 0, cont) +
    cell("", WIDTHS[4] ?? 0, cont) +
    cell(h("ดำเนินการ แล้วเสร็จ"), WIDTHS[5] ?? 0) +
    cell(h("ไม่สามารถ ดำเนินการ ได้"), WIDTHS[6] ?? 0) +
    cell("", WIDTHS[7] ?? 0, cont) +
    `</w:tr>`
  );
}

function block(cells: readonly string[]): string {
  const grid = WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const row = `<w:tr>${cells.map((c, i) => cell(c, WIDTHS[i] ?? 0)).join("")}</w:tr>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${headingRows()}${row}</w:tbl><w:p/>`;
}

const paras = (list: readonly Para[]): string => list.map((p) => para(p.text, p.bold === true)).join("");

/** The report: its two title lines, then two page blocks per measure. */
export function seedLikeReport(
  measures: readonly SeedMeasure[],
  titles: readonly string[],
  period: string,
): Uint8Array {
  let body = titles.map((t) => para(t, true)).join("");
  for (const m of measures) {
    const [steps1, steps2] = cut(stepParagraphs(m.steps));
    const [out1, out2] = cut(outcomeParagraphs(m.outcomes));
    const responsible =
      m.responsible.length === 1
        ? (m.responsible[0] ?? "")
        : m.responsible.map((r, i) => `${thai(i + 1)}.${r}`).join(" ");
    body += block([
      para(thai(m.no)),
      para(m.title),
      paras(steps1),
      para(period),
      para(responsible),
      para("/"),
      "",
      paras(out1),
    ]);
    body += block(["", "", paras(steps2), "", "", "", "", paras(out2)]);
  }
  return minimalDocx(body);
}
