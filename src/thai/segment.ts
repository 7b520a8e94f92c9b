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
import { BUILT_IN_LEXICON, currentLexicon, type Lexicon } from "./lexicon.js";

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
 * dependent vowel or tone mark, or ends with a leading vowel. A word of the lexicon (built-in
 * corrections of ICU's dictionary, and the words a writer's document adds, see lexicon.ts) is
 * never split: ICU's boundaries inside it are dropped.
 * @example segmentThai("ปีงบประมาณ พ.ศ. ๒๕๖๘") → ["ปีงบประมาณ", " ", "พ.ศ. ๒๕๖๘"]
 */
export function segmentThai(text: string, lexicon: Lexicon = currentLexicon()): string[] {
  let byText = segmentsByLexicon.get(lexicon);
  if (byText === undefined) {
    byText = new Map();
    segmentsByLexicon.set(lexicon, byText);
  }
  let segments = byText.get(text);
  if (segments === undefined) {
    segments = glue(joinLexiconWords(tokenize(text), lexicon.spans(text)));
    byText.set(text, segments);
  }
  return [...segments];
}

/**
 * Segments by lexicon and text: the writers ask for the same texts many times (every layout
 * pass of the report PDF, the DOCX row measuring) and ICU segmentation is the costly part.
 * Segments depend on the text and the lexicon alone; the cache grows with the distinct texts
 * of the data of one process.
 */
const segmentsByLexicon = new WeakMap<Lexicon, Map<string, readonly string[]>>();

/**
 * Offsets strictly inside segments of `segmentThai(text, lexicon)` where a compound of the
 * built-in corrections may still end a line, as a last resort: between its dictionary words
 * ("งบ|ประมาณ", "เจ้า|หน้าที่", "รับ|ผิด|ชอบ"), as ICU splits the compound written alone; a
 * compound ICU keeps whole alone ("กระทำ", "วัฒนธรรม") never breaks. The PDF
 * engine breaks there only when keeping the compound whole would leave the line far from full
 * (see pdfkit-thai-fixes.ts). Never inside the document's own words.
 */
export function compoundBreaks(text: string, lexicon: Lexicon = currentLexicon()): number[] {
  const spans = BUILT_IN_LEXICON.spans(text);
  if (spans.length === 0) return [];
  const own = insideSpans(lexicon.own?.spans(text) ?? []);
  const segmentEnds = new Set<number>();
  let end = 0;
  for (const segment of segmentThai(text, lexicon)) segmentEnds.add((end += segment.length));
  const out: number[] = [];
  for (const [start, stop] of spans) {
    for (const inner of innerBoundaries(text.slice(start, stop))) {
      const at = start + inner;
      if (!own.has(at) && !segmentEnds.has(at)) out.push(at);
    }
  }
  return out;
}

const innerBoundariesByCompound = new Map<string, readonly number[]>();

/** ICU's boundaries inside `compound` written alone; none when ICU keeps it whole. */
function innerBoundaries(compound: string): readonly number[] {
  let inner = innerBoundariesByCompound.get(compound);
  if (inner === undefined) {
    inner = Array.from(segmenter.segment(compound), (s) => s.index).filter((i) => i > 0);
    innerBoundariesByCompound.set(compound, inner);
  }
  return inner;
}

function insideSpans(spans: readonly [number, number][]): Set<number> {
  const inside = new Set<number>();
  for (const [start, end] of spans) for (let i = start + 1; i < end; i++) inside.add(i);
  return inside;
}

/** Tokens joined wherever their boundary falls strictly inside one of `spans`. */
function joinLexiconWords(tokens: readonly string[], spans: readonly [number, number][]): string[] {
  if (spans.length === 0) return [...tokens];
  const inside = new Set<number>();
  for (const [start, end] of spans) for (let i = start + 1; i < end; i++) inside.add(i);
  const out: string[] = [];
  let offset = 0;
  for (const token of tokens) {
    const last = out.length - 1;
    if (last >= 0 && inside.has(offset)) out[last] = `${out[last] ?? ""}${token}`;
    else out.push(token);
    offset += token.length;
  }
  return out;
}

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
