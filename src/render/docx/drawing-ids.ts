/**
 * Drawing ids (`wp:docPr/@id`) numbered per document. docx otherwise takes them from one counter
 * shared by the whole process, so a second render of the same tree would differ in bytes.
 */
export interface DrawingIds {
  next(): string;
}

export function drawingIds(): DrawingIds {
  let last = 0;
  return { next: () => String(++last) };
}
