import { toThaiDigits } from "../thai/numerals.js";
import { type Line, joinText, splitMarker } from "./cell-lines.js";

/** "N." typed inside a line before the next unit ("๑.สำนักปลัด ๒.กองคลัง"). */
const inlineNext = (n: number): RegExp =>
  new RegExp(`(?<!\\s)\\s+(?:${n}|${toThaiDigits(String(n))})\\.\\s*(?=\\S)`, "u");

/**
 * The responsible units: numbered ("๑.สำนักปลัด ๒.กองคลัง", in one line or one per line),
 * bulleted, or one per line. When the units are numbered, a line without a number continues
 * the unit above (a long name wrapped by Enter).
 */
export function parseResponsible(lines: readonly Line[]): string[] {
  const units: string[] = [];
  const numbered = lines.some((l) => l.marker !== undefined);
  for (const line of lines) {
    if (line.marker === undefined && numbered && units.length > 0) {
      units[units.length - 1] = joinText(units[units.length - 1] ?? "", line.text);
      continue;
    }
    let rest = line.text;
    let next = line.marker?.kind === "step" ? line.marker.n + 1 : 2;
    for (;;) {
      const match = inlineNext(next).exec(rest);
      if (match === null) break;
      units.push(rest.slice(0, match.index).trim());
      rest = splitMarker(rest.slice(match.index).trim()).rest;
      next += 1;
    }
    units.push(rest.trim());
  }
  return units.filter((u) => u !== "");
}
