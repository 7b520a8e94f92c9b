/**
 * A signature line ("(name)", a position) wider than its column, broken at its spaces only: a
 * clerk types "ผู้อำนวยการกองวิชาการและแผนงาน ปฏิบัติราชการแทนปลัดเทศบาล" on one line and
 * "ปฏิบัติราชการแทนนายกเทศมนตรีตำบลบ้านฉาง" on the next, each title whole; a dictionary break
 * would cut "ปฏิบัติ|ราชการแทน…" at the line's end. Greedy: as many space-separated parts on a
 * line as fit within `maxWidth` (measured by `width`); a part wider than the column alone stays
 * whole on its own line, for the writer to break as any text. Spaces inside a line are kept.
 */
export function breakAtSpaces(line: string, maxWidth: number, width: (text: string) => number): string[] {
  if (width(line) <= maxWidth) return [line];
  const parts = line.split(/ +/u).filter((part) => part !== "");
  const lines: string[] = [];
  let current = "";
  for (const part of parts) {
    const joined = current === "" ? part : `${current} ${part}`;
    if (current !== "" && width(joined) > maxWidth) {
      lines.push(current);
      current = part;
    } else {
      current = joined;
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}
