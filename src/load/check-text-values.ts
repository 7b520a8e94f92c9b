import { isPair, isScalar, isSeq, type Scalar, visit } from "yaml";
import type { MessageParam } from "../errors.js";
import type { MessageCode } from "../i18n/catalog.js";
import type { PathSegment } from "./format-path.js";
import type { ParsedYaml } from "./parse-yaml.js";
import { hasDecomposedSaraAm, impossibleThaiSequence, normalizeThai } from "../thai/normalize.js";

/** C0 and C1 control characters except tab, line feed and carriage return, and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Bidi embeddings, overrides, isolates and marks (Unicode UAX #9): invisible, reorder text. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/**
 * Characters every Sarabun face has, checked without opening the fonts: printable ASCII, the
 * assigned Thai block, the typographic punctuation of Thai documents (curly quotes, dashes, …,
 * bullet), and the format characters the model strips or the writers drop. Anything else is
 * looked up in the fonts, which are then opened (fontkit, ~0.1 s), so `validate` stays quick.
 */
const SURELY_PRINTABLE =
  /[\u0020-\u007E\u0E01-\u0E3A\u0E3F-\u0E5B\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\n\r\t\u00A0\u00AD\u200B-\u200D\u2060\uFEFF]/u;

/**
 * Longest text value accepted, in characters. The longest text of the 2568 report is about 600
 * characters; 5,000 is two pages of a table cell. Far longer text is a pasting accident, and
 * laying out megabytes of Thai in one cell would keep the PDF writer busy for many minutes.
 */
export const MAX_TEXT_CHARS = 5000;

type Report = (
  code: MessageCode,
  params: Readonly<Record<string, MessageParam>>,
  where: { path: PathSegment[]; line: number; col: number },
) => void;

const codePointOf = (ch: string): string =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

let fontCheck: Promise<(ch: string) => boolean> | undefined;

/** Whether Sarabun (regular and bold) can draw `ch`; the fonts are opened only when needed. */
function printable(): Promise<(ch: string) => boolean> {
  fontCheck ??= import("../render/pdf/engine/fonts.js").then(({ missingGlyphs }) => {
    const known = new Map<string, boolean>();
    return (ch) => {
      let ok = known.get(ch);
      if (ok === undefined) {
        ok = missingGlyphs(ch).length === 0 && missingGlyphs(ch, true).length === 0;
        known.set(ch, ok);
      }
      return ok;
    };
  });
  return fontCheck;
}

/** The field path of a scalar from the ancestors yaml's visitor gives (values only). */
function pathOf(ancestors: readonly unknown[], node: Scalar): PathSegment[] | undefined {
  const path: PathSegment[] = [];
  for (const [i, ancestor] of ancestors.entries()) {
    const child = ancestors[i + 1] ?? node;
    if (isSeq(ancestor)) path.push(ancestor.items.indexOf(child as never));
    else if (isPair(ancestor)) {
      if (ancestor.key === child) return undefined;
      path.push(isScalar(ancestor.key) ? String(ancestor.key.value) : String(ancestor.key));
    }
  }
  return path;
}

/** Where a piece of a value is in the file: its first occurrence inside the value's range. */
function whereIn(yaml: ParsedYaml, text: string, node: Scalar, piece: string): { line: number; col: number } {
  const [start = 0, end = start] = node.range ?? [];
  const at = text.indexOf(piece, start);
  return yaml.lineCounter.linePos(at >= 0 && at < end ? at : start);
}

/**
 * Notes on Thai that the loader repairs or cannot: a SARA AM typed as two characters (composed
 * on load, see src/thai/normalize.ts), and a sequence no Thai writer makes (two tone marks on
 * one consonant, a mark with no consonant), which prints as a dotted circle or a stacked mark.
 */
function noteThai(node: Scalar, path: PathSegment[], yaml: ParsedYaml, text: string, note: Report): void {
  const value = String(node.value);
  if (hasDecomposedSaraAm(value)) {
    const at = /\u0E4D[\u0E48-\u0E4B]?\u0E32/u.exec(value)?.[0] ?? "";
    note("text.sara-am-composed", {}, { path, ...whereIn(yaml, text, node, at) });
  }
  const normal = normalizeThai(value);
  const impossible = impossibleThaiSequence(normal);
  if (impossible !== undefined) {
    const around = normal.slice(Math.max(0, impossible.offset - 2), impossible.offset + 1);
    const codePoint = codePointOf(normal[impossible.offset] ?? "");
    note(
      `text.thai-${impossible.kind}`,
      { shown: around, codePoint },
      { path, ...whereIn(yaml, text, node, around) },
    );
  }
}

/**
 * Reports text values longer than MAX_TEXT_CHARS, and the characters of text values that cannot
 * be printed as typed: control characters, bidi controls, and characters Sarabun has no glyph
 * for (emoji, ✓, other scripts), which the PDF writer would otherwise refuse with an internal
 * error. Each distinct character of a value is reported once, at its first position in the file
 * (or at the value, when it is written as an escape such as "\u0007").
 */
export async function checkTextValues(
  yaml: ParsedYaml,
  text: string,
  report: Report,
  note: Report = () => undefined,
): Promise<void> {
  const found: { ch: string; node: Scalar; path: PathSegment[] }[] = [];
  visit(yaml.doc, {
    Scalar(_key, node, ancestors) {
      if (typeof node.value !== "string") return;
      const path = pathOf(ancestors, node);
      if (path === undefined) return; // keys are checked against the schema
      if (node.value.length > MAX_TEXT_CHARS) {
        const { line, col } = yaml.lineCounter.linePos(node.range?.[0] ?? 0);
        report("text.too-long", { length: node.value.length, max: MAX_TEXT_CHARS }, { path, line, col });
        return;
      }
      for (const ch of new Set(node.value)) {
        if (!SURELY_PRINTABLE.test(ch)) found.push({ ch, node, path });
      }
      noteThai(node, path, yaml, text, note);
    },
  });
  if (found.length === 0) return;
  const needsFont = found.some(({ ch }) => !CONTROL.test(ch) && !BIDI.test(ch));
  const canPrint = needsFont ? await printable() : () => true;
  for (const { ch, node, path } of found) {
    const [start = 0, end = start] = node.range ?? [];
    const at = text.indexOf(ch, start);
    const { line, col } = yaml.lineCounter.linePos(at >= 0 && at < end ? at : start);
    const where = { path, line, col };
    const codePoint = codePointOf(ch);
    if (CONTROL.test(ch)) report("text.control", { codePoint }, where);
    else if (BIDI.test(ch)) report("text.bidi", { codePoint }, where);
    else if (!canPrint(ch)) report("text.no-glyph", { shown: `"${ch}"`, codePoint }, where);
  }
}
