/**
 * Greedy line breaking at word boundaries (Intl.Segmenter's Thai dictionary), for the few places
 * the writer must know its lines before pdfmake does: the memo header fields, which draw dots
 * under every line. `available(i)` is the width of line i; spaces at line ends are dropped.
 */
export function wrapText(
  text: string,
  available: (line: number) => number,
  width: (s: string) => number,
): string[] {
  const words = [...new Intl.Segmenter("th", { granularity: "word" }).segment(text)].map((s) => s.segment);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const candidate = current + word;
    if (current.trim() === "" || width(candidate.trimEnd()) <= available(lines.length)) {
      current = current.trim() === "" ? word.trimStart() : candidate;
      continue;
    }
    lines.push(current.trimEnd());
    current = word.trimStart();
  }
  if (current.trim() !== "" || lines.length === 0) lines.push(current.trimEnd());
  return lines;
}
