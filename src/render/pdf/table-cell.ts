import { CELL_LEVEL_STEP_CM } from "../../document/layout.js";
import { assertNever, type CellContent, type CellParagraph, type Run } from "../../document/nodes.js";
import { tablePitchOf, type Typography } from "../../document/typography.js";
import { checkMark } from "./check-mark.js";
import { lineHeightFor } from "./line-pitch.js";
import { textWidth } from "./measure-text.js";
import { runInlines, thaiText } from "./thai-text.js";
import { cm } from "./units.js";
import { wrapText } from "./wrap-text.js";

/**
 * The content of one table cell, `innerWidth` being the cell's width inside its padding, its text
 * at `sizePt` (a header may be smaller than the table's text) on the table's spacing for it.
 */
export function cellContent(
  content: readonly CellContent[],
  innerWidth: number,
  tableType: Typography,
  sizePt: number = tableType.tablePt,
): object[] {
  const type = { ...tableType, tablePt: sizePt, tablePitchPt: tablePitchOf(tableType, sizePt) };
  const nodes = content.map((item) => {
    switch (item.kind) {
      case "text":
        return cellParagraph(item, innerWidth, type);
      case "check":
        return checkMark(innerWidth, type.checkMarkPt);
      default:
        return assertNever(item);
    }
  });
  return keptWithNext(content, nodes, innerWidth, type);
}

/**
 * A sub-heading and the first line of the paragraph after it as one unbreakable stack: when the
 * page ends, the heading moves to the next page with that line instead of ending the page alone;
 * the rest of the paragraph follows as a paragraph of its own, hanging where the text did.
 */
function keptWithNext(
  content: readonly CellContent[],
  nodes: readonly object[],
  innerWidth: number,
  type: Typography,
): object[] {
  const out: object[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const item = content[i];
    const following = content[i + 1];
    const node = nodes[i] as object;
    if (item?.kind !== "text" || item.keepWithNext !== true || following === undefined) {
      out.push(node);
      continue;
    }
    const split = following.kind === "text" ? splitFirstLine(following, innerWidth, type) : undefined;
    if (split === undefined) {
      out.push({ stack: [node, nodes[i + 1]], unbreakable: true });
    } else {
      out.push(
        { stack: [node, cellParagraph(split.first, innerWidth, type)], unbreakable: true },
        split.rest,
      );
    }
    i++;
  }
  return out;
}

/**
 * The first line of `p` as a paragraph, and the rest as a node starting where the text after the
 * marker starts; undefined when `p` takes one line. The lines are those `wrapText` finds, the
 * breaks the engine gives pdfmake.
 */
function splitFirstLine(
  p: CellParagraph,
  innerWidth: number,
  type: Typography,
): { first: CellParagraph; rest: object } | undefined {
  const text = p.runs.map((r) => r.text).join("");
  const bold = p.runs.length > 0 && p.runs.every((r) => r.bold === true);
  const gap = textWidth(" ", type.tablePt);
  const hang =
    p.level * cm(CELL_LEVEL_STEP_CM) + (p.marker === undefined ? 0 : textWidth(p.marker, type.tablePt) + gap);
  const lines = wrapText(
    text,
    () => innerWidth - hang,
    (s) => textWidth(s, type.tablePt, bold),
    1,
  );
  const firstLine = lines[0];
  if (lines.length < 2 || firstLine === undefined || !text.startsWith(firstLine)) return undefined;
  const restStart = firstLine.length + (/^\s*/u.exec(text.slice(firstLine.length))?.[0].length ?? 0);
  const first = { ...p, runs: sliceRuns(p.runs, 0, firstLine.length) };
  const rest = {
    text: runInlines(sliceRuns(p.runs, restStart, text.length)),
    lineHeight: lineHeightFor(type.tablePitchPt, type.tablePt),
    margin: [hang, 0, 0, 0],
  };
  return { first, rest };
}

/** The runs' text between two offsets of their joined text, each piece keeping its run's style. */
function sliceRuns(runs: readonly Run[], from: number, to: number): Run[] {
  const out: Run[] = [];
  let start = 0;
  for (const run of runs) {
    const end = start + run.text.length;
    const piece = run.text.slice(Math.max(0, from - start), Math.max(0, to - start));
    if (piece !== "" && end > from && start < to) out.push({ ...run, text: piece });
    start = end;
  }
  return out;
}

/**
 * A paragraph in a cell: its marker ("๑.", "(๑)", "-") hangs, so wrapped lines align with the
 * text after it; each level is one step further in.
 *
 * Both columns get numeric widths that add up to the cell's: pdfmake widens an "auto" or "*"
 * column to its widest unbreakable word, so a URL or a long word after a marker used to push
 * the text past the cell's border (and off the page). With a fixed width, a word wider than the
 * column is cut by the engine's emergency break instead (see engine/emergency-break.ts).
 */
function cellParagraph(p: CellParagraph, innerWidth: number, type: Typography): object {
  const lineHeight = lineHeightFor(type.tablePitchPt, type.tablePt);
  const indent = p.level * cm(CELL_LEVEL_STEP_CM);
  const body = {
    text: runInlines(p.runs),
    lineHeight,
    ...(p.align === "center" ? { alignment: "center" } : {}),
  };
  if (p.marker === undefined) return { ...body, margin: [indent, 0, 0, 0] };
  const gap = textWidth(" ", type.tablePt);
  const markerWidth = textWidth(p.marker, type.tablePt);
  const bodyWidth = Math.max(0, innerWidth - indent - markerWidth - gap);
  return {
    columns: [
      // noWrap: a marker measured a hair wider by pdfmake than here must not wrap inside itself.
      { width: markerWidth, text: thaiText(p.marker), lineHeight, noWrap: true },
      { width: bodyWidth, ...body },
    ],
    columnGap: gap,
    margin: [indent, 0, 0, 0],
  };
}
