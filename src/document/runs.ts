import type { Digits } from "./digits.js";
import type { Run } from "./nodes.js";

/** Web addresses in running text become links; they stop at whitespace and Thai letters. */
const URL_PATTERN = /https?:\/\/[^\s\u0E00-\u0E7F]+[^\s\u0E00-\u0E7F.,;:!?)\]]/g;

/**
 * Turns a text of the data into runs: whitespace folded (YAML block scalars keep line breaks the
 * writers must not see), digits in the chosen style, web addresses as link runs.
 */
export function toRuns(text: string, digits: Digits, bold = false): Run[] {
  const folded = foldWhitespace(text);
  const runs: Run[] = [];
  let last = 0;
  for (const match of folded.matchAll(URL_PATTERN)) {
    const start = match.index;
    if (start > last) runs.push(styled(digits.text(folded.slice(last, start)), bold));
    runs.push({ ...styled(match[0], bold), link: match[0] });
    last = start + match[0].length;
  }
  if (last < folded.length) runs.push(styled(digits.text(folded.slice(last)), bold));
  return runs;
}

/** Collapses runs of whitespace to one space and trims: the writers break lines themselves. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function styled(text: string, bold: boolean): Run {
  return bold ? { text, bold } : { text };
}
