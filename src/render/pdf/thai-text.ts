import type { Run } from "../../document/nodes.js";
import { thaiInlines } from "./engine/index.js";

/** The style one stretch of text carries into pdfmake. */
export interface InlineStyle {
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly link?: string;
}

/**
 * Every string this writer puts on a page goes through here (or `runInlines`), so the Thai
 * engine's line-break points between words are applied in exactly one place.
 */
export function thaiText(text: string, style: InlineStyle = {}): object[] {
  return thaiInlines(text, style);
}

/** The runs of a paragraph as pdfmake inlines, each run's bold and link kept; words found across runs. */
export function runInlines(runs: readonly Run[], style: InlineStyle = {}): object[] {
  return thaiInlines(runs, style);
}
