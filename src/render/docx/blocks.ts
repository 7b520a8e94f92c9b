/**
 * The one switch over the tree's block types: a new node type fails to compile here until the
 * DOCX writer handles it.
 */
import type { Paragraph, Table } from "docx";
import { assertNever, type Block, type LeaderLine } from "../../document/nodes.js";
import type { Typography } from "../../document/typography.js";
import { announcementTitle, dateLine } from "./announcement-header.js";
import { bodyList, bodyParagraph } from "./body-paragraphs.js";
import { coverTitle, tableTitle } from "./cover.js";
import type { DrawingIds } from "./drawing-ids.js";
import { measureTable } from "./measure-table.js";
import { headerTable, memoTitle } from "./memo-header.js";
import type { PageGeometry } from "./page-geometry.js";
import { reviewer, signature } from "./signature.js";
import type { TextMeasure } from "./text-measure.js";

export interface BlockContext {
  readonly page: PageGeometry;
  readonly ids: DrawingIds;
  readonly measure: TextMeasure;
  readonly type: Typography;
}

export function blocksToDocx(blocks: readonly Block[], context: BlockContext): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as Block;
    if (block.type !== "leaderLine") {
      out.push(...blockToDocx(block, context));
      continue;
    }
    // Consecutive header lines make one table: two tables side by side would merge in Word.
    const lines: LeaderLine[] = [block];
    while (blocks[i + 1]?.type === "leaderLine") lines.push(blocks[(i += 1)] as LeaderLine);
    out.push(headerTable(lines, context.page, context.type, context.measure));
  }
  return out;
}

function blockToDocx(block: Block, context: BlockContext): (Paragraph | Table)[] {
  switch (block.type) {
    case "memoTitle":
      return [memoTitle(block, context.ids)];
    case "announcementTitle":
      return announcementTitle(block, context.ids);
    case "dateLine":
      return [dateLine(block)];
    case "leaderLine":
      return [headerTable([block], context.page, context.type, context.measure)];
    case "paragraph":
      return [bodyParagraph(block, context)];
    case "list":
      return bodyList(block);
    case "signature":
      return signature(block, context);
    case "reviewer":
      return reviewer(block, context);
    case "coverTitle":
      return coverTitle(block, context);
    case "tableTitle":
      return tableTitle(block, context);
    case "measureTable":
      return [measureTable(block, context.page, context)];
    default:
      return assertNever(block);
  }
}
