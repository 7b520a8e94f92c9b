import { toThaiDigits } from "../thai/numerals.js";
import { type Line, type Marker, joinText, splitMarker } from "./cell-lines.js";
import type { ImportNote } from "./notes.js";

/** A sub-item, with its own sub-items one level in. */
interface ItemBuild {
  text: string;
  items: string[];
  lastNested: number;
}

interface StepBuild {
  n: number;
  explicitNo: boolean;
  text: string;
  itemsFrom: number;
  lastItem: number;
  items: ItemBuild[];
  bullets: string[];
  numbered: boolean;
}

/** A step as the measure file writes it (the model's input form). */
export type StepValue =
  | string
  | {
      no?: number;
      text?: string;
      itemsFrom?: number;
      items?: (string | { text: string; items: string[] })[];
      bullets?: string[];
    };

/** Where the next line without a marker goes. */
type Open = "step" | "item" | "nested" | "bullet" | "none";

/** The pattern of `n` as typed, in Arabic or Thai digits. */
const digitsOf = (n: number): string => `(?:${n}|${toThaiDigits(String(n))})`;

/** White space then a number, or "(" and a number: where a marker typed inside a line can be. */
const MAYBE_INLINE_MARKER = /\s\(?[0-9\u0E50-\u0E59]/u;

/** The inline markers' patterns, compiled once each (a cell may have thousands of lines). */
const inlinePatterns = new Map<string, RegExp>();
function inlinePattern(source: string): RegExp {
  let pattern = inlinePatterns.get(source);
  if (pattern === undefined) {
    pattern = new RegExp(source, "u");
    inlinePatterns.set(source, pattern);
  }
  return pattern;
}

/**
 * The steps cell: "๑." steps, "(๑)" or "๑.๑" sub-items, "(๑)" lists restarting under a sub-item
 * (one level further in), "-" bullets, and lines without a marker that continue the line above.
 * Markers typed inside one paragraph ("๑. … ๒. …", "ดังนี้ (๑) … (๒) …") are split at the number
 * expected next, so a cell typed as one paragraph reads as one typed line by line.
 */
export function parseSteps(lines: readonly Line[], notes: ImportNote[]): StepValue[] {
  const steps: StepBuild[] = [];
  let open: Open = "none";
  let unnumbered = 0;
  let jumps = 0;
  /**
   * Where in the open text a marker typed inline may still be: text already searched is not
   * searched again when a line is appended (a cell of thousands of unmarked lines stays linear).
   */
  let searchFrom = 0;
  const current = (): StepBuild | undefined => steps[steps.length - 1];

  const newStep = (n: number | undefined, text: string): void => {
    const expected = (current()?.n ?? 0) + 1;
    const no = n ?? expected;
    if (n === undefined) unnumbered += 1;
    steps.push({
      n: no,
      explicitNo: no !== expected,
      text,
      itemsFrom: 1,
      lastItem: 0,
      items: [],
      bullets: [],
      numbered: n !== undefined,
    });
    open = "step";
    searchFrom = 0;
  };

  const addItem = (marker: Extract<Marker, { kind: "sub" }>, text: string): void => {
    let step = current();
    if (step === undefined) {
      newStep(marker.parent, "");
      step = current() as StepBuild;
    }
    const last = step.items[step.items.length - 1];
    const nestedByLevel = marker.depth !== undefined && marker.depth >= 2;
    const restarts = marker.depth === undefined && marker.n === 1 && last !== undefined && open !== "nested";
    const continuesNested = open === "nested" && last !== undefined && marker.n === last.lastNested + 1;
    if (last !== undefined && (nestedByLevel || restarts || continuesNested)) {
      last.items.push(text);
      last.lastNested = marker.n;
      open = "nested";
      searchFrom = 0;
      return;
    }
    if (step.items.length === 0) step.itemsFrom = marker.n;
    else if (marker.n !== step.lastItem + 1) jumps += 1;
    step.items.push({ text, items: [], lastNested: 0 });
    step.lastItem = marker.n;
    open = "item";
    searchFrom = 0;
  };

  const appendText = (text: string): void => {
    const step = current();
    if (step === undefined) return;
    // The join point: joinText drops the white space at the end of the text before it.
    searchFrom = openText()?.get().trimEnd().length ?? 0;
    const item = step.items[step.items.length - 1];
    if (open === "nested" && item !== undefined && item.items.length > 0) {
      item.items[item.items.length - 1] = joinText(item.items[item.items.length - 1] ?? "", text);
    } else if (open === "item" && item !== undefined) item.text = joinText(item.text, text);
    else if (open === "bullet" && step.bullets.length > 0) {
      step.bullets[step.bullets.length - 1] = joinText(step.bullets[step.bullets.length - 1] ?? "", text);
    } else step.text = joinText(step.text, text);
  };

  /** The text the last line went to, to read and to cut. */
  const openText = (): { get: () => string; set: (t: string) => void } | undefined => {
    const step = current();
    if (step === undefined) return undefined;
    const item = step.items[step.items.length - 1];
    if (open === "nested" && item !== undefined && item.items.length > 0) {
      const at = item.items.length - 1;
      return { get: () => item.items[at] ?? "", set: (t) => (item.items[at] = t) };
    }
    if (open === "item" && item !== undefined) return { get: () => item.text, set: (t) => (item.text = t) };
    if (open === "bullet" && step.bullets.length > 0) {
      const at = step.bullets.length - 1;
      return { get: () => step.bullets[at] ?? "", set: (t) => (step.bullets[at] = t) };
    }
    return { get: () => step.text, set: (t) => (step.text = t) };
  };

  /** Cuts the open text before the marker expected next inside it; returns what follows. */
  const cutInline = (): string | undefined => {
    const step = current();
    const target = openText();
    if (step === undefined || target === undefined) return undefined;
    const text = target.get();
    const searched = text.slice(searchFrom);
    if (!MAYBE_INLINE_MARKER.test(searched)) return undefined;
    const candidates = [
      inlinePattern(`\\s${digitsOf(step.n + 1)}\\.\\s*(?=\\S)`),
      inlinePattern(`\\s\\(${digitsOf(step.lastItem + 1)}\\)\\s*(?=\\S)`),
    ];
    const last = step.items[step.items.length - 1];
    if (last !== undefined) {
      candidates.push(inlinePattern(`\\s\\(${digitsOf(last.lastNested + 1)}\\)\\s*(?=\\S)`));
    }
    let best: number | undefined;
    for (const pattern of candidates) {
      const found = pattern.exec(searched);
      const match = found === null ? null : { index: found.index + searchFrom };
      // Only a cut before a marker the line reader knows makes progress ("1000." is none: a
      // number of four digits would be appended back to the text it was cut from, forever).
      if (match === null || splitMarker(text.slice(match.index + 1).trim()).marker === undefined) continue;
      if (best === undefined || match.index < best) best = match.index;
    }
    if (best === undefined) return undefined;
    target.set(text.slice(0, best).trim());
    return text.slice(best + 1);
  };

  /** Puts a line (or a part of one cut at a marker) where its marker says. */
  const place = (marker: Marker | undefined, rawText: string, startsParagraph: boolean): void => {
    const text = rawText.trim();
    if (marker === undefined) {
      if (
        current() === undefined ||
        (!(current() as StepBuild).numbered && startsParagraph && open === "step")
      ) {
        newStep(undefined, text);
      } else appendText(text);
    } else if (marker.kind === "step") {
      // "๖. (๓) …": a step whose own text is missing, its surviving sub-items right after the number.
      const inner = splitMarker(text);
      if (inner.marker?.kind === "sub" && inner.marker.parent === undefined) {
        newStep(marker.n, "");
        place(inner.marker, inner.rest, true);
        return;
      }
      newStep(marker.n, text);
    } else if (marker.kind === "sub") addItem(marker, text);
    else if (current() === undefined || !(current() as StepBuild).numbered) newStep(undefined, text);
    else {
      (current() as StepBuild).bullets.push(text);
      open = "bullet";
      searchFrom = 0;
    }
  };

  /** A line, then the markers typed on inside it, one after another (a loop: no deep recursion). */
  const handle = (marker: Marker | undefined, rawText: string, startsParagraph: boolean): void => {
    place(marker, rawText, startsParagraph);
    for (let tail = cutInline(); tail !== undefined; tail = cutInline()) {
      const split = splitMarker(tail.trim());
      place(split.marker, split.rest, true);
    }
  };

  for (const line of lines) handle(line.marker, line.text, line.startsParagraph);

  if (unnumbered > 0) notes.push({ code: "import.note.unnumbered-steps", params: { count: unnumbered } });
  if (jumps > 0) notes.push({ code: "import.note.numbering-jump", params: { count: jumps } });
  return steps.map((step, index) => {
    const text = step.text.trim();
    if (text === "" && step.items.length === 0 && step.bullets.length === 0) {
      notes.push({ code: "import.note.step-without-text", params: { no: step.n }, path: ["steps", index] });
    }
    const items = step.items.map((item) =>
      item.items.length === 0
        ? item.text.trim()
        : { text: item.text.trim(), items: item.items.map((s) => s.trim()) },
    );
    if (
      !step.explicitNo &&
      step.itemsFrom === 1 &&
      items.length === 0 &&
      step.bullets.length === 0 &&
      text !== ""
    ) {
      return text;
    }
    return {
      ...(step.explicitNo ? { no: step.n } : {}),
      ...(text === "" ? {} : { text }),
      ...(step.itemsFrom !== 1 && items.length > 0 ? { itemsFrom: step.itemsFrom } : {}),
      ...(items.length > 0 ? { items } : {}),
      ...(step.bullets.length > 0 ? { bullets: step.bullets.map((b) => b.trim()) } : {}),
    };
  });
}
