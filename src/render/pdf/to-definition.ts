import { A4_HEIGHT_PT, A4_WIDTH_PT, FONT_FAMILY } from "../../document/layout.js";
import {
  assertNever,
  type Block,
  type Document,
  type Section,
  type Signature,
} from "../../document/nodes.js";
import { announcementTitle } from "./announcement-title.js";
import { closingWithSignature } from "./closing-with-signature.js";
import { coverTitle } from "./cover-title.js";
import { leaderLine } from "./leader-line.js";
import { measureTable } from "./measure-table.js";
import { memoList, memoParagraph } from "./memo-paragraph.js";
import { memoTitle } from "./memo-title.js";
import { pageFrame, type PageFrame } from "./page-frame.js";
import { pageNumberHeader } from "./page-number.js";
import { dateLine, reviewerBlock, signatureBlock } from "./signature-block.js";
import { tableTitle } from "./table-title.js";
import { typography, type Typography } from "../../document/typography.js";

/** A pdfmake document definition (kept loose: pdfmake's own typings lag behind 0.3's sections). */
export type Definition = Record<string, unknown> & { content: object[] };

/**
 * The pure mapping of the document tree to pdfmake: one pdfmake section per tree section (exact
 * A4, its margins and page numbers), one switch over block types. `rowBreaks[t]` lists the rows
 * of measure table t that start on a new page (see `keep-rows-whole.ts`).
 */
export function toDefinition(doc: Document, rowBreaks: readonly (readonly number[])[] = []): Definition {
  let tables = 0;
  const type = typography(doc.typeScale);
  const content = doc.sections.map((section) => {
    const frame = pageFrame(section);
    const blocks: object[] = [];
    for (let i = 0; i < section.blocks.length; i++) {
      const block = section.blocks[i] as Block;
      const next = section.blocks[i + 1];
      if (block.type === "measureTable") {
        const index = tables++;
        blocks.push(...measureTable(block, frame, type, index, new Set(rowBreaks[index] ?? [])));
      } else if (block.type === "paragraph" && block.role === "closing" && next?.type === "signature") {
        blocks.push(...closingWithSignature(block, next, frame, type));
        i++;
      } else if (
        block.type === "paragraph" &&
        block.role === "closing" &&
        next?.type === "dateLine" &&
        section.blocks[i + 2]?.type === "signature"
      ) {
        const signature = section.blocks[i + 2] as Signature;
        blocks.push(...closingWithSignature(block, signature, frame, type, next));
        i += 2;
      } else {
        blocks.push(...blockContent(block, frame, type));
      }
    }
    return sectionNode(section, frame, blocks, doc, type);
  });
  const { info } = doc;
  const created = info.creationDate;
  return {
    pageSize: { width: A4_WIDTH_PT, height: A4_HEIGHT_PT },
    defaultStyle: { font: FONT_FAMILY, fontSize: type.bodyPt },
    info: {
      title: info.title,
      author: info.author,
      subject: info.subject,
      keywords: info.keywords.join(", "),
      creator: "ita-report",
      producer: "ita-report",
      // From the data, never the clock: identical input gives identical bytes.
      creationDate: new Date(Date.UTC(created.year, created.month - 1, created.day)),
      modDate: new Date(Date.UTC(created.year, created.month - 1, created.day)),
    },
    content,
  };
}

function sectionNode(
  section: Section,
  frame: PageFrame,
  blocks: object[],
  doc: Document,
  type: Typography,
): object {
  return {
    section: blocks,
    pageSize: { width: A4_WIDTH_PT, height: A4_HEIGHT_PT },
    pageOrientation: section.orientation,
    pageMargins: [frame.left, frame.top, frame.right, frame.bottom],
    header: doc.pageNumbers === undefined ? null : pageNumberHeader(doc.pageNumbers, frame, type),
  };
}

function blockContent(
  block: Exclude<Block, { type: "measureTable" }>,
  frame: PageFrame,
  type: Typography,
): object[] {
  switch (block.type) {
    case "memoTitle":
      return memoTitle(block, frame, type);
    case "announcementTitle":
      return announcementTitle(block, frame, type);
    case "dateLine":
      return [dateLine(block, frame, type)];
    case "leaderLine":
      return [leaderLine(block, frame, type)];
    case "paragraph":
      return [memoParagraph(block, type)];
    case "list":
      return memoList(block, type);
    case "signature":
      return [signatureBlock(block, frame, type)];
    case "reviewer":
      return [reviewerBlock(block, frame, type)];
    case "coverTitle":
      return [coverTitle(block, frame, type)];
    case "tableTitle":
      return [tableTitle(block, frame, type)];
    default:
      return assertNever(block);
  }
}
