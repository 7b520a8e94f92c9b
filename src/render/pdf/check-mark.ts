/**
 * The status tick, drawn as two strokes (Sarabun has no ✓ glyph; the seed typed "/"), centred in
 * a cell whose inner width is `cellWidth`. Two `line` vectors rather than one polyline: when the
 * page-break hook makes pdfmake lay the document out again, it restores the coordinates of lines
 * but not of polyline points, which would otherwise be offset twice.
 */
export function checkMark(cellWidth: number, sizePt: number): object {
  const s = sizePt;
  const stroke = { lineWidth: 1.4, lineCap: "round" };
  const corner = { x: s * 0.35, y: s * 0.9 };
  return {
    canvas: [
      { type: "line", x1: 0, y1: s * 0.55, x2: corner.x, y2: corner.y, ...stroke },
      { type: "line", x1: corner.x, y1: corner.y, x2: s, y2: s * 0.1, ...stroke },
    ],
    margin: [Math.max(0, (cellWidth - s) / 2), 2, 0, 0],
  };
}
