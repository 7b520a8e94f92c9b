import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BIN, cleanEnv, removeWorkspace, workspace } from "./cli.js";

/**
 * The store of shaped words (src/render/pdf/engine/shaping-store.ts) is an optimisation only:
 * with it empty, filled, damaged, unwritable or off, a build writes the same bytes.
 */
let dir: string;
const FILES = ["memo.pdf", "report.pdf", "announcement.pdf", "memo.docx", "report.docx", "announcement.docx"];

function build(out: string, env: Record<string, string>): Map<string, Buffer> {
  const run = spawnSync(process.execPath, [BIN, "build", "2568", "--out", out], {
    cwd: dir,
    env: cleanEnv(env),
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return new Map(FILES.map((f) => [f, readFileSync(join(dir, out, f))]));
}

function expectSameFiles(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  for (const f of FILES) expect(b.get(f)?.equals(a.get(f) ?? Buffer.alloc(0)), f).toBe(true);
}

const storeFiles = (cache: string): string[] =>
  readdirSync(cache).filter((f) => f.startsWith("shaped-words-"));

/** The store file a build left in `cache`, and its content. */
interface StoreFile {
  fonts: Record<string, Record<string, unknown[]>>;
  widths: Record<string, Record<string, number>>;
}
function readStore(cache: string): { path: string; stored: StoreFile } {
  const [file] = storeFiles(cache);
  expect(file).toBeDefined();
  const path = join(cache, file ?? "");
  return { path, stored: JSON.parse(readFileSync(path, "utf8")) as StoreFile };
}

beforeAll(async () => {
  await assertBuilt();
  dir = await workspace(true);
});
afterAll(() => removeWorkspace(dir));

describe("the store of shaped words kept between builds", () => {
  it("is written by a build and read by the next, which writes the same bytes as a build without it", () => {
    const cache = join(dir, "cache");
    const without = build("off", { ITA_REPORT_CACHE: "off", ITA_REPORT_CACHE_DIR: cache });
    expect(() => readdirSync(cache)).toThrow();
    const first = build("first", { ITA_REPORT_CACHE_DIR: cache });
    const { stored } = readStore(cache);
    // Regular and bold Sarabun, each with the words of the 2568 documents.
    expect(Object.keys(stored.fonts)).toHaveLength(2);
    const counts = Object.values(stored.fonts).map((runs) => Object.keys(runs).length);
    expect(Math.min(...counts)).toBeGreaterThan(20);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(300);
    expect(JSON.stringify(stored)).toContain('"มาตรการ"');
    const second = build("second", { ITA_REPORT_CACHE_DIR: cache });
    expectSameFiles(without, first);
    expectSameFiles(without, second);
  }, 120_000);

  it("is ignored when damaged or foreign, and replaced by a good one", () => {
    const cache = join(dir, "cache-damaged");
    build("seed", { ITA_REPORT_CACHE_DIR: cache });
    const { path, stored } = readStore(cache);
    const reference = build("reference", { ITA_REPORT_CACHE: "off" });
    // A run whose positions are not numbers: the whole file is distrusted.
    const [font] = Object.keys(stored.fonts);
    const runs = stored.fonts[font ?? ""] ?? {};
    const [word] = Object.keys(runs);
    runs[word ?? ""] = [[1], [[65]], ["x", 0, 0, 0, 0], 1];
    writeFileSync(path, JSON.stringify(stored));
    expectSameFiles(reference, build("damaged", { ITA_REPORT_CACHE_DIR: cache }));
    writeFileSync(path, "{ not json");
    expectSameFiles(reference, build("garbage", { ITA_REPORT_CACHE_DIR: cache }));
  }, 120_000);

  it("keeps only what the last build used once it grows past 8 MB (old drafts and years do not pile up)", () => {
    const cache = join(dir, "cache-big");
    build("fill", { ITA_REPORT_CACHE_DIR: cache });
    const { path, stored } = readStore(cache);
    const [font] = Object.keys(stored.widths);
    const widths = stored.widths[font ?? ""] ?? {};
    const used = Object.keys(widths).length;
    // Words of drafts long gone: 9 MB of them.
    for (let i = 0; i < 150_000; i++) widths[`ร่างที่ ${i} ของข้อความที่ไม่มีใครใช้อีกแล้ว`] = 1.5;
    writeFileSync(path, JSON.stringify(stored));
    expect(readFileSync(path).length).toBeGreaterThan(8 * 1024 * 1024);
    const reference = build("reference-big", { ITA_REPORT_CACHE: "off" });
    expectSameFiles(reference, build("big", { ITA_REPORT_CACHE_DIR: cache }));
    const after = readStore(cache).stored;
    expect(readFileSync(path).length).toBeLessThan(2 * 1024 * 1024);
    expect(Object.keys(after.widths[font ?? ""] ?? {})).toHaveLength(used);
  }, 120_000);

  it("does not stop a build when its folder cannot be written", () => {
    const cache = join(dir, "read-only");
    mkdirSync(cache);
    chmodSync(cache, 0o500);
    try {
      const reference = build("reference-ro", { ITA_REPORT_CACHE: "off" });
      expectSameFiles(reference, build("read-only-out", { ITA_REPORT_CACHE_DIR: cache }));
      // root ignores the mode bits; elsewhere nothing could be written.
      if (process.getuid?.() !== 0) expect(storeFiles(cache)).toEqual([]);
    } finally {
      chmodSync(cache, 0o700);
    }
  }, 120_000);

  it("keeps words, not the one-off pieces of a long URL cut line by line", () => {
    const data = join(dir, "data-url");
    cpSync(join(dir, "data"), data, { recursive: true });
    const measures = join(data, "2568", "measures");
    const [first] = readdirSync(measures).sort();
    const file = join(measures, first ?? "");
    let url = "https://www.tanem.go.th/";
    for (let i = 0; url.length < 3000; i++) url += `doc${i}/%E0%B8%81%E0%B8%B2-${i}_x?id=${i}&`;
    writeFileSync(file, readFileSync(file, "utf8").replace(/^steps:\n/mu, `steps:\n  - ${url}\n`));
    const cache = join(dir, "cache-url");
    const run = spawnSync(process.execPath, [BIN, "build", "2568", "--data", data, "--out", "url-out"], {
      cwd: dir,
      env: cleanEnv({ ITA_REPORT_CACHE_DIR: cache }),
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const { stored } = readStore(cache);
    const texts = [...Object.values(stored.fonts), ...Object.values(stored.widths)].flatMap((m) =>
      Object.keys(m),
    );
    expect(texts.length).toBeGreaterThan(300);
    // Words (≤ 23 characters) and line-long labels (≤ 92) are kept; URL pieces of 100–1,000 are not.
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(128);
  }, 120_000);
});
