import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadYear } from "../../../src/load/load-year.js";
import { VALID_FIXTURE } from "./make-data-dir.js";

const DOC = fileURLToPath(new URL("../../../docs/data-format.md", import.meta.url));

describe("docs/data-format.md", () => {
  it("gives examples of agency.yaml, report.yaml and measures that validate", async () => {
    // Whole-file examples; a fragment that illustrates one field starts with `steps:`; the
    // announcement's is a section of report.yaml, checked appended to the report example.
    const all = [...(await readFile(DOC, "utf8")).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
    const announcement = all.find((block) => block.startsWith("announcement:")) ?? "";
    const blocks = all.filter((block) => !block.startsWith("steps:") && !block.startsWith("announcement:"));
    expect(blocks).toHaveLength(4);
    const [agency = "", report = "", measure = "", notDone = ""] = blocks;
    const data = join(await mkdtemp(join(tmpdir(), "ita-docs-")), "data");
    await mkdir(join(data, "2568/measures"), { recursive: true });
    await mkdir(join(data, "assets"));
    await writeFile(join(data, "agency.yaml"), agency);
    await writeFile(join(data, "2568/report.yaml"), report + announcement);
    // The two measure examples carry numbers 2 and 8; renumbered so that they run 1, 2.
    await writeFile(join(data, "2568/measures/01.yaml"), measure.replace(/^no: \d+$/m, "no: 1"));
    await writeFile(join(data, "2568/measures/02.yaml"), notDone.replace(/^no: \d+$/m, "no: 2"));
    for (const image of ["garuda.png", "logo.png"]) {
      await copyFile(join(VALID_FIXTURE, "assets/garuda.png"), join(data, "assets", image));
    }
    const year = await loadYear(data, 2568);
    expect(year.measures.map((m) => m.status)).toEqual(["done", "not-done"]);
    expect(year.report.memo.reviewers).toHaveLength(2);
    expect(year.images.emblem?.format).toBe("png");
    expect(year.report.announcement?.preamble).toHaveLength(3);
  });
});
