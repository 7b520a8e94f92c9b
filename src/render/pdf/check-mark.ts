import { CHECK_MARK_POINTS, CHECK_MARK_STROKE_PT, CHECK_MARK_TOP_PT } from "../../document/layout.js";

/**
 * The status tick, drawn as two strokes (Sarabun has no ✓ glyph; the seed typed "/"), centred in
 * a cell whose inner width is `cellWidth`. Two `line` vectors rather than one polyline: when the
 * page-break hook makes pdfmake lay the document out again, it restores the coordinates of lines
 * but not of polyline points, which would otherwise be offset twice.
 */
export function checkMark(cellWidth: number, sizePt: number): object {
  const stroke = { lineWidth: CHECK_MARK_STROKE_PT, lineCap: "round" };
  const points = CHECK_MARK_POINTS.map(([x, y]) => ({ x: x * sizePt, y: y * sizePt }));
  return {
    canvas: points.slice(1).map((to, i) => {
      const from = points[i] ?? to;
      return { type: "line", x1: from.x, y1: from.y, x2: to.x, y2: to.y, ...stroke };
    }),
    margin: [Math.max(0, (cellWidth - sizePt) / 2), CHECK_MARK_TOP_PT, 0, 0],
  };
}
