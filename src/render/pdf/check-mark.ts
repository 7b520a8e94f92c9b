import { CHECK_MARK_POINTS, CHECK_MARK_STROKE_PT, CHECK_MARK_TOP_PT } from "../../document/layout.js";

/**
 * The status tick, drawn as two strokes (Sarabun has no ✓ glyph; the seed typed "/"), centred in
 * a cell whose inner width is `cellWidth`. Two `line` vectors rather than one polyline: when the
 * page-break hook makes pdfmake lay the document out again, it restores the coordinates of lines
 * but not of polyline points, which would otherwise be offset twice.
 */
export function checkMark(cellWidth: number, sizePt: number): object {
  const stroke = { lineWidth: CHECK_MARK_STROKE_PT, lineCap: "round" };
  const [a, b, c] = CHECK_MARK_POINTS.map(([x, y]) => ({ x: x * sizePt, y: y * sizePt }));
  return {
    canvas: [
      { type: "line", x1: a?.x, y1: a?.y, x2: b?.x, y2: b?.y, ...stroke },
      { type: "line", x1: b?.x, y1: b?.y, x2: c?.x, y2: c?.y, ...stroke },
    ],
    margin: [Math.max(0, (cellWidth - sizePt) / 2), CHECK_MARK_TOP_PT, 0, 0],
  };
}
