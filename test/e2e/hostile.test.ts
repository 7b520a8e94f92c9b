import { execFileSync, spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { visibleText } from "../helpers/pdf-text.js";
import { assertBuilt, BIN, cleanEnv, type CliResult, removeWorkspace, runCli } from "./cli.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const VALID = join(ROOT, "test/fixtures/load/valid");
const HOSTILE = join(ROOT, "test/fixtures/hostile");
/** A workspace with the valid data, for tests that run the CLI synchronously. */
let VALID_WORKSPACE = "";
/** A stack frame line: what a user must never see for a mistake of theirs. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/** A workspace holding the small valid data folder, plus one more measure file when given. */
async function workspaceWith(extraMeasure?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ita-hostile-"));
  await cp(VALID, join(dir, "data"), { recursive: true });
  if (extraMeasure !== undefined)
    await cp(join(HOSTILE, extraMeasure), join(dir, "data/2568/measures/03.yaml"));
  return dir;
}

/** Every file under a folder, relative to it (temporary files included). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

const unzipText = (docx: string, entry: string): string =>
  execFileSync("unzip", ["-p", docx, entry], { encoding: "utf8", maxBuffer: 1 << 26 });

/** Each problem is printed with a hint line under it: every message says what to do. */
function expectHintUnderEachIssue(result: CliResult): void {
  const lines = result.stderr.trimEnd().split("\n").slice(1);
  expect(lines.length).toBeGreaterThan(0);
  for (let i = 0; i < lines.length; i += 2) {
    expect(lines[i]).toMatch(/^data\/\S+:\d+:\d+ /);
    expect(lines[i + 1]).toMatch(/^ {2}\S/);
  }
}

describe("ita-report on hostile input: no crash, no half-written output, a message that says what to do", () => {
  const dirs: string[] = [];
  const track = (dir: string): string => (dirs.push(dir), dir);
  beforeAll(async () => {
    await assertBuilt();
    VALID_WORKSPACE = track(await workspaceWith());
  });
  afterAll(async () => {
    for (const dir of dirs) await removeWorkspace(dir);
  });

  test("emoji in a measure: exit 1, each character located with a hint, and the old output left as it was", async () => {
    const dir = track(await workspaceWith("emoji.yaml"));
    await mkdir(join(dir, "out/2568"), { recursive: true });
    await writeFile(join(dir, "out/2568/report.pdf"), "the previous build");
    const result = await runCli(["build", "2568", "--lang", "en"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Found 3 problems in the data:$/m);
    expect(result.stderr).toContain(
      'data/2568/measures/03.yaml:2:16 title: the character "😀" (U+1F600) cannot be printed',
    );
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expectHintUnderEachIssue(result);
    expect(await filesUnder(join(dir, "out"))).toEqual(["2568/report.pdf"]);
    expect(await readFile(join(dir, "out/2568/report.pdf"), "utf8")).toBe("the previous build");
  });

  test("control and bidi characters: exit 1 with located issues, nothing written", async () => {
    for (const file of ["control-characters.yaml", "bidi-override.yaml", "nul-byte.yaml"]) {
      const dir = track(await workspaceWith(file));
      const result = await runCli(["build", "2568", "--lang", "en"], dir);
      expect(result.code, file).toBe(1);
      expect(result.stderr, file).toMatch(/^data\/2568\/measures\/03\.yaml:2:\d+ title: an invisible /m);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expectHintUnderEachIssue(result);
      expect(await filesUnder(join(dir, "out"))).toEqual([]);
    }
  });

  test("zero-width characters typed into a title: neither boxes nor stray spaces in the PDF, none in the DOCX", async () => {
    const dir = track(await workspaceWith("zero-width.yaml"));
    const result = await runCli(["build", "2568", "--only", "report", "--lang", "en"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const pdf = join(dir, "out/2568/report.pdf");
    const raw = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
    // The title wraps in its narrow cell; joined across line ends it must come out whole, with
    // no space where a zero-width character was typed and no invisible character left.
    expect(raw.replace(/\n/g, "")).toContain("มาตรการสร้างความโปร่งใสทดสอบ");
    expect(visibleText(raw)).toContain("๓มาตรการสร้างความโปร่งใสทดสอบ๑.เผยแพร่");
    expect(raw).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/u);
    const xml = unzipText(join(dir, "out/2568/report.docx"), "word/document.xml");
    expect(xml).toContain("มาตรการสร้างความโปร่งใสทดสอบ");
    expect(xml).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/u);
  });

  test("a BOM and CRLF line ends (Windows Notepad) build like any file", async () => {
    const dir = track(await workspaceWith("bom-crlf.yaml"));
    const result = await runCli(
      ["build", "2568", "--only", "report", "--format", "docx", "--lang", "en"],
      dir,
    );
    expect(result.code).toBe(0);
    expect(unzipText(join(dir, "out/2568/report.docx"), "word/document.xml")).toContain("มาตรการจาก Notepad");
  });

  test("an alias bomb, binary garbage and a TIS-620 file: exit 1 in well under a minute, each located", async () => {
    for (const [file, message] of [
      ["billion-laughs.yaml", "Excessive alias count"],
      ["binary-garbage.yaml", "not UTF-8"],
      ["tis620.yaml", "TIS-620"],
    ] as const) {
      const dir = track(await workspaceWith(file));
      const result = await runCli(["validate", "2568", "--lang", "en"], dir);
      expect(result.code, file).toBe(1);
      expect(result.stderr, file).toMatch(
        new RegExp(`^data/2568/measures/03\\.yaml:\\d+:\\d+: .*${message}`, "m"),
      );
      expect(result.stderr).not.toMatch(STACK_FRAME);
    }
  });

  test("an emblem outside the data folder (path, absolute, link) is refused at its line in agency.yaml", async () => {
    const agency = await readFile(join(VALID, "agency.yaml"), "utf8");
    for (const emblem of ["../../etc/passwd", "/etc/passwd", "assets/link.png"]) {
      const dir = track(await workspaceWith());
      await writeFile(join(dir, "data/agency.yaml"), agency.replace("assets/garuda.png", emblem));
      await symlink("/etc/passwd", join(dir, "data/assets/link.png"));
      const result = await runCli(["build", "2568", "--lang", "en"], dir);
      expect(result.code, emblem).toBe(1);
      expect(result.stderr, emblem).toMatch(/^data\/agency\.yaml:6:9 emblem: /m);
      expect(result.stderr).not.toContain("root:");
      expect(await filesUnder(join(dir, "out"))).toEqual([]);
    }
  });

  test("an output folder that cannot be created: exit 2, the folder named, what to do, nothing written", async () => {
    const dir = track(await workspaceWith());
    await writeFile(join(dir, "a-file"), "not a folder");
    const result = await runCli(["build", "2568", "--out", "a-file/out", "--lang", "en"], dir);
    expect(result.code).toBe(2);
    // The file that stands where a folder should be is the one named.
    expect(result.stderr).toContain("cannot write into a-file (ENOTDIR: not a directory)");
    expect(result.stderr).toMatch(/^ {2}choose another output folder with --out/m);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(await filesUnder(dir).then((f) => f.filter((p) => !p.startsWith("data/")))).toEqual(["a-file"]);
  });

  // A header alone proves nothing: a PNG whose data is damaged used to stop the PDF writer with
  // an internal error, and a damaged JPEG built silently into a PDF that cannot draw it.
  for (const image of ["damaged.png", "damaged.jpg"]) {
    test(`an emblem whose image data is damaged (${image}) is a located data issue`, async () => {
      const dir = track(await workspaceWith());
      await cp(join(HOSTILE, image), join(dir, "data/assets/garuda.png"));
      const result = await runCli(["build", "2568", "--lang", "en"], dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^data\/agency\.yaml:6:9 emblem: /m);
    });
  }

  // Node's recursive mkdir loops forever when mkdir answers ENOENT for a folder whose parent
  // exists, which is what /proc does; writeAtomic creates folders one level at a time instead.
  // The child is stopped after 8 s if it hangs again.
  test("an output folder under /proc fails within seconds instead of hanging", () => {
    const child = spawnSync(
      process.execPath,
      [BIN, "build", "2568", "--out", "/proc/ita-report/out", "--lang", "en"],
      {
        cwd: VALID_WORKSPACE,
        env: cleanEnv(),
        encoding: "utf8",
        timeout: 8000,
      },
    );
    expect(child.signal).toBeNull();
    expect(child.status).toBe(2);
  });

  describe("an installation that lost a font file", () => {
    let install: string;
    beforeAll(async () => {
      install = track(await mkdtemp(join(tmpdir(), "ita-install-")));
      for (const part of ["dist", "bin", "package.json", "templates"])
        await cp(join(ROOT, part), join(install, part), { recursive: true });
      await symlink(join(ROOT, "node_modules"), join(install, "node_modules"));
      await mkdir(join(install, "fonts"));
      for (const face of ["Bold", "Italic", "BoldItalic"]) {
        await cp(join(ROOT, `fonts/Sarabun-${face}.ttf`), join(install, `fonts/Sarabun-${face}.ttf`));
      }
    });

    test("build says the installation is broken and to reinstall (exit 70), without a stack, writing nothing", async () => {
      const dir = track(await workspaceWith());
      const result = await runCli([], dir, [
        process.execPath,
        join(install, "bin/ita-report.js"),
        "build",
        "2568",
        "--lang",
        "en",
      ]);
      expect(result.code).toBe(70);
      expect(result.stderr).toMatch(
        /^ita-report's installation is broken: the font file .*Sarabun-Regular\.ttf is missing$/m,
      );
      expect(result.stderr).toMatch(/^ {2}reinstall ita-report/m);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(await filesUnder(join(dir, "out"))).toEqual([]);
    });
  });
});
