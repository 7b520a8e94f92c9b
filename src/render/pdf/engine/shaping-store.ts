/**
 * Shaped words kept between runs: a cold build spends about a sixth of its time shaping the
 * same Thai words with fontkit (decoding GSUB and GPOS first) that the previous build shaped.
 * A shaped word is a pure function of the font's bytes, the word, fontkit and the Thai fixes,
 * so it is stored under all of those:
 * - the file name is a hash of this format, the package.json of ita-report, pdfmake, pdfkit and
 *   fontkit, and the code this module was loaded with (so a changed fix never reads runs
 *   shaped by the old one, even at the same version number);
 * - inside, runs are grouped by the SHA-256 of the font file they were shaped with.
 * The folder is ITA_REPORT_CACHE_DIR, else $XDG_CACHE_HOME/ita-report, else ~/.cache/ita-report;
 * ITA_REPORT_CACHE=off turns it off. Nothing is required of it: a missing, unreadable,
 * unwritable, damaged or foreign file is ignored (the words are shaped as without it), and it
 * can be deleted at any time. Writes go to a temporary file renamed into place, so concurrent
 * builds never read half a file.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** One shaped word: glyph ids, each glyph's code points, positions (5 numbers a glyph), total advance. */
export interface StoredRun {
  readonly ids: readonly number[];
  readonly codePoints: readonly (readonly number[])[];
  /** xAdvance, yAdvance, xOffset, yOffset, advanceWidth per glyph, in 1/1000 em (pdfkit's scale). */
  readonly positions: readonly number[];
  readonly advanceWidth: number;
}

/** Bump when the stored shape changes. */
const FORMAT = 2;
const POSITION_FIELDS = 5;
/** More runs than this per font are not stored (a year of 1,000 measures has far fewer words). */
const MAX_RUNS_PER_FONT = 200_000;
/** A store file bigger than this is not read: it is not one of ours. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/**
 * Above this size the store keeps only what the last build used: reading it costs every build
 * about 10 ms per MB, and words of old drafts and other years would pile up without end.
 */
const MAX_STORE_BYTES = 8 * 1024 * 1024;
const FILE_PREFIX = "shaped-words-";
/**
 * Longer texts are shaped and measured as usual but not stored: what repeats between builds is
 * words (≤ 23 characters in the 2568 documents) and line-long labels and prefixes (≤ 92). Pieces
 * of a long URL cut line by line are each shaped once and never again; storing them filled the
 * store's 8 MB with one document's URLs, which every later build then had to read.
 */
const MAX_STORED_TEXT_CHARS = 128;

type RunsByText = Map<string, StoredRun>;

/** Advance widths in em of whole texts (lines, labels), measured by fontkit outside pdfkit. */
type WidthsByText = Map<string, number>;

interface StoreState {
  readonly file: string | undefined;
  readonly byFont: Map<string, RunsByText>;
  readonly widthsByFont: Map<string, WidthsByText>;
  /** Texts this process looked up or added, per map. */
  readonly used: WeakMap<Map<string, unknown>, Set<string>>;
  added: number;
  /** The file read was over MAX_STORE_BYTES: rewrite it with what was used, even if nothing was added. */
  oversized: boolean;
}

let state: StoreState | undefined;

/** The runs stored for the font with this SHA-256, loaded once per process. */
export function storedRuns(fontHash: string): RunsByText {
  return byFontHash(open().byFont, fontHash);
}

/** The stored run of `text` in the font with this SHA-256, if any (marked as used). */
export function storedRun(fontHash: string, text: string): StoredRun | undefined {
  const runs = storedRuns(fontHash);
  const run = runs.get(text);
  if (run !== undefined) markUsed(runs, text);
  return run;
}

function markUsed(map: Map<string, unknown>, text: string): void {
  const { used } = open();
  let texts = used.get(map);
  if (texts === undefined) {
    texts = new Set();
    used.set(map, texts);
  }
  texts.add(text);
}

/** The widths stored for the font with this SHA-256. */
export function storedWidths(fontHash: string): WidthsByText {
  return byFontHash(open().widthsByFont, fontHash);
}

function byFontHash<V>(maps: Map<string, Map<string, V>>, fontHash: string): Map<string, V> {
  let map = maps.get(fontHash);
  if (map === undefined) {
    map = new Map();
    maps.set(fontHash, map);
  }
  return map;
}

/**
 * The advance width in em of `text` in the font with this SHA-256: stored, or measured by
 * `measure` now and stored.
 */
export function widthInEm(fontHash: string, text: string, measure: () => number): number {
  const widths = storedWidths(fontHash);
  let em = widths.get(text);
  if (em === undefined) {
    em = measure();
    if (widths.size >= MAX_RUNS_PER_FONT || text.length > MAX_STORED_TEXT_CHARS) return em;
    widths.set(text, em);
    open().added++;
  }
  markUsed(widths, text);
  return em;
}

/** Remembers a newly shaped run, to be written by `saveShapingStore`. */
export function storeRun(fontHash: string, text: string, run: StoredRun): void {
  const runs = storedRuns(fontHash);
  if (runs.size >= MAX_RUNS_PER_FONT || text.length > MAX_STORED_TEXT_CHARS || runs.has(text)) return;
  runs.set(text, run);
  markUsed(runs, text);
  open().added++;
}

/**
 * Writes the store when this process shaped words it did not hold, and removes the files of
 * other keys (older versions). Never throws: the store is an optimisation.
 */
export function saveShapingStore(): void {
  const store = state;
  if (store?.file === undefined || (store.added === 0 && !store.oversized)) return;
  try {
    const dir = dirname(store.file);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Another process (a DOCX worker thread, a concurrent build) may have stored words since
    // this one read the file: keep them too.
    const onDisk = read(store.file);
    for (const [hash, runs] of onDisk?.byFont ?? []) {
      const mine = storedRuns(hash);
      for (const [text, run] of runs) if (!mine.has(text)) mine.set(text, run);
    }
    for (const [hash, widths] of onDisk?.widthsByFont ?? []) {
      const mine = storedWidths(hash);
      for (const [text, em] of widths) if (!mine.has(text)) mine.set(text, em);
    }
    let text = serialise(store, false);
    if (Buffer.byteLength(text) > MAX_STORE_BYTES) text = serialise(store, true);
    const temporary = `${store.file}.${process.pid}.tmp`;
    writeFileSync(temporary, text, { mode: 0o600 });
    renameSync(temporary, store.file);
    store.added = 0;
    store.oversized = false;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name.startsWith(FILE_PREFIX) && path !== store.file && !name.endsWith(".tmp"))
        rmSync(path, { force: true });
    }
  } catch {
    // A read-only or full disk: the next build shapes again.
  }
}

/** The store as JSON: everything it holds, or only what this process used. */
function serialise(store: StoreState, usedOnly: boolean): string {
  const kept = <V>(map: Map<string, V>): [string, V][] => {
    const used = store.used.get(map);
    return usedOnly ? [...map].filter(([text]) => used?.has(text) === true) : [...map];
  };
  const fonts: Record<string, Record<string, unknown[]>> = {};
  for (const [hash, runs] of store.byFont) {
    const out: Record<string, unknown[]> = {};
    for (const [text, r] of kept(runs)) out[text] = [r.ids, r.codePoints, r.positions, r.advanceWidth];
    fonts[hash] = out;
  }
  const widths: Record<string, Record<string, number>> = {};
  for (const [hash, byText] of store.widthsByFont) widths[hash] = Object.fromEntries(kept(byText));
  return JSON.stringify({ format: FORMAT, fonts, widths });
}

/** SHA-256 of a font file's bytes, the key its runs are stored under. */
export function fontHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function open(): StoreState {
  if (state !== undefined) return state;
  const file = storeFile();
  const loaded = file === undefined ? undefined : read(file);
  state = {
    file,
    byFont: loaded?.byFont ?? new Map(),
    widthsByFont: loaded?.widthsByFont ?? new Map(),
    used: new WeakMap(),
    added: 0,
    oversized: (loaded?.bytes ?? 0) > MAX_STORE_BYTES,
  };
  return state;
}

function storeFile(): string | undefined {
  if (process.env["ITA_REPORT_CACHE"] === "off") return undefined;
  const dir = cacheDir();
  if (dir === undefined) return undefined;
  return join(dir, `${FILE_PREFIX}${storeKey()}.json`);
}

function cacheDir(): string | undefined {
  const explicit = process.env["ITA_REPORT_CACHE_DIR"];
  if (explicit !== undefined && explicit !== "") return explicit;
  const xdg = process.env["XDG_CACHE_HOME"];
  if (xdg !== undefined && xdg.startsWith("/")) return join(xdg, "ita-report");
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  return home === "" ? undefined : join(home, ".cache", "ita-report");
}

/**
 * Hash of everything a shaped run depends on besides the font and the word: this format, the
 * package.json of ita-report and of the engine's packages, and the code of the folder this
 * module was loaded from (dist/render/pdf/engine, or every chunk of dist/bundle).
 */
function storeKey(): string {
  const hash = createHash("sha256").update(`format ${FORMAT}\n`);
  const codeDir = dirname(fileURLToPath(import.meta.url));
  const root = packageRoot(codeDir);
  try {
    if (root === undefined) throw new Error("no package.json");
    hash.update(readFileSync(join(root, "package.json")));
    const fromRoot = createRequire(join(root, "package.json"));
    const pdfmake = fromRoot.resolve("pdfmake/package.json");
    hash.update(readFileSync(pdfmake));
    const pdfkit = createRequire(join(dirname(pdfmake), "js", "index.js")).resolve("pdfkit");
    hash.update(readFileSync(packageJsonAbove(pdfkit) ?? pdfkit));
    const fontkit = createRequire(pdfkit).resolve("fontkit");
    hash.update(readFileSync(packageJsonAbove(fontkit) ?? fontkit));
  } catch {
    // Where packages cannot be found this way, the pinned versions (checked at start) stand for them.
    hash.update("unresolved");
  }
  for (const name of readdirSync(codeDir).sort()) {
    if (name.endsWith(".js")) hash.update(name).update(readFileSync(join(codeDir, name)));
  }
  return hash.digest("hex").slice(0, 32);
}

/** The folder of the nearest package.json named ita-report above `dir`. */
function packageRoot(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    try {
      const pkg = JSON.parse(readFileSync(join(at, "package.json"), "utf8")) as { name?: unknown };
      if (pkg.name === "ita-report") return at;
    } catch {
      // no package.json here
    }
    if (dirname(at) === at) return undefined;
  }
}

/** The package.json of the package a resolved file belongs to. */
function packageJsonAbove(file: string): string | undefined {
  for (let at = dirname(file); ; at = dirname(at)) {
    const candidate = join(at, "package.json");
    if (existsSync(candidate)) return candidate;
    if (dirname(at) === at) return undefined;
  }
}

function read(
  file: string,
): { byFont: Map<string, RunsByText>; widthsByFont: Map<string, WidthsByText>; bytes: number } | undefined {
  let parsed: unknown;
  let bytes: number;
  try {
    const raw = readFileSync(file);
    if (raw.length > MAX_FILE_BYTES) return undefined;
    bytes = raw.length;
    parsed = JSON.parse(raw.toString("utf8"));
  } catch {
    return undefined;
  }
  const { format, fonts, widths } = (parsed ?? {}) as { format?: unknown; fonts?: unknown; widths?: unknown };
  if (format !== FORMAT || !isRecord(fonts) || !isRecord(widths)) return undefined;
  const byFont = new Map<string, RunsByText>();
  for (const [hash, entries] of Object.entries(fonts)) {
    if (!FONT_HASH.test(hash) || !isRecord(entries)) return undefined;
    const runs: RunsByText = new Map();
    for (const [text, raw] of Object.entries(entries)) {
      const run = validRun(raw);
      if (run === undefined) return undefined; // damaged: trust none of it
      runs.set(text, run);
    }
    byFont.set(hash, runs);
  }
  const widthsByFont = new Map<string, WidthsByText>();
  for (const [hash, entries] of Object.entries(widths)) {
    if (!FONT_HASH.test(hash) || !isRecord(entries)) return undefined;
    const byText: WidthsByText = new Map();
    for (const [text, em] of Object.entries(entries)) {
      if (typeof em !== "number" || !Number.isFinite(em) || em < 0) return undefined;
      byText.set(text, em);
    }
    widthsByFont.set(hash, byText);
  }
  return { byFont, widthsByFont, bytes };
}

const FONT_HASH = /^[0-9a-f]{64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function validRun(raw: unknown): StoredRun | undefined {
  if (!Array.isArray(raw) || raw.length !== 4) return undefined;
  const [ids, codePoints, positions, advanceWidth] = raw as unknown[];
  const isCount = (n: unknown): boolean =>
    Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 0x10ffff;
  if (!Array.isArray(ids) || !ids.every(isCount)) return undefined;
  if (!Array.isArray(codePoints) || codePoints.length !== ids.length) return undefined;
  if (!codePoints.every((cps) => Array.isArray(cps) && cps.every(isCount))) return undefined;
  if (!Array.isArray(positions) || positions.length !== ids.length * POSITION_FIELDS) return undefined;
  if (!positions.every((n) => typeof n === "number" && Number.isFinite(n))) return undefined;
  if (typeof advanceWidth !== "number" || !Number.isFinite(advanceWidth)) return undefined;
  return {
    ids: ids as number[],
    codePoints: codePoints as number[][],
    positions: positions as number[],
    advanceWidth,
  };
}

/** Forgets what was loaded (tests switch ITA_REPORT_CACHE_DIR between cases). */
export function resetShapingStoreForTests(): void {
  state = undefined;
}

export { POSITION_FIELDS };
