/**
 * Every reach into pdfmake / pdfkit / fontkit internals needed for Thai, in one module.
 * Written against the exact versions in PINNED_VERSIONS, which package.json depends on exactly
 * (pdfkit and fontkit too, not only through pdfmake's ranges, so that an installed copy gets
 * them: `overrides` applies only to this repository's own install); `installThaiFixes` refuses
 * any other, as a broken installation.
 * test/unit/render/pdf/engine/ checks each behaviour below, so an upgrade that changes the
 * internals fails loudly there instead of silently corrupting PDFs.
 *
 * What is fixed, and why:
 * 1. Invisible break hints. Line breaks between Thai words are fed to pdfmake as U+200B (see
 *    thai-inlines.ts). Sarabun has no glyph for it; fontkit would draw the space glyph with zero
 *    advance, extracted as a stray space. The font layout call strips U+200B (and the other
 *    zero-width format characters), so it is neither measured, drawn nor extracted.
 * 2. Script runs. fontkit shapes a string with one script (its first strong character's);
 *    "ITAที่" would get Latin-context tone marks. The layout call shapes each script run alone.
 * 3. Exact text extraction. fontkit caches one Glyph object per glyph id, with the code points
 *    of its first use, and pdfkit writes one ToUnicode entry per glyph id, first use wins.
 *    Sarabun decomposes SARA AM (ำ) into NIKHAHIT + SARA AA, so every า after the first ำ lost
 *    its text (or gained one). The code points are now carried per use (glyphsForString and the
 *    GSUB result give each glyph a per-use view) and every (glyph, text) pair gets its own CID
 *    (the glyph is duplicated in the subset), so the ToUnicode map is exact.
 * 4. No .notdef. A character Sarabun lacks would be drawn as glyph 0 (a box); encoding throws
 *    MissingGlyphError instead (callers check text first with `missingGlyphs`).
 * 5. Contextual rules. fontkit matches a chaining rule's backtrack glyphs in the wrong order
 *    (upstream PR #372), so Sarabun's narrow tone marks after ป ฝ ฟ + a below vowel never fired.
 * 6. Emergency breaks. A word wider than the whole line is cut by pdfmake by UTF-16 code
 *    units, which can strand a tone mark or a vowel at the start of the next line; the cut is
 *    moved back to a Thai-safe grapheme boundary, or in a URL or e-mail address to just after
 *    one of / . - _ ? & = @ (see emergency-break.ts). pdfmake is shown a long run a piece at a
 *    time (long-runs.ts): its cut measured the whole rest of the run at every line.
 * 7. Thai distributed justification. `alignment: "justify"` spreads a line's slack over the
 *    gaps between grapheme clusters (cluster-spacing.ts) instead of pdfmake's word gaps, which
 *    with break hints between Thai words looked like inserted spaces.
 * 8. Baselines where Word puts them. pdfmake hangs a line's text from its top (baseline one
 *    ascender down) and leaves the extra height of a taller line below it; Word and LibreOffice
 *    put the baseline of an exactly spaced line EXACT_LINE_BASELINE_FRACTION of the way down.
 *    Every line here has an exact pitch, so the baseline moves there and the PDF's lines sit
 *    where the DOCX's do (and stacked tone marks get the room above them).
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { EXACT_LINE_BASELINE_FRACTION } from "../../../document/layout.js";
import { BrokenInstallError, InternalError } from "../../../errors.js";
import { countClusters, MAX_DISTRIBUTED_GAP_EM, spreadOverClusters } from "./cluster-spacing.js";
import { MissingGlyphError } from "./missing-glyph-error.js";
import { codePointGroups, moveTextToDecompositionTails } from "./per-use-code-points.js";
import { emergencyCutLength } from "./emergency-break.js";
import { rejoinRunPieces, splitLongRuns } from "./long-runs.js";
import { COMPOUND_HINT } from "./compound-hint.js";
import { sharedFontkitFont } from "./shared-fontkit-fonts.js";
import { fontHash, POSITION_FIELDS, storedRun, storeRun, type StoredRun } from "./shaping-store.js";
import { splitScriptRuns } from "./script-runs.js";

export const PINNED_VERSIONS = { pdfmake: "0.3.11", pdfkit: "0.19.1", fontkit: "2.0.4" } as const;

/** Zero-width format characters: never drawn, measured or extracted. */
export const INVISIBLE_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * Extra advance after each grapheme cluster of one inline, in 1/1000 em: set by the justified
 * line aligner as the inline's `fontFeatures` (the one property pdfmake hands to the font's
 * encode call) and taken out again before fontkit sees the features.
 */
export class ClusterSpacing {
  constructor(readonly perCluster: number) {}
}

const require = createRequire(import.meta.url);

interface PackagePaths {
  pdfmakeDir: string;
  pdfkitMain: string;
  fontkitMain: string;
}

/** The packages as pdfmake itself resolves them (pdfmake → pdfkit → fontkit). */
function packagePaths(): PackagePaths {
  const pdfmakeDir = dirname(require.resolve("pdfmake/package.json"));
  const pdfkitMain = createRequire(join(pdfmakeDir, "js", "index.js")).resolve("pdfkit");
  const fontkitMain = createRequire(pdfkitMain).resolve("fontkit");
  return { pdfmakeDir, pdfkitMain, fontkitMain };
}

function versionAt(file: string): string {
  let dir = dirname(file);
  for (;;) {
    const candidate = join(dir, "package.json");
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, "utf8")) as { name?: string; version?: string };
      if (pkg.name !== undefined && pkg.version !== undefined) return pkg.version;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new InternalError(`No package.json above ${file}`);
    dir = parent;
  }
}

/** The installed versions, as pdfmake resolves them. */
export function installedVersions(): Record<keyof typeof PINNED_VERSIONS, string> {
  const paths = packagePaths();
  return {
    pdfmake: versionAt(join(paths.pdfmakeDir, "js", "index.js")),
    pdfkit: versionAt(paths.pdfkitMain),
    fontkit: versionAt(paths.fontkitMain),
  };
}

/** Throws unless the exact versions the fixes were written for are installed. */
export function assertPinnedVersions(
  versions: Record<keyof typeof PINNED_VERSIONS, string> = installedVersions(),
): void {
  const wrong = (Object.keys(PINNED_VERSIONS) as (keyof typeof PINNED_VERSIONS)[]).filter(
    (name) => versions[name] !== PINNED_VERSIONS[name],
  );
  if (wrong.length === 0) return;
  const list = wrong
    .map((name) => `${name} ${versions[name]} (expected ${PINNED_VERSIONS[name]})`)
    .join(", ");
  throw new BrokenInstallError(
    `unsupported PDF engine versions: ${list}. The Thai fixes in src/render/pdf/engine/pdfkit-thai-fixes.ts ` +
      `patch their internals; keep the versions pinned in package.json, or re-check every fix against the ` +
      `new sources, run test/unit/render/pdf/engine and update PINNED_VERSIONS.`,
  );
}

// ---- pdfmake's own line breaker, to know where it would break. ----

interface LineBreakerLike {
  nextBreak(): { position: number; required: boolean } | null;
}
let LineBreaker: (new (text: string) => LineBreakerLike) | undefined;

/**
 * The break opportunities pdfmake's breaker (the `linebreak` package, UAX #14) finds inside
 * `text`, as offsets strictly between 0 and its length. Loaded from pdfmake's own dependency so
 * the answer is exactly what pdfmake will do.
 */
export function uax14Breaks(text: string): number[] {
  if (LineBreaker === undefined) {
    const { pdfmakeDir } = packagePaths();
    LineBreaker = createRequire(join(pdfmakeDir, "js", "TextBreaker.js"))("linebreak") as new (
      text: string,
    ) => LineBreakerLike;
  }
  const breaker = new LineBreaker(text);
  const breaks: number[] = [];
  for (let b = breaker.nextBreak(); b !== null; b = breaker.nextBreak()) {
    if (b.position > 0 && b.position < text.length) breaks.push(b.position);
  }
  return breaks;
}

// ---- Minimal shapes of the internals we touch (pdfkit EmbeddedFont, fontkit TTFFont). ----

interface FontkitGlyph {
  readonly id: number;
  readonly codePoints: readonly number[];
  readonly advanceWidth: number;
}
interface GlyphInfo {
  readonly codePoints: readonly number[];
}
interface GlyphRunLike {
  glyphs: FontkitGlyph[];
}
interface OTLayoutEngine {
  glyphInfos: GlyphInfo[] | null;
  substitute(glyphRun: GlyphRunLike): void;
}
interface FontkitFont {
  readonly postscriptName: string;
  readonly stream?: { readonly buffer?: unknown };
  getGlyph(id: number): FontkitGlyph;
  createSubset(): Subset;
  glyphsForString(text: string): FontkitGlyph[];
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  layout(text: string): { readonly glyphs: readonly FontkitGlyph[] };
  readonly _layoutEngine?: { engine?: OTLayoutEngine };
}
interface LayoutResult {
  glyphs: FontkitGlyph[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}
interface Subset {
  glyphs: number[];
  mapping: Record<number, number>;
  includeGlyph(id: number): number;
}
interface EmbeddedFont {
  readonly font: FontkitFont;
  layoutCache?: Record<string, LayoutResult>;
  layoutCached(text: string): LayoutResult;
  readonly subset: Subset;
  readonly unicode: (readonly number[])[];
  readonly widths: number[];
  readonly scale: number;
  readonly name: string;
  layout(text: string, features?: unknown, onlyWidth?: boolean): LayoutResult;
  encode(text: string, features?: unknown): [string[], unknown[]];
}

const FIXED = Symbol.for("ita-report.thai-fixes");
const BASE = Symbol.for("ita-report.base-glyph");

let installed = false;

/** Installs the fixes into pdfmake (idempotent). Throws on unsupported versions. */
export function installThaiFixes(): void {
  if (installed) return;
  assertPinnedVersions();
  const { pdfmakeDir } = packagePaths();
  const pdfmakeRequire = createRequire(join(pdfmakeDir, "js", "index.js"));
  const PdfDocument = (
    pdfmakeRequire("./PDFDocument.js") as { default: { prototype: Record<string, unknown> } }
  ).default;
  const provideFont = PdfDocument.prototype["provideFont"];
  if (typeof provideFont !== "function") throw new InternalError("pdfmake PDFDocument.provideFont not found");
  PdfDocument.prototype["provideFont"] = function (this: unknown, ...args: unknown[]): unknown {
    const font = (provideFont as (...a: unknown[]) => unknown).apply(this, args);
    shareDecodedTables(font);
    fixEmbeddedFont(font);
    return font;
  };
  patchEmergencyBreaks(pdfmakeRequire);
  patchDistributedJustify(pdfmakeRequire);
  patchBaselines(pdfmakeRequire);
  installed = true;
}

/**
 * Swaps a freshly made pdfkit font's fontkit font for the one already opened from the same file
 * (see shared-fontkit-fonts.ts), with a new subset of it: the decoded tables are shared, the
 * subset, widths and ToUnicode map stay this document's. Runs before the font is first used
 * (pdfkit's constructor only read metrics, equal in both fonts).
 */
function shareDecodedTables(font: unknown): void {
  if (!isEmbeddedFont(font) || FIXED in font) return;
  const shared = sharedFontkitFont(font.font);
  const writable = font as { font: FontkitFont; subset: Subset; layoutCache?: object };
  if (shared !== font.font) {
    writable.font = shared;
    writable.subset = shared.createSubset();
  }
  if (writable.layoutCache !== undefined) writable.layoutCache = sharedLayoutCache(shared);
}

const layoutCaches = new WeakMap<FontkitFont, object>();

/**
 * pdfkit's layout cache (shaped runs by word, positions already scaled to 1/1000 em) shared by
 * every document using the same fontkit font: a run depends on the font and the word alone, and
 * the report is laid out several times, each time in a new document that reshaped every word.
 * Runs are read, never changed, after they are made (encode copies positions it adjusts); the
 * glyphs carry the code points of that word, whichever document draws it.
 */
function sharedLayoutCache(font: FontkitFont): object {
  let cache = layoutCaches.get(font);
  if (cache === undefined) {
    cache = Object.create(null) as object;
    layoutCaches.set(font, cache);
  }
  return cache;
}

function isEmbeddedFont(font: unknown): font is EmbeddedFont {
  const f = font as Partial<EmbeddedFont> | null;
  return (
    f !== null &&
    typeof f === "object" &&
    typeof f.layout === "function" &&
    typeof f.encode === "function" &&
    Array.isArray(f.unicode) &&
    Array.isArray(f.widths) &&
    typeof f.subset?.includeGlyph === "function" &&
    typeof f.font?.glyphsForString === "function"
  );
}

/** Patches one pdfkit font object (and its fontkit font) in place; standard PDF fonts are left alone. */
export function fixEmbeddedFont(font: unknown): void {
  if (font === null || typeof font !== "object" || FIXED in font) return;
  if (!isEmbeddedFont(font)) {
    if ("font" in font) throw new InternalError("pdfkit EmbeddedFont has an unexpected shape");
    return; // a standard 14 font: no Thai, nothing to fix
  }
  fixFontkitFont(font.font);
  keepShapedRuns(font);
  const originalLayout = font.layout;
  font.layout = function (text, rawFeatures, onlyWidth) {
    const features = rawFeatures instanceof ClusterSpacing ? undefined : rawFeatures;
    const clean = text.replace(INVISIBLE_CHARS, "").replace(/\t/gu, " ");
    const runs = splitScriptRuns(clean);
    if (runs.length <= 1) return originalLayout.call(this, clean, features, onlyWidth);
    const parts = runs.map((run) => originalLayout.call(this, run, features, onlyWidth));
    return {
      glyphs: onlyWidth === true ? null : parts.flatMap((p) => p.glyphs ?? []),
      positions: onlyWidth === true ? null : parts.flatMap((p) => p.positions ?? []),
      advanceWidth: parts.reduce((sum, p) => sum + p.advanceWidth, 0),
    };
  };
  font.encode = encodeWithExactText(font);
  Object.defineProperty(font, FIXED, { value: true });
}

/**
 * CIDs for glyphs that stand for no text (the NIKHAHIT half of ำ). Their ToUnicode entry is
 * empty, which poppler honours; pdf.js instead falls back to the character code itself, so the
 * CID is chosen to be an invisible format character (U+00AD SOFT HYPHEN first, then other Cf
 * code points) that pdf.js drops. The subset is padded with the empty glyph to reach it.
 */
export const EMPTY_TEXT_CIDS = [
  0x00ad, 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x061c, 0x06dd, 0x070f,
];
/** Sarabun's empty, zero-advance glyph "NULL" (most TrueType fonts have one at id 1). */
const EMPTY_GLYPH_ID = 1;

/** pdfkit's encode, but one CID per (glyph, text) pair, and no .notdef. */
function encodeWithExactText(font: EmbeddedFont): EmbeddedFont["encode"] {
  const cidByPair = new Map<string, number>();
  let emptyTextCount = 0;
  const newCid = (glyph: FontkitGlyph): number => {
    const { subset } = font;
    const target = glyph.codePoints.length === 0 ? EMPTY_TEXT_CIDS[emptyTextCount] : undefined;
    if (target !== undefined && subset.glyphs.length <= target) {
      emptyTextCount++;
      while (subset.glyphs.length < target) {
        subset.glyphs.push(EMPTY_GLYPH_ID);
        font.widths[subset.glyphs.length - 1] = 0;
        font.unicode[subset.glyphs.length - 1] = [];
      }
    } else if (subset.mapping[glyph.id] === undefined) {
      return subset.includeGlyph(glyph.id);
    }
    // Same outline, other text: a further copy of the glyph in the subset gets its own CID.
    subset.glyphs.push(glyph.id);
    return subset.glyphs.length - 1;
  };
  return function (text, features) {
    const { glyphs, positions: shaped } = font.layout(text, features);
    if (glyphs === null || shaped === null) throw new InternalError("pdfkit layout returned no glyphs");
    let positions = shaped;
    if (features instanceof ClusterSpacing && features.perCluster !== 0) {
      // Copies: the shaped positions live in pdfkit's layout cache.
      const added = spreadOverClusters(
        glyphs.map((g) => g.codePoints),
        features.perCluster,
      );
      positions = (shaped as { xAdvance: number }[]).map((p, i) => ({
        ...p,
        xAdvance: p.xAdvance + (added[i] ?? 0),
      }));
    }
    const missing = glyphs.filter((g) => g.id === 0).map((g) => String.fromCodePoint(...g.codePoints));
    if (missing.length > 0) throw new MissingGlyphError([...new Set(missing)], font.name);
    const hex: string[] = [];
    for (const glyph of glyphs) {
      const key = `${glyph.id}:${glyph.codePoints.join(",")}`;
      let cid = cidByPair.get(key);
      if (cid === undefined) {
        cid = newCid(glyph);
        font.widths[cid] = glyph.advanceWidth * font.scale;
        font.unicode[cid] = [...glyph.codePoints];
        cidByPair.set(key, cid);
      }
      hex.push(cid.toString(16).padStart(4, "0"));
    }
    return [hex, positions];
  };
}

const fontHashes = new WeakMap<FontkitFont, string | null>();

/** The SHA-256 of the file a fontkit font was opened from; null when its bytes are not at hand. */
function hashOfFont(ttf: FontkitFont): string | null {
  let hash = fontHashes.get(ttf);
  if (hash === undefined) {
    const bytes = ttf.stream?.buffer;
    hash = bytes instanceof Uint8Array ? fontHash(bytes) : null;
    fontHashes.set(ttf, hash);
  }
  return hash;
}

interface PositionLike {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/**
 * pdfkit's per-word layout cache, backed by the shaping store (shaping-store.ts): a word shaped
 * by an earlier build comes back as the same glyphs (views carrying the same code points), the
 * same scaled positions and the same advance, without fontkit; a word shaped now is stored.
 */
function keepShapedRuns(font: EmbeddedFont): void {
  const hash = hashOfFont(font.font);
  if (hash === null) return;
  const originalLayoutCached = font.layoutCached;
  font.layoutCached = function (this: EmbeddedFont, text: string): LayoutResult {
    const cached = this.layoutCache?.[text];
    if (cached !== undefined) return cached;
    const kept = storedRun(hash, text);
    if (kept !== undefined) {
      const run = runFromStore(this.font, kept);
      if (this.layoutCache !== undefined) this.layoutCache[text] = run;
      return run;
    }
    const run = originalLayoutCached.call(this, text);
    if (run.glyphs !== null && run.positions !== null) storeRun(hash, text, runToStore(run));
    return run;
  };
}

function runToStore(run: LayoutResult): StoredRun {
  const glyphs = run.glyphs ?? [];
  const positions = (run.positions ?? []) as PositionLike[];
  return {
    ids: glyphs.map((g) => g.id),
    codePoints: glyphs.map((g) => [...g.codePoints]),
    positions: positions.flatMap((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth]),
    advanceWidth: run.advanceWidth,
  };
}

function runFromStore(ttf: FontkitFont, kept: StoredRun): LayoutResult {
  const glyphs = kept.ids.map((id, i) => withCodePoints(ttf.getGlyph(id), kept.codePoints[i] ?? []));
  const positions: PositionLike[] = [];
  for (let i = 0; i < kept.positions.length; i += POSITION_FIELDS) {
    const [xAdvance = 0, yAdvance = 0, xOffset = 0, yOffset = 0, advanceWidth = 0] = kept.positions.slice(
      i,
      i + POSITION_FIELDS,
    );
    positions.push({ xAdvance, yAdvance, xOffset, yOffset, advanceWidth });
  }
  return { glyphs, positions, advanceWidth: kept.advanceWidth };
}

/** A view of a shared fontkit glyph that carries the code points of one use. */
function withCodePoints(glyph: FontkitGlyph, codePoints: readonly number[]): FontkitGlyph {
  const base = (glyph as unknown as Record<symbol, FontkitGlyph | undefined>)[BASE] ?? glyph;
  const view = Object.create(base) as FontkitGlyph;
  Object.defineProperty(view, "codePoints", { value: [...codePoints], enumerable: true });
  Object.defineProperty(view, BASE, { value: base });
  return view;
}

function fixFontkitFont(ttf: FontkitFont): void {
  if (FIXED in ttf) return;
  const originalGlyphsForString = ttf.glyphsForString;
  ttf.glyphsForString = function (text) {
    const glyphs = originalGlyphsForString.call(this, text);
    const groups = codePointGroups(text);
    if (groups.length !== glyphs.length) {
      throw new InternalError(
        `fontkit glyphsForString gave ${glyphs.length} glyphs for ${groups.length} characters`,
      );
    }
    return glyphs.map((g, i) => withCodePoints(g, groups[i] ?? []));
  };
  const engine = ttf._layoutEngine?.engine;
  if (engine === undefined || typeof engine.substitute !== "function") {
    throw new InternalError(`fontkit has no OpenType layout engine for ${ttf.postscriptName}`);
  }
  const originalSubstitute = engine.substitute;
  engine.substitute = function (glyphRun) {
    originalSubstitute.call(this, glyphRun);
    const infos = this.glyphInfos;
    if (infos === null || infos.length !== glyphRun.glyphs.length) return;
    const perUse = moveTextToDecompositionTails(infos.map((info) => [...info.codePoints]));
    glyphRun.glyphs = glyphRun.glyphs.map((g, i) => withCodePoints(g, perUse[i] ?? []));
  };
  fixBacktrackOrder(ttf, engine);
  Object.defineProperty(ttf, FIXED, { value: true });
}

// ---- 5. Chaining-context backtrack order (fontkit PR #372, open upstream). ----

interface OTProcessorLike {
  match(sequenceIndex: number, sequence: unknown[], fn: unknown, matched?: unknown): unknown;
}

/**
 * OpenType stores a chaining rule's backtrack sequence nearest glyph first; fontkit walks it
 * from the farthest glyph forward, so a rule whose backtrack positions differ never fires.
 * Sarabun's "ป/ฝ/ฟ + below vowel + tone mark → narrow tone mark" rule is one: without the fix
 * the MAI EK of ปุ่ม, ปู่, ฝุ่น touched the ascender. Every backtrack match (the only calls with
 * a negative start) gets its sequence reversed, as upstream's fix does.
 *
 * Whether the fix is needed is asked of fontkit itself, not of its version: the probe word is
 * shaped first, and only when its rule does not fire is match() patched (and then the rule must
 * fire). A fontkit with PR #372 merged is left alone, where reversing again would break it.
 */
function fixBacktrackOrder(ttf: FontkitFont, engine: OTLayoutEngine): void {
  const processor = (engine as unknown as { GSUBProcessor?: object }).GSUBProcessor;
  if (processor === undefined) return;
  const gsubProto = Object.getPrototypeOf(processor) as object;
  const otProto = Object.getPrototypeOf(gsubProto) as OTProcessorLike & { [FIXED]?: true };
  if (otProto[FIXED] === true) return;
  const before = backtrackRuleFires(ttf);
  // Fires already (fontkit fixed upstream), or this font cannot tell: nothing to decide here.
  if (before !== false) return;
  const match = otProto.match;
  if (typeof match !== "function" || match.length !== 4) {
    throw new InternalError("fontkit OTProcessor.match(sequenceIndex, sequence, fn, matched) not found");
  }
  otProto.match = function (sequenceIndex, sequence, fn, matched) {
    const ordered = sequenceIndex < 0 ? [...sequence].reverse() : sequence;
    return match.call(this, sequenceIndex, ordered, fn, matched);
  };
  if (backtrackRuleFires(ttf) !== true) {
    // This font has no such rule after all: leave fontkit as it was for the next font to probe.
    otProto.match = match;
    return;
  }
  Object.defineProperty(otProto, FIXED, { value: true });
}

/** ป + SARA U + MAI EK: the tone mark (index 2) takes its narrow form only through a backtrack rule. */
export const BACKTRACK_PROBE = { text: "\u0E1B\u0E38\u0E48\u0E21", markIndex: 2, mark: 0x0e48 } as const;

/**
 * Whether the font's backtrack rule for BACKTRACK_PROBE fires in this fontkit: true when the tone
 * mark is substituted, false when it keeps its plain glyph, undefined when the font has no glyph
 * for the probe's characters (it cannot tell).
 */
export function backtrackRuleFires(
  ttf: Pick<FontkitFont, "glyphForCodePoint" | "layout">,
): boolean | undefined {
  const plain = ttf.glyphForCodePoint(BACKTRACK_PROBE.mark).id;
  if (plain === 0) return undefined;
  const glyphs = ttf.layout(BACKTRACK_PROBE.text).glyphs;
  if (glyphs.some((g) => g.id === 0)) return undefined;
  return glyphs[BACKTRACK_PROBE.markIndex]?.id !== plain;
}

// ---- 6. Emergency breaks inside a word wider than the line (pdfmake LayoutBuilder). ----

interface Inline {
  text: string;
  width: number;
  noWrap?: boolean;
  noNewLine?: boolean;
  leadingCut?: number;
  trailingCut?: number;
  font: { widthOfString(text: string, size: number, features?: unknown): number };
  fontSize: number;
  characterSpacing?: number;
  fontFeatures?: unknown;
}
interface LineLike {
  inlines: Inline[];
  inlineWidths: number;
  readonly maxWidth: number;
  readonly leadingCut: number;
  newLineForced?: boolean;
  addInline(inline: Inline): void;
}

/**
 * pdfmake's buildNextLine cuts an over-long inline at the largest UTF-16 length that fits.
 * After it ran, move that cut back to a Thai-safe boundary (never before a combining mark or
 * dependent vowel, never after a leading vowel): the tail goes back to the next line.
 */
function patchEmergencyBreaks(pdfmakeRequire: NodeRequire): void {
  const LayoutBuilder = (
    pdfmakeRequire("./LayoutBuilder.js") as { default: { prototype: Record<string, unknown> } }
  ).default;
  const buildNextLine = LayoutBuilder.prototype["buildNextLine"];
  if (typeof buildNextLine !== "function")
    throw new InternalError("pdfmake LayoutBuilder.buildNextLine not found");
  LayoutBuilder.prototype["buildNextLine"] = function (
    this: unknown,
    textNode: { _inlines?: Inline[] },
  ): LineLike | null {
    if (textNode._inlines !== undefined) splitLongRuns(textNode._inlines, widthOf);
    const before = new Set(textNode._inlines ?? []);
    const line = (buildNextLine as (n: unknown) => LineLike | null).call(this, textNode);
    const rest = textNode._inlines ?? [];
    const tail = rest[0];
    if (line !== null)
      rejoinRunPieces(line, tail !== undefined && !before.has(tail) ? tail : undefined, widthOf);
    if (line === null || tail === undefined) return line;
    // A hard wrap leaves a fresh clone (not among the inlines before) at the head of the rest.
    if (!before.has(tail)) moveEmergencyCut(line, tail);
    else breakCompound(line, tail);
    return line;
  };
}

function widthOf(inline: Inline, text: string): number {
  return (
    inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) +
    (inline.characterSpacing ?? 0) * (text.length - 1)
  );
}

/** Moves pdfmake's cut of a word wider than the line to a Thai-safe point (emergency-break.ts). */
function moveEmergencyCut(line: LineLike, tail: Inline): void {
  const last = line.inlines[line.inlines.length - 1];
  if (last === undefined) return;
  const whole = last.text + tail.text;
  const cut = emergencyCutLength(whole, last.text.length);
  if (cut === last.text.length || cut === 0) return;
  last.text = whole.slice(0, cut);
  tail.text = whole.slice(cut);
  const oldWidth = last.width;
  last.width = widthOf(last, last.text);
  tail.width = widthOf(tail, tail.text);
  line.inlineWidths += last.width - oldWidth;
}

/**
 * A line is closed less than this full only to keep a compound of the built-in corrections
 * whole; below it, the compound is broken at its inner boundary instead ("งบ|ประมาณ": two
 * dictionary words, a break a reader accepts, where ICU's own would have been). Tuned on the
 * 2568 report: protecting the compounds everywhere cost 20 table lines out of 1,040.
 */
export const COMPOUND_BREAK_BELOW_FILL = 0.8;

/**
 * When the next word is a compound that did not fit (so pdfmake closed the line) and the line is
 * less than COMPOUND_BREAK_BELOW_FILL full, the compound's longest head up to one of its inner
 * boundaries (COMPOUND_HINT, see thai-inlines.ts) that fits joins the line.
 */
function breakCompound(line: LineLike, next: Inline): void {
  if (line.newLineForced === true || line.inlines.length === 0 || !next.text.includes(COMPOUND_HINT)) return;
  const used = line.inlineWidths - line.leadingCut;
  if (used >= COMPOUND_BREAK_BELOW_FILL * line.maxWidth) return;
  for (
    let at = next.text.lastIndexOf(COMPOUND_HINT);
    at > 0;
    at = next.text.lastIndexOf(COMPOUND_HINT, at - 1)
  ) {
    const head = next.text.slice(0, at + 1);
    const width = widthOf(next, head);
    if (used + width > line.maxWidth) continue;
    const piece: Inline = { ...next, text: head, width, trailingCut: 0, noNewLine: false };
    next.text = next.text.slice(at + 1);
    next.width = widthOf(next, next.text);
    next.leadingCut = 0;
    line.addInline(piece);
    return;
  }
}

// ---- 7. Thai distributed justification (pdfmake ElementWriter.alignLine). ----

interface AlignedInline {
  text: string;
  x: number;
  width: number;
  fontSize: number;
  alignment?: string;
  fontFeatures?: unknown;
}
interface AlignedLine {
  inlines: AlignedInline[];
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  getWidth(): number;
}

/**
 * A justified line (not the last of its paragraph, not ended by a newline) gets its slack
 * spread evenly after each grapheme cluster; trailing spaces take none. A line whose clusters
 * would stand more than MAX_DISTRIBUTED_GAP_EM apart stays ragged. Other alignments, and
 * the lines pdfmake leaves ragged, keep pdfmake's behaviour.
 */
function patchDistributedJustify(pdfmakeRequire: NodeRequire): void {
  const ElementWriter = (
    pdfmakeRequire("./ElementWriter.js") as { default: { prototype: Record<string, unknown> } }
  ).default;
  const alignLine = ElementWriter.prototype["alignLine"];
  if (typeof alignLine !== "function") throw new InternalError("pdfmake ElementWriter.alignLine not found");
  ElementWriter.prototype["alignLine"] = function (
    this: { context(): { availableWidth: number } },
    line: AlignedLine,
  ): void {
    const inlines = line.inlines;
    if (inlines[0]?.alignment !== "justify") {
      (alignLine as (l: AlignedLine) => void).call(this, line);
      return;
    }
    if (line.newLineForced === true || line.lastLineInParagraph === true) return;
    const visible = (text: string): string => text.replace(INVISIBLE_CHARS, "");
    const counts = inlines.map((inline) => countClusters(visible(inline.text)));
    const last = inlines[inlines.length - 1];
    const trailing =
      last === undefined
        ? 0
        : countClusters(visible(last.text)) - countClusters(visible(last.text).trimEnd());
    const gaps = counts.reduce((a, b) => a + b, 0) - trailing - 1;
    const slack = this.context().availableWidth - line.getWidth();
    if (gaps < 1 || slack <= 0) return;
    const perGap = slack / gaps;
    // A line with too few clusters for its slack stays ragged (see MAX_DISTRIBUTED_GAP_EM).
    if (inlines.some((inline) => perGap > MAX_DISTRIBUTED_GAP_EM * inline.fontSize)) return;
    let before = 0;
    inlines.forEach((inline, i) => {
      const count = counts[i] ?? 0;
      inline.x += before * perGap;
      inline.width += count * perGap;
      inline.fontFeatures = new ClusterSpacing((perGap * 1000) / inline.fontSize);
      before += count;
    });
  };
}

// ---- 8. Baselines at Word's place in an exactly spaced line (pdfmake Line). ----

/**
 * A line's ascender height, which pdfmake uses as the baseline's distance from the line's top,
 * becomes that fraction of the line's height. The line's height, and so every page break, stays
 * pdfmake's own.
 */
function patchBaselines(pdfmakeRequire: NodeRequire): void {
  const Line = (pdfmakeRequire("./Line.js") as { default: { prototype: Record<string, unknown> } }).default;
  const getHeight = Line.prototype["getHeight"];
  if (typeof getHeight !== "function" || typeof Line.prototype["getAscenderHeight"] !== "function") {
    throw new InternalError("pdfmake Line.getHeight / getAscenderHeight not found");
  }
  Line.prototype["getAscenderHeight"] = function (this: unknown): number {
    return EXACT_LINE_BASELINE_FRACTION * (getHeight as () => number).call(this);
  };
}
