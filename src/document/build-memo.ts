import type { MemoBlock, Signer } from "../model/report.js";
import type { YearData } from "../model/year-data.js";
import { formatThaiDate } from "../thai/format-date.js";
import { creationDateOf } from "./creation-date.js";
import { fillPlaceholders } from "./placeholders.js";
import { protectedWords } from "./protected-words.js";
import { type Digits, digitsFor } from "./digits.js";
import type { Block, Document } from "./nodes.js";
import { foldWhitespace, toRuns } from "./runs.js";
import {
  BULLET_MARKER,
  LABEL_DATE,
  LABEL_DEPARTMENT,
  LABEL_REF,
  LABEL_SUBJECT,
  LABEL_TO,
  MEMO_TITLE,
} from "./wording.js";

/** The memo (บันทึกข้อความ) that sends the report up, as the official form lays it out. */
export function buildMemo(data: YearData): Document {
  const { memo, fiscalYear } = data.report;
  const digits = digitsFor(data.report.numerals);
  const text = (t: string): string => digits.text(foldWhitespace(t));
  const fill = (t: string): string => fillPlaceholders(t, data.measures, digits.style);

  const blocks: Block[] = [
    data.images.emblem
      ? { type: "memoTitle", text: MEMO_TITLE, emblem: data.images.emblem }
      : { type: "memoTitle", text: MEMO_TITLE },
    { type: "leaderLine", fields: [{ label: LABEL_DEPARTMENT, value: text(memo.department) }] },
    {
      type: "leaderLine",
      fields: [
        { label: LABEL_REF, value: text(memo.ref) },
        { label: LABEL_DATE, value: memo.date ? formatThaiDate(memo.date, "full", digits.style) : "" },
      ],
    },
    { type: "leaderLine", fields: [{ label: LABEL_SUBJECT, value: text(memo.subject) }] },
    { type: "paragraph", role: "salutation", runs: [{ text: `${LABEL_TO} ${text(memo.to)}` }] },
  ];
  for (const section of memo.sections) {
    if (section.heading !== undefined) {
      blocks.push({ type: "paragraph", role: "heading", runs: toRuns(section.heading, digits, true) });
    }
    for (const block of section.content) blocks.push(memoBlock(block, digits, fill));
  }
  blocks.push({ type: "paragraph", role: "closing", runs: toRuns(fill(memo.closing), digits) });
  blocks.push({ type: "signature", lines: signatureLines(memo.signer, text) });
  for (const reviewer of memo.reviewers) {
    blocks.push({
      type: "reviewer",
      title: text(reviewer.title),
      dottedLines: reviewer.lines,
      signature: signatureLines(reviewer.signer, text),
    });
  }

  return {
    kind: "memo",
    words: protectedWords(data),
    info: {
      title: text(memo.subject),
      author: data.agency.name,
      subject: `บันทึกข้อความ ${text(memo.subject)}`,
      keywords: ["ITA", `ปีงบประมาณ ${digits.number(fiscalYear)}`, "บันทึกข้อความ"],
      creationDate: creationDateOf(data),
    },
    pageNumbers: { digits: digits.style, fromPage: 2 },
    typeScale: data.agency.typeScale,
    docxFont: data.agency.docxFont,
    sections: [{ layout: "memo", orientation: "portrait", blocks }],
  };
}

/** A body paragraph or list; `fill` writes the sums of `{{งบประมาณรวม}}`-like placeholders. */
function memoBlock(block: MemoBlock, digits: Digits, fill: (t: string) => string): Block {
  if (typeof block === "string")
    return { type: "paragraph", role: "body", runs: toRuns(fill(block), digits) };
  if ("bullets" in block) {
    return {
      type: "list",
      items: block.bullets.map((item) => ({ marker: BULLET_MARKER, runs: toRuns(fill(item), digits) })),
    };
  }
  return {
    type: "list",
    items: block.numbered.map((item, i) => ({
      marker: `${digits.number(i + 1)}.`,
      runs: toRuns(fill(item), digits),
    })),
  };
}

/** "(ชื่อ นามสกุล)" then the position lines, as typed under a signature. */
export function signatureLines(signer: Signer, text: (t: string) => string): string[] {
  return [`(${text(signer.name)})`, ...signer.position.map(text)];
}
