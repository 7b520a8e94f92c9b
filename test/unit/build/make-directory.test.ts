import { mkdtemp, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeDirectory } from "../../../src/build/make-directory.js";

describe("makeDirectory", () => {
  it("creates every missing level and accepts folders that exist", async () => {
    const root = await mkdtemp(join(tmpdir(), "ita-mkdir-"));
    const deep = join(root, "a", "b", "c");
    await makeDirectory(deep);
    await makeDirectory(deep);
    expect((await stat(deep)).isDirectory()).toBe(true);
  });

  it("says a file is in the way instead of 'file exists'", async () => {
    const root = await mkdtemp(join(tmpdir(), "ita-mkdir-"));
    await writeFile(join(root, "notes.txt"), "x");
    await expect(makeDirectory(join(root, "notes.txt", "out"))).rejects.toMatchObject({ code: "ENOTDIR" });
  });

  it("gives up at once where the system refuses a folder whose parent exists (/proc), instead of looping", async () => {
    await expect(makeDirectory("/proc/ita-report-test/out")).rejects.toMatchObject({ code: "ENOENT" });
  });
});
