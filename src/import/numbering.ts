import { toThaiDigits } from "../thai/numerals.js";
import { child, childVal, childrenNamed, type XmlElement } from "./xml.js";

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

interface NumInstance {
  readonly abstractId: string;
  readonly starts: ReadonlyMap<number, number>;
  /** Levels the list defines for itself (w:lvlOverride/w:lvl), over its abstract definition's. */
  readonly levels: readonly (Level | undefined)[];
}

/** A level definition (w:lvl). */
function levelOf(lvl: XmlElement): Level {
  return {
    start: Number(childVal(lvl, "w:start") ?? "1"),
    format: childVal(lvl, "w:numFmt") ?? "decimal",
    text: childVal(lvl, "w:lvlText") ?? "",
  };
}

/** What Word shows before a paragraph of an automatic list: "๑.", "(2)", "1.1", or a bullet. */
export interface ListLabel {
  readonly text: string;
  readonly level: number;
  readonly bullet: boolean;
  /** The level's counter (3 for "c." or "๓."); 0 for a bullet. */
  readonly value: number;
}

const THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";
/** Word levels 0–8. */
const LEVELS = 9;

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let out = "";
  let rest = n;
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

function letters(n: number, alphabet: string): string {
  const size = alphabet.length;
  const letter = alphabet[(n - 1) % size] ?? "";
  return letter.repeat(Math.floor((n - 1) / size) + 1);
}

/** A counter in a level's number format (ST_NumberFormat), as Word draws it. */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case "thaiNumbers":
      return toThaiDigits(String(n));
    case "thaiLetters":
      return letters(n, THAI_LETTERS);
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "upperLetter":
      return letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "decimalZero":
      return String(n).padStart(2, "0");
    case "none":
      return "";
    default:
      return String(n);
  }
}

/**
 * Word's automatic numbering (numbering.xml), computed as Word shows it: a counter per list and
 * level, deeper levels restarting when a shallower one advances, `w:lvlText` ("%1.", "(%2)",
 * "%1.%2") filled with each level's counter in its own format. Lists that share an abstract
 * definition without restarting continue one another, as in Word.
 */
export class Numbering {
  private readonly abstracts = new Map<string, Level[]>();
  private readonly nums = new Map<string, NumInstance>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: XmlElement | undefined) {
    if (xml === undefined) return;
    const abstracts = childrenNamed(xml, "w:abstractNum");
    // A list style: the definition that names it (w:styleLink) holds the levels; the ones that
    // use it (w:numStyleLink) have none of their own.
    const byStyle = new Map<string, XmlElement>();
    for (const abstract of abstracts) {
      const style = childVal(abstract, "w:styleLink");
      if (style !== undefined && childrenNamed(abstract, "w:lvl").length > 0) byStyle.set(style, abstract);
    }
    for (const abstract of abstracts) {
      const linked = childVal(abstract, "w:numStyleLink");
      const source = (linked === undefined ? undefined : byStyle.get(linked)) ?? abstract;
      const levels: Level[] = [];
      for (const lvl of childrenNamed(source, "w:lvl"))
        levels[Number(lvl.attrs["w:ilvl"] ?? "0")] = levelOf(lvl);
      this.abstracts.set(abstract.attrs["w:abstractNumId"] ?? "", levels);
    }
    for (const num of childrenNamed(xml, "w:num")) {
      const starts = new Map<number, number>();
      const levels: (Level | undefined)[] = [];
      for (const override of childrenNamed(num, "w:lvlOverride")) {
        const ilvl = Number(override.attrs["w:ilvl"] ?? "0");
        const start = childVal(override, "w:startOverride");
        const lvl = child(override, "w:lvl");
        // A level redefined in the list itself (Word 97–2003 "restart numbering", kept in
        // converted files) restarts at its own start.
        if (lvl !== undefined) levels[ilvl] = levelOf(lvl);
        const restart = start ?? (lvl === undefined ? undefined : String(levelOf(lvl).start));
        if (restart !== undefined) starts.set(ilvl, Number(restart));
      }
      this.nums.set(num.attrs["w:numId"] ?? "", {
        abstractId: childVal(num, "w:abstractNumId") ?? "",
        starts,
        levels,
      });
    }
  }

  /** The label of the next paragraph of list `numId` at `level`; undefined for "no list" (numId 0). */
  next(numId: string, level: number): ListLabel | undefined {
    const num = this.nums.get(numId);
    if (num === undefined) return undefined;
    const abstractLevels = this.abstracts.get(num.abstractId) ?? [];
    const levels = Array.from({ length: LEVELS }, (_, l) => num.levels[l] ?? abstractLevels[l]);
    const lvl = levels[level];
    if (lvl === undefined) return undefined;
    if (lvl.format === "bullet") return { text: lvl.text, level, bullet: true, value: 0 };
    // No number but a sign ("→", "*"): drawn as a bullet is (LibreOffice writes such levels).
    if (lvl.format === "none" && !/%[1-9]/u.test(lvl.text) && lvl.text.trim() !== "") {
      return { text: lvl.text, level, bullet: true, value: 0 };
    }
    const key = num.starts.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`;
    let counts = this.counters.get(key);
    if (counts === undefined) {
      counts = Array.from({ length: LEVELS }, () => 0);
      this.counters.set(key, counts);
    }
    const startOf = (l: number): number => num.starts.get(l) ?? levels[l]?.start ?? 1;
    counts[level] = (counts[level] ?? 0) === 0 ? startOf(level) : (counts[level] ?? 0) + 1;
    for (let deeper = level + 1; deeper < LEVELS; deeper += 1) counts[deeper] = 0;
    const text = lvl.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const value = (counts[l] ?? 0) === 0 ? startOf(l) : (counts[l] ?? 0);
      return formatNumber(value, levels[l]?.format ?? "decimal");
    });
    return { text, level, bullet: false, value: counts[level] ?? 0 };
  }
}

/** `w:numPr` of a paragraph or style: list and level, when the paragraph is in a list. */
export function numPrOf(pPr: XmlElement | undefined): { numId: string; level: number } | undefined {
  const numPr = child(pPr, "w:numPr");
  if (numPr === undefined) return undefined;
  const numId = childVal(numPr, "w:numId");
  if (numId === undefined) return undefined;
  return { numId, level: Number(childVal(numPr, "w:ilvl") ?? "0") };
}
