import { readFileSync } from "node:fs";
import { mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError } from "../../../src/errors.js";
import { loadYear } from "../../../src/load/load-year.js";
import { issueLine, issuesOf } from "../load/load-cases.js";
import { makeDataDir } from "../load/make-data-dir.js";

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../fixtures/hostile/${name}`, import.meta.url));

/** The issues of the valid fixture with one more measure file, as `file:line:col path: message | hint`. */
const measureIssues = (content: string | Uint8Array): Promise<string[]> =>
  issuesOf({ "2568/measures/03.yaml": content }, "en");

const MEASURE = "data/2568/measures/03.yaml";

describe("hostile data files are refused with located issues, never an exception", () => {
  it("stops a YAML alias bomb (billion laughs) at the alias limit, within a second", async () => {
    const started = performance.now();
    expect(await measureIssues(fixture("billion-laughs.yaml"))).toEqual([
      `${MEASURE}:1:1: the file cannot be read as data: Excessive alias count indicates a resource exhaustion attack | write the values out instead of YAML anchors (&) and aliases (*)`,
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("refuses a 900 KB text value as too long, at its line, without laying it out", async () => {
    const huge = "ก".repeat((900 * 1024) / 3);
    const measure = fixture("bom-crlf.yaml").toString("utf8").replace("\uFEFF", "").replace(/\r/g, "");
    const started = performance.now();
    const issues = await measureIssues(measure.replace("title: ", `title: ${huge} `));
    const length = (huge.length + " มาตรการจาก Notepad".length).toLocaleString("en");
    expect(issues).toEqual([
      `${MEASURE}:2:8 title: the text is ${length} characters long, more than the 5,000 a value may hold | split it into several steps, sub-items or outcomes, or check that nothing was pasted twice`,
    ]);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("reports 1,000 levels of nesting as a YAML problem of the file, without overflowing the stack", async () => {
    const flow = `no: 3\ntitle: ${"[".repeat(1000)}${"]".repeat(1000)}\n`;
    const block = `no: 3\ntitle:\n${Array.from({ length: 1000 }, (_, i) => `${"  ".repeat(i + 1)}k:`).join("\n")}\n`;
    for (const text of [flow, block]) {
      // Where the parser's recursion gives up depends on the stack left: one issue or two.
      const issues = await measureIssues(text);
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(issue).toMatch(
          new RegExp(
            `^${MEASURE}:\\d+:\\d+: lists or mappings are nested too deeply for the YAML reader \\| a measure needs at most three levels`,
          ),
        );
      }
    }
  });

  it("reports binary garbage as not UTF-8, at the first byte that is not", async () => {
    expect(await measureIssues(fixture("binary-garbage.yaml"))).toEqual([
      `${MEASURE}:1:2: the file is not UTF-8 text (byte 0xF8 cannot be read) | save it again with the encoding "UTF-8"`,
    ]);
  });

  it("says a TIS-620 file is in the Thai Windows encoding and how to convert it", async () => {
    expect(await measureIssues(fixture("tis620.yaml"))).toEqual([
      `${MEASURE}:2:8: the file is saved in the Thai Windows encoding (TIS-620/windows-874), not UTF-8 | convert it with: iconv -f TIS-620 -t UTF-8 in.yaml > out.yaml, or open it in your editor and save it again with the encoding "UTF-8"`,
    ]);
  });

  it("reads a file with a byte-order mark and CRLF line ends, and counts its lines as an editor does", async () => {
    const cwd = await makeDataDir({ "2568/measures/03.yaml": fixture("bom-crlf.yaml") });
    const data = await loadYear("data", 2568, { cwd });
    expect(data.measures.map((m) => m.title)).toContain("มาตรการจาก Notepad");
    expect(await measureIssues(fixture("bom-crlf-problem.yaml"))).toEqual([
      `${MEASURE}:7:9 status: "dne" is not allowed here: use "done" or "not-done" | did you mean "done"?`,
    ]);
  });

  it("reports a NUL byte as a control character at its position, not as a UTF-16 file", async () => {
    expect(await measureIssues(fixture("nul-byte.yaml"))).toEqual([
      `${MEASURE}:2:15 title: an invisible control character (U+0000) is in the text | delete it: it usually comes from copying out of another program; retype the text around it if needed`,
    ]);
  });

  it("reports each control character (BEL, ESC, DEL, NEL) at its own column", async () => {
    const issues = await measureIssues(fixture("control-characters.yaml"));
    expect(issues.map((i) => /^[^ ]+ title: [^|]*\((U\+[0-9A-F]+)\)/.exec(i)?.slice(0, 2))).toEqual([
      [`${MEASURE}:2:15 title: an invisible control character (U+0007)`, "U+0007"],
      [`${MEASURE}:2:21 title: an invisible control character (U+001B)`, "U+001B"],
      [`${MEASURE}:2:26 title: an invisible control character (U+007F)`, "U+007F"],
      [`${MEASURE}:2:27 title: an invisible control character (U+0085)`, "U+0085"],
    ]);
  });

  it("reports a control character written as a YAML escape at the value", async () => {
    const measure = fixture("zero-width.yaml")
      .toString("utf8")
      .replace(/^title: .*$/m, 'title: "ทดสอบ\\aทดสอบ"');
    expect(await measureIssues(measure)).toEqual([
      `${MEASURE}:2:8 title: an invisible control character (U+0007) is in the text | delete it: it usually comes from copying out of another program; retype the text around it if needed`,
    ]);
  });

  it("reports bidi overrides and isolates, which would show the text in another order", async () => {
    const issues = await measureIssues(fixture("bidi-override.yaml"));
    expect(issues).toEqual(
      [
        ["2:16", "U+202E"],
        ["2:22", "U+202C"],
        ["2:28", "U+2066"],
        ["2:30", "U+2069"],
      ].map(
        ([at, cp]) =>
          `${MEASURE}:${at} title: an invisible text-direction character (${cp}) is in the text; it makes text show in another order than it is stored | delete it: Thai and English need no direction marks`,
      ),
    );
  });

  it("names each character Sarabun cannot draw (emoji, ✓, ★) with its code point and column", async () => {
    expect(await measureIssues(fixture("emoji.yaml"))).toEqual(
      [
        ["2:16", '"😀" (U+1F600)'],
        ["2:24", '"✓" (U+2713)'],
        ["2:26", '"★" (U+2605)'],
      ].map(
        ([at, ch]) =>
          `${MEASURE}:${at} title: the character ${ch} cannot be printed: the Sarabun font has no shape for it | delete it or write it in words (emoji, check marks and other symbols are not in the font)`,
      ),
    );
  });

  it("locates a character deep in a file: in a sub-item, and on the third line of a block scalar", async () => {
    const measure = [
      "no: 3",
      "title: มาตรการทดสอบ",
      "steps:",
      "  - text: ขั้นตอนแรก",
      "    items:",
      "      - ข้อย่อย ✓ เสร็จ",
      "responsible: [กองคลัง]",
      "status: done",
      "outcomes:",
      "  - paragraph: |",
      "      บรรทัดแรก",
      "      บรรทัดสอง",
      "      บรรทัดสาม 😀",
      "",
    ].join("\n");
    expect((await measureIssues(measure)).map((i) => i.split(": the character")[0])).toEqual([
      `${MEASURE}:6:17 steps[0].items[0]`,
      `${MEASURE}:13:17 outcomes[0].paragraph`,
    ]);
  });

  it("drops zero-width characters typed into text (ZWSP, ZWNJ, ZWJ, BOM, word joiner)", async () => {
    const cwd = await makeDataDir({ "2568/measures/03.yaml": fixture("zero-width.yaml") });
    const data = await loadYear("data", 2568, { cwd });
    expect(data.measures.find((m) => m.no === 3)?.title).toBe("มาตรการสร้างความโปร่งใสทดสอบ");
  });

  it("refuses a text made only of zero-width characters as empty", async () => {
    const measure = fixture("zero-width.yaml")
      .toString("utf8")
      .replace(/^title: .*$/m, "title: \u200B\uFEFF");
    expect(await measureIssues(measure)).toEqual([
      `${MEASURE}:2:8 title: the text is empty | write the text, or remove the field if it is optional`,
    ]);
  });
});

describe("images named in agency.yaml stay inside the data folder and must be images", () => {
  const agencyWith = (emblem: string): string =>
    readFileSync(new URL("../../fixtures/load/valid/agency.yaml", import.meta.url), "utf8").replace(
      "emblem: assets/garuda.png",
      `emblem: ${emblem}`,
    );

  async function agencyIssues(cwd: string): Promise<string[]> {
    try {
      await loadYear("data", 2568, { cwd, lang: "en" });
    } catch (error) {
      if (error instanceof DataError) return error.issues.map(issueLine);
      throw error;
    }
    throw new Error("the data loaded without a DataError");
  }

  it("refuses a path that climbs out of the data folder", async () => {
    const cwd = await makeDataDir({ "agency.yaml": agencyWith("../../etc/passwd") });
    expect(await agencyIssues(cwd)).toEqual([
      expect.stringMatching(/^data\/agency\.yaml:6:9 emblem: .*outside.*\| /),
    ]);
  });

  it("refuses an absolute path", async () => {
    const cwd = await makeDataDir({ "agency.yaml": agencyWith("/etc/passwd") });
    expect(await agencyIssues(cwd)).toEqual([expect.stringMatching(/^data\/agency\.yaml:6:9 emblem: .*\| /)]);
    expect((await agencyIssues(cwd))[0]).toMatch(/absolute|relative/);
  });

  it("refuses a link inside the data folder that points outside it", async () => {
    const cwd = await makeDataDir({ "agency.yaml": agencyWith("assets/passwd.png") });
    await symlink("/etc/passwd", join(cwd, "data", "assets", "passwd.png"));
    expect(await agencyIssues(cwd)).toEqual([
      expect.stringMatching(/^data\/agency\.yaml:6:9 emblem: .*link.*outside.*\| /),
    ]);
  });

  it("refuses a file that claims to be a PNG and is text", async () => {
    const cwd = await makeDataDir({
      "agency.yaml": agencyWith("assets/fake.png"),
      "assets/fake.png": fixture("not-an-image.png"),
    });
    expect(await agencyIssues(cwd)).toEqual([
      expect.stringMatching(/^data\/agency\.yaml:6:9 emblem: .*PNG, JPEG or SVG.*\| /),
    ]);
  });

  it("refuses a 50 MB image by its size, before reading it", async () => {
    const cwd = await makeDataDir({ "agency.yaml": agencyWith("assets/huge.png") });
    const file = join(cwd, "data", "assets", "huge.png");
    await mkdir(join(cwd, "data", "assets"), { recursive: true });
    // A real PNG signature and header, then 50 MB (sparse: written as a hole, not as bytes).
    await writeFile(file, fixture("../load/valid/assets/garuda.png"));
    const handle = await import("node:fs/promises").then((fs) => fs.open(file, "r+"));
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    const started = performance.now();
    expect(await agencyIssues(cwd)).toEqual([
      expect.stringMatching(/^data\/agency\.yaml:6:9 emblem: .*50\.0 MB.*10 MB.*\| /),
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
    await rm(cwd, { recursive: true, force: true });
  });
});
