import { segmentThai } from "../../thai/segment.js";

/**
 * Greedy line breaking between the words `segmentThai` finds (the same boundaries the engine
 * gives pdfmake), for the few places the writer must know its lines before pdfmake does: the
 * memo header fields, which draw dots under every line. `available(i)` is the width of line i;
 * spaces at line ends are dropped; a word longer than a line stays whole on its own line.
 * With `maxLines`, the text after that many lines is not broken: it is returned whole as one
 * more line (each line is measured word by word, so this saves most of the measuring of a long
 * paragraph of which only the first line matters).
 */
export function wrapText(
  text: string,
  available: (line: number) => number,
  width: (s: string) => number,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let current = "";
  let offset = 0;
  for (const word of segmentThai(text)) {
    if (current.trim() === "") {
      current = word.trimStart();
    } else if (width((current + word).trimEnd()) <= available(lines.length)) {
      current += word;
    } else {
      lines.push(current.trimEnd());
      if (lines.length >= maxLines) {
        lines.push(text.slice(offset).trim());
        return lines;
      }
      current = word.trimStart();
    }
    offset += word.length;
  }
  if (current.trim() !== "" || lines.length === 0) lines.push(current.trimEnd());
  return lines;
}
