/**
 * The head of a ประกาศ in the DOCX: the 3 cm Garuda inline in a centred paragraph whose exact line
 * is the emblem's height (page 1's top margin is 1.5 cm, so its top is where the PDF puts it; an
 * empty paragraph of the same height without one), the title lines, then the short centred rule:
 * the bottom border of an empty paragraph whose indents leave the rule's length between them. All
 * three are named styles (styles.ts), so a clerk's edits keep the form.
 */
import { ImageRun, Paragraph } from "docx";
import { ANNOUNCEMENT_EMBLEM_HEIGHT_CM } from "../../document/layout.js";
import type { AnnouncementTitle, DateLine } from "../../document/nodes.js";
import type { DrawingIds } from "./drawing-ids.js";
import { docxImage } from "./image.js";
import { STYLE } from "./styles.js";
import { thaiTextRun } from "./thai-run.js";
import { cmToPx } from "./units.js";

export function announcementTitle(node: AnnouncementTitle, ids: DrawingIds): Paragraph[] {
  const emblem = node.emblem;
  const heightPx = cmToPx(ANNOUNCEMENT_EMBLEM_HEIGHT_CM);
  const emblemParagraph = new Paragraph({
    style: STYLE.announcementEmblem,
    children:
      emblem === undefined
        ? []
        : [
            new ImageRun({
              ...docxImage(emblem),
              transformation: { height: heightPx, width: (heightPx * emblem.widthPx) / emblem.heightPx },
              altText: { id: ids.next(), name: "ตราครุฑ", description: "ตราครุฑ" },
            }),
          ],
  });
  return [
    emblemParagraph,
    ...node.lines.map(
      (line) => new Paragraph({ style: STYLE.announcementTitle, children: [thaiTextRun(line)] }),
    ),
    new Paragraph({ style: STYLE.announcementRule, children: [] }),
  ];
}

/** "ประกาศ ณ วันที่ …" on the signature axis, a blank line above it (its style's space before). */
export function dateLine(node: DateLine): Paragraph {
  return new Paragraph({ style: STYLE.announcementDate, children: [thaiTextRun(node.text)] });
}
