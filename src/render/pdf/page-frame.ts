import {
  A4_HEIGHT_PT,
  A4_WIDTH_PT,
  COVER_MARGIN_CM,
  MEMO_MARGIN_BOTTOM_CM,
  MEMO_MARGIN_LEFT_CM,
  MEMO_MARGIN_RIGHT_CM,
  MEMO_MARGIN_TOP_LATER_PAGES_CM,
  PAGE_NUMBER_TOP_CM,
  TABLE_MARGIN_CM,
  TABLE_PAGE_NUMBER_TOP_CM,
} from "../../document/layout.js";
import type { Section } from "../../document/nodes.js";
import { cm } from "./units.js";

/** The page geometry of one section, in points. */
export interface PageFrame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  /** Width between the left and right margins. */
  readonly textWidth: number;
  /** Distance of the page number's line from the top edge. */
  readonly pageNumberTop: number;
}

/** Exact A4 (landscape swaps the sides) with the margins of the section's page style. */
export function pageFrame(section: Section): PageFrame {
  const landscape = section.orientation === "landscape";
  const width = landscape ? A4_HEIGHT_PT : A4_WIDTH_PT;
  const height = landscape ? A4_WIDTH_PT : A4_HEIGHT_PT;
  const [left, top, right, bottom, pageNumberTop] = margins(section.layout);
  return { width, height, left, top, right, bottom, textWidth: width - left - right, pageNumberTop };
}

function margins(layout: Section["layout"]): [number, number, number, number, number] {
  switch (layout) {
    case "memo":
      // Page 1's top is set by the emblem (placed absolutely); the flow margin is that of later pages.
      return [
        cm(MEMO_MARGIN_LEFT_CM),
        cm(MEMO_MARGIN_TOP_LATER_PAGES_CM),
        cm(MEMO_MARGIN_RIGHT_CM),
        cm(MEMO_MARGIN_BOTTOM_CM),
        cm(PAGE_NUMBER_TOP_CM),
      ];
    case "cover":
      return [
        cm(COVER_MARGIN_CM),
        cm(COVER_MARGIN_CM),
        cm(COVER_MARGIN_CM),
        cm(COVER_MARGIN_CM),
        cm(PAGE_NUMBER_TOP_CM),
      ];
    case "table":
      return [
        cm(TABLE_MARGIN_CM),
        cm(TABLE_MARGIN_CM),
        cm(TABLE_MARGIN_CM),
        cm(TABLE_MARGIN_CM),
        cm(TABLE_PAGE_NUMBER_TOP_CM),
      ];
  }
}
