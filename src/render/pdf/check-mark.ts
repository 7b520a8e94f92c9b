import { CHECK_MARK_SIZE_PT } from "../../document/layout.js";

/**
 * The status tick, drawn as two strokes (Sarabun has no ✓ glyph; the seed typed "/"), centred in
 * a cell whose inner width is `cellWidth`.
 */
export function checkMark(cellWidth: number): object {
  const s = CHECK_MARK_SIZE_PT;
  return {
    canvas: [
      {
        type: "polyline",
        points: [
          { x: 0, y: s * 0.55 },
          { x: s * 0.35, y: s * 0.9 },
          { x: s, y: s * 0.1 },
        ],
        lineWidth: 1.4,
        lineCap: "round",
        lineJoin: "round",
      },
    ],
    margin: [Math.max(0, (cellWidth - s) / 2), 2, 0, 0],
  };
}
