/**
 * Page geometry of each section layout, in twips: paper size and margins from `layout.ts`, and
 * the text width that tab stops, indents and table columns are measured against.
 */
import {
  A4_HEIGHT_PT,
  A4_WIDTH_PT,
  COVER_MARGIN_CM,
  MEMO_EMBLEM_TOP_CM,
  MEMO_MARGIN_BOTTOM_CM,
  MEMO_MARGIN_LEFT_CM,
  MEMO_MARGIN_RIGHT_CM,
  TABLE_MARGIN_CM,
} from "../../document/layout.js";
import type { Section } from "../../document/nodes.js";
import { cmToTwips, ptToTwips } from "./units.js";

export interface PageGeometry {
  /** Portrait width and height: docx swaps them itself for a landscape section. */
  readonly portraitWidth: number;
  readonly portraitHeight: number;
  readonly landscape: boolean;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
  /** Width between the left and right margins, in the section's orientation. */
  readonly textWidth: number;
  /** Height between the top and bottom margins, in the section's orientation. */
  readonly textHeight: number;
}

export function pageGeometry(section: Pick<Section, "layout" | "orientation">): PageGeometry {
  const portraitWidth = ptToTwips(A4_WIDTH_PT);
  const portraitHeight = ptToTwips(A4_HEIGHT_PT);
  const landscape = section.orientation === "landscape";
  const margins = marginsOf(section.layout);
  const paperWidth = landscape ? portraitHeight : portraitWidth;
  const paperHeight = landscape ? portraitWidth : portraitHeight;
  return {
    portraitWidth,
    portraitHeight,
    landscape,
    ...margins,
    textWidth: paperWidth - margins.left - margins.right,
    textHeight: paperHeight - margins.top - margins.bottom,
  };
}

function marginsOf(layout: Section["layout"]): { top: number; right: number; bottom: number; left: number } {
  switch (layout) {
    case "memo":
      // Page 1 starts at the emblem's top; later pages start lower because the page-number
      // header (see sections.ts) fills the band down to MEMO_MARGIN_TOP_LATER_PAGES_CM.
      return {
        top: cmToTwips(MEMO_EMBLEM_TOP_CM),
        right: cmToTwips(MEMO_MARGIN_RIGHT_CM),
        bottom: cmToTwips(MEMO_MARGIN_BOTTOM_CM),
        left: cmToTwips(MEMO_MARGIN_LEFT_CM),
      };
    case "cover": {
      const margin = cmToTwips(COVER_MARGIN_CM);
      return { top: margin, right: margin, bottom: margin, left: margin };
    }
    case "table": {
      const margin = cmToTwips(TABLE_MARGIN_CM);
      return { top: margin, right: margin, bottom: margin, left: margin };
    }
  }
}
