import { segmentThai } from "../../thai/segment.js";

/**
 * Greedy line breaking between the words `segmentThai` finds (the same boundaries the engine
 * gives pdfmake), for the few places the writer must know its lines before pdfmake does: the
 * memo header fields, which draw dots under every line. `available(i)` is the width of line i;
 * spaces at line ends are dropped; a word longer than a line stays whole on its own line.
 */
export function wrapText(
  text: string,
  available: (line: number) => number,
  width: (s: string) => number,
): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of segmentThai(text)) {
    if (current.trim() === "") {
      current = word.trimStart();
    } else if (width((current + word).trimEnd()) <= available(lines.length)) {
      current += word;
    } else {
      lines.push(current.trimEnd());
      current = word.trimStart();
    }
  }
  if (current.trim() !== "" || lines.length === 0) lines.push(current.trimEnd());
  return lines;
}
