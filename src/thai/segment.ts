import {
  CLOSING,
  DASH,
  DEPENDENT_START,
  ERA_END,
  LEADING_VOWEL_END,
  MAI_YAMOK,
  NUMBER,
  OPENING,
  PROTECTED,
  SPACE,
  STRAIGHT_QUOTE,
} from "./glue-rules.js";

const LATIN_END = /[A-Za-z]$/u;
const LATIN_START = /^[A-Za-z]/u;
const THAI_END = /[\u0E01-\u0E4E]$/u;
const THAI_START = /^[\u0E01-\u0E4E]/u;

/** ICU's Thai dictionary (full ICU ships with Node 20): good word boundaries for running text. */
const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/**
 * Splits text into word segments for line breaking: a line may break between two segments,
 * never inside one. Whitespace runs are segments of their own. Joining the segments gives the
 * input back exactly.
 *
 * ICU's dictionary segmentation is corrected by glue rules: punctuation stays with the word
 * before it and opening brackets/quotes with the word after; ๆ stays with its word (even after
 * a space, "ต่าง ๆ"); URLs, e-mail addresses, numbers, dotted abbreviations ("พ.ศ.", "อ.บ.ต.")
 * and Latin words ("E-Service", "Don't") are never split, nor parted from a Thai word they touch
 * ("ITAที่"); an era stays with its year ("พ.ศ. ๒๕๖๘"); and no segment starts with a
 * dependent vowel or tone mark, or ends with a leading vowel.
 * @example segmentThai("ปีงบประมาณ พ.ศ. ๒๕๖๘") → ["ปีงบ", "ประมาณ", " ", "พ.ศ. ๒๕๖๘"]
 */
export function segmentThai(text: string): string[] {
  let segments = segmentsByText.get(text);
  if (segments === undefined) {
    segments = glue(tokenize(text));
    segmentsByText.set(text, segments);
  }
  return [...segments];
}

/**
 * Segments by text: the writers ask for the same texts many times (every layout pass of the
 * report PDF, the DOCX row measuring) and ICU segmentation is the costly part. Segments depend
 * on the text alone; the cache grows with the distinct texts of the data of one process.
 */
const segmentsByText = new Map<string, readonly string[]>();

/** Protected spans whole, the text between them by ICU. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    const start = match.index;
    if (start > last) tokens.push(...icuWords(text.slice(last, start)));
    tokens.push(match[0]);
    last = start + match[0].length;
  }
  if (last < text.length) tokens.push(...icuWords(text.slice(last)));
  return tokens;
}

function icuWords(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

function glue(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let pendingOpen = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    const prev = out[out.length - 1];
    if (SPACE.test(token)) {
      // "คำ ๆ": the space before mai yamok joins the word too.
      const next = tokens[i + 1];
      if (prev !== undefined && next !== undefined && next.startsWith(MAI_YAMOK) && pendingOpen === "") {
        out[out.length - 1] = prev + token;
        continue;
      }
      // "A - B": a dash between spaces ends the line with A, never starts one.
      const afterNext = tokens[i + 2];
      if (
        prev !== undefined &&
        !SPACE.test(prev) &&
        next !== undefined &&
        DASH.test(next) &&
        (afterNext === undefined || SPACE.test(afterNext)) &&
        pendingOpen === ""
      ) {
        out[out.length - 1] = prev + token + next;
        i++;
        continue;
      }
      // "พ.ศ. ๒๕๖๘": an era and its year stay together across the space.
      if (
        prev !== undefined &&
        next !== undefined &&
        ERA_END.test(prev) &&
        NUMBER.test(next) &&
        pendingOpen === ""
      ) {
        out[out.length - 1] = prev + token + next;
        i++;
        continue;
      }
      flushOpen();
      out.push(token);
      continue;
    }
    if (isOpening(token, tokens[i - 1], tokens[i + 1])) {
      pendingOpen += token;
      continue;
    }
    const text = pendingOpen + token;
    pendingOpen = "";
    const attaches =
      prev !== undefined &&
      !SPACE.test(prev) &&
      (CLOSING.test(text) ||
        isClosingQuote(text, tokens[i - 1]) ||
        DEPENDENT_START.test(text) ||
        LEADING_VOWEL_END.test(prev));
    const afterSpaceYamok = prev !== undefined && text.startsWith(MAI_YAMOK) && /\s$/u.test(prev);
    const scriptJoin = prev !== undefined && joinsScripts(prev, text);
    const eraYear = prev !== undefined && ERA_END.test(prev) && NUMBER.test(text);
    if (attaches || afterSpaceYamok || scriptJoin || eraYear) out[out.length - 1] = prev + text;
    else out.push(text);
  }
  flushOpen();
  return out;

  function flushOpen(): void {
    if (pendingOpen === "") return;
    // An opening bracket with nothing after it: keep it with the word before.
    const prev = out[out.length - 1];
    if (prev !== undefined && !SPACE.test(prev)) out[out.length - 1] = prev + pendingOpen;
    else out.push(pendingOpen);
    pendingOpen = "";
  }
}

/**
 * Opening brackets; and a straight quote or a dash that follows a space (or starts the text)
 * and precedes a word: "คำ" opens a quotation, "- ข้อ" / "-ประชาชน" is a list dash.
 */
function isOpening(token: string, before: string | undefined, after: string | undefined): boolean {
  if (OPENING.test(token)) return true;
  return (
    (STRAIGHT_QUOTE.test(token) || DASH.test(token)) &&
    (before === undefined || SPACE.test(before) || OPENING.test(before)) &&
    after !== undefined &&
    !SPACE.test(after)
  );
}

/**
 * A Latin word written against a Thai word with no space ("ITAที่", "E-Serviceของ", "ระบบE-Service")
 * stays one segment: the writer joined them, and ICU does not separate them either.
 */
function joinsScripts(before: string, after: string): boolean {
  return (
    (LATIN_END.test(before) && THAI_START.test(after)) || (THAI_END.test(before) && LATIN_START.test(after))
  );
}

function isClosingQuote(token: string, before: string | undefined): boolean {
  return STRAIGHT_QUOTE.test(token) && before !== undefined && !SPACE.test(before);
}
