import { type Line, joinText } from "./cell-lines.js";
import type { ImportNote } from "./notes.js";

export type OutcomeValue = string | { heading: string } | { paragraph: string };

/** Labels that lead the reason of a measure that could not be done, as agencies type them. */
const REASON_LABEL = /^(?:เหตุที่ไม่สามารถดำเนินการได้|เหตุผลที่ไม่สามารถดำเนินการได้|เหตุผล|สาเหตุ)\s*[:：]?\s*/u;

/**
 * " -" before a word, inside a line: a bullet typed on after the previous one without Enter
 * ("…ในการใช้บริการ -เจ้าหน้าที่…", as in the seed). A hyphen inside a word ("ชื่อ-สกุล",
 * "E-Service") or between spaces (a period "… - …") is not one.
 */
// (?<!\s): a match starts where the white space starts, so a long run of spaces is not tried at
// every one of its characters (quadratic).
const INLINE_BULLET = /(?<!\s)\s+-(?=[\u0E00-\u0E7FA-Za-z])/u;

function splitInlineBullets(lines: readonly Line[]): Line[] {
  return lines.flatMap((line) => {
    const parts = line.text.split(INLINE_BULLET);
    if (parts.length === 1) return [line];
    return parts.map((text, index) =>
      index === 0
        ? { ...line, text }
        : { ...line, text, marker: { kind: "bullet" as const }, continuesRow: false, startsParagraph: true },
    );
  });
}

interface Entry {
  kind: "bullet" | "heading" | "paragraph";
  text: string;
}

/**
 * The outcome cell: "-" bullets, bold lines as sub-headings, other paragraphs as they are. A
 * line typed after a line break, or at the top of a row that continues the measure, continues
 * the entry above. The reason of a measure that could not be done is the line led by
 * "เหตุที่ไม่สามารถดำเนินการได้" (or เหตุผล/สาเหตุ), or else the cell's first line.
 */
export function parseOutcomes(
  lines: readonly Line[],
  notDone: boolean,
  notes: ImportNote[],
): { outcomes: OutcomeValue[]; reason?: string } {
  const entries: Entry[] = [];
  let reason: string | undefined;
  let inReason = false;
  let kept = 0;
  let joined = 0;
  for (const line of splitInlineBullets(lines)) {
    const labelled = REASON_LABEL.exec(line.text);
    if (labelled !== null && line.marker === undefined && reason === undefined) {
      reason = line.text.slice(labelled[0].length).trim();
      inReason = true;
      continue;
    }
    if (inReason && line.marker === undefined && !line.bold && (!line.startsParagraph || reason === "")) {
      reason = joinText(reason ?? "", line.text);
      continue;
    }
    inReason = false;
    const previous = entries[entries.length - 1];
    if (line.marker?.kind === "bullet") {
      entries.push({ kind: "bullet", text: line.text });
    } else if (line.marker !== undefined) {
      // A numbered line has no place of its own in the outcomes: kept as typed, number included.
      entries.push({ kind: "paragraph", text: line.raw });
    } else if (previous !== undefined && !line.startsParagraph) {
      previous.text = joinText(previous.text, line.text);
    } else if (line.bold) {
      entries.push({ kind: "heading", text: line.text });
    } else if (previous !== undefined && line.continuesRow && previous.kind !== "heading") {
      previous.text = joinText(previous.text, line.text);
      joined += 1;
    } else {
      if (previous?.kind === "bullet") kept += 1;
      entries.push({ kind: "paragraph", text: line.text });
    }
  }
  if (notDone && reason === undefined) {
    const first = entries.shift();
    if (first !== undefined) {
      reason = first.text;
      notes.push({ code: "import.note.reason-from-outcome", params: {}, path: ["reason"] });
    }
  }
  if (kept > 0)
    notes.push({ code: "import.note.kept-as-outcomes", params: { count: kept }, path: ["outcomes"] });
  if (joined > 0) {
    notes.push({
      code: "import.note.joined-row",
      params: { count: joined, field: "outcomes" },
      path: ["outcomes"],
    });
  }
  const outcomes = entries
    .filter((e) => e.text.trim() !== "")
    .map((e): OutcomeValue => {
      const text = e.text.trim();
      if (e.kind === "bullet") return text;
      return e.kind === "heading" ? { heading: text } : { paragraph: text };
    });
  return reason === undefined || reason.trim() === "" ? { outcomes } : { outcomes, reason: reason.trim() };
}
