/**
 * Splits text into runs of one script, for shaping. fontkit shapes a whole string with the
 * script of its first strong character, so "ITAที่" would be shaped as Latin and its tone mark
 * would get the raised (Latin-context) position. Shaping each run on its own gives what
 * HarfBuzz gives. Neutral characters (spaces, digits, punctuation) stay with the run they are
 * in, or open the next one at the start of the text, as in HarfBuzz's script itemisation.
 */

type Script = "thai" | "other" | "neutral";

/** Thai block U+0E00–U+0E7F: letters, vowels, marks and Thai digits are all Thai script. */
const THAI = /[\u0E00-\u0E7F]/u;
/** Letters of any script other than Thai are strong; marks follow their base letter. */
const OTHER_LETTER = /[\p{L}]/u;

function scriptOf(ch: string): Script {
  if (THAI.test(ch)) return "thai";
  if (OTHER_LETTER.test(ch)) return "other";
  return "neutral";
}

/**
 * Cuts `text` where a Thai letter meets a letter of another script; joining the runs gives
 * the input back.
 * @example splitScriptRuns("E-Serviceของ (ITA)ที่") → ["E-Service", "ของ (", "ITA)", "ที่"]
 */
export function splitScriptRuns(text: string): string[] {
  const runs: string[] = [];
  let current = "";
  let currentScript: Script = "neutral";
  for (const ch of text) {
    const script = scriptOf(ch);
    if (script !== "neutral" && currentScript !== "neutral" && script !== currentScript) {
      runs.push(current);
      current = "";
    }
    if (script !== "neutral") currentScript = script;
    current += ch;
  }
  if (current !== "") runs.push(current);
  return runs;
}
