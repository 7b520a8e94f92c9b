import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type FolderWatch, watchFolder } from "../../../src/cli/commands/watch-folder.js";

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe("watchFolder", () => {
  let dir: string;
  let watch: FolderWatch | undefined;
  const calls: string[][] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "ita-watch-"));
    await mkdir(join(dir, "2568/measures"), { recursive: true });
    await mkdir(join(dir, "out"));
    calls.length = 0;
  });
  afterEach(async () => {
    watch?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("takes a burst of saves in nested folders as one change, listing each file once", async () => {
    watch = watchFolder(dir, async (paths) => void calls.push(paths), { debounceMs: 400 });
    await writeFile(join(dir, "2568/report.yaml"), "a");
    await writeFile(join(dir, "2568/measures/01.yaml"), "b");
    await writeFile(join(dir, "2568/report.yaml"), "c");
    await sleep(1200);
    expect(calls).toEqual([[join(dir, "2568/measures/01.yaml"), join(dir, "2568/report.yaml")]]);
  });

  test("ignores editors' swap and backup files and the ignored output folder", async () => {
    watch = watchFolder(dir, async (paths) => void calls.push(paths), {
      debounceMs: 100,
      ignore: [join(dir, "out")],
    });
    await writeFile(join(dir, "2568/.report.yaml.swp"), "x");
    await writeFile(join(dir, "2568/report.yaml~"), "x");
    await writeFile(join(dir, "out/memo.pdf"), "x");
    await sleep(500);
    expect(calls).toEqual([]);
  });

  test("never runs two builds at once: a change during a build is delivered after it", async () => {
    let running = 0;
    let overlapped = false;
    watch = watchFolder(
      dir,
      async (paths) => {
        running += 1;
        overlapped ||= running > 1;
        calls.push(paths);
        await sleep(400);
        running -= 1;
      },
      { debounceMs: 50 },
    );
    await writeFile(join(dir, "2568/report.yaml"), "a");
    while (running === 0) await sleep(10);
    await writeFile(join(dir, "2568/measures/01.yaml"), "b");
    while (calls.length < 2) await sleep(10);
    await sleep(100);
    expect(overlapped).toBe(false);
    expect(calls).toEqual([[join(dir, "2568/report.yaml")], [join(dir, "2568/measures/01.yaml")]]);
  });
});
