import { LEADER_DOT_GAP_PT, LEADER_DOT_SIZE_PT } from "../../document/layout.js";

/** A pdfmake canvas line. */
export interface CanvasLine {
  type: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth: number;
  lineCap: "round";
  dash: { length: number; space: number };
}

/**
 * A row of round dots (จุดไข่ปลา) drawn as a vector line: a near-zero dash with round caps. Drawn,
 * not typed, so copying or searching the memo never picks up rows of "." characters.
 */
export function dottedLine(x1: number, x2: number, y: number): CanvasLine {
  return {
    type: "line",
    x1,
    y1: y,
    x2,
    y2: y,
    lineWidth: LEADER_DOT_SIZE_PT,
    lineCap: "round",
    dash: { length: 0.01, space: LEADER_DOT_GAP_PT + LEADER_DOT_SIZE_PT },
  };
}
