import { AsyncLocalStorage } from "node:async_hooks";
import { BUILT_IN_WORDS } from "./built-in-words.js";

/**
 * Words no line may break inside, on top of ICU's dictionary: the built-in corrections and the
 * words one document adds (the names its data gives, the agency's own list). A lexicon only
 * removes break opportunities: ICU boundaries strictly inside an occurrence of one of its words
 * are dropped, boundaries at its edges are kept as ICU found them, none is added.
 */
export class Lexicon {
  /** Longest first, so that at one position the longest word wins. */
  readonly words: readonly string[];
  readonly pattern: RegExp | undefined;
  /**
   * The document's own words (names from the data, the agency's list) among `words`: never
   * broken. The others are corrections of ICU's dictionary, compounds of two dictionary words
   * ("งบ|ประมาณ"), which a line may still break as a last resort (see `compoundBreaks`).
   */
  readonly own: Lexicon | undefined;

  constructor(words: Iterable<string>, own: readonly string[] = []) {
    const unique = [...new Set([...words].map((w) => w.trim()).filter((w) => w.length > 1))];
    this.words = unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.pattern =
      this.words.length === 0 ? undefined : new RegExp(this.words.map(escapeRegExp).join("|"), "gu");
    this.own = own.length === 0 ? undefined : new Lexicon(own);
  }

  /** [start, end) of every occurrence of a word in `text`, leftmost first, longest at a position. */
  spans(text: string): [number, number][] {
    if (this.pattern === undefined) return [];
    return Array.from(text.matchAll(this.pattern), (m) => [m.index, m.index + m[0].length]);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** The built-in corrections alone: what segmentation uses outside any document. */
export const BUILT_IN_LEXICON = new Lexicon(BUILT_IN_WORDS);

const lexicons = new Map<string, Lexicon>();

/**
 * The lexicon of a document: the built-in corrections plus `words`. The same words give the
 * same object, so the segmentation caches keyed by lexicon are shared by every layout pass.
 */
export function lexiconWith(words: readonly string[] = []): Lexicon {
  if (words.length === 0) return BUILT_IN_LEXICON;
  const key = [...new Set(words)].sort().join("\n");
  let lexicon = lexicons.get(key);
  if (lexicon === undefined) {
    lexicon = new Lexicon([...BUILT_IN_WORDS, ...words], words);
    lexicons.set(key, lexicon);
  }
  return lexicon;
}

const current = new AsyncLocalStorage<Lexicon>();

/**
 * Runs `work` (and everything it awaits) with `lexicon` as the one segmentation uses: a writer
 * wraps its whole run in it, so every text it lays out, in every layout pass, is segmented
 * with its document's words without passing them through each function on the way.
 */
export function withLexicon<T>(lexicon: Lexicon, work: () => T): T {
  return current.run(lexicon, work);
}

/** The lexicon in force: the one a writer set, else the built-in corrections. */
export function currentLexicon(): Lexicon {
  return current.getStore() ?? BUILT_IN_LEXICON;
}
