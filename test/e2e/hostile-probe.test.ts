/**
 * The cases of the outside probe (issue 12), each run through the built CLI as a user runs it:
 * its exit code and first message line, within 10 s and 500 MB (measured by /usr/bin/time).
 * Big inputs are made here, never committed. With ITA_PROBE_REPORT=<file>, each run is also
 * appended to that file as a Markdown table row, for the closing note.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jpegHeader, png } from "../helpers/images.js";
import { assertBuilt, BIN, cleanEnv } from "./cli.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const VALID = join(ROOT, "test/fixtures/load/valid");
const HOSTILE = join(ROOT, "test/fixtures/hostile");
const MAX_SECONDS = 10;
const MAX_RSS_MB = 500;
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
const MEASURE_02 = readFileSync(join(VALID, "2568/measures/02-budget.yaml"), "utf8");
const REPORT = readFileSync(join(VALID, "2568/report.yaml"), "utf8");
/** Whether this machine lets a test mount a small tmpfs in its own namespace (unshare -rm). */
const CAN_MOUNT = spawnSync("unshare", ["-rm", "sh", "-c", "mount -t tmpfs tmpfs /mnt"]).status === 0;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  readonly rssMb: number;
}

/**
 * Runs the CLI under /usr/bin/time, killed after MAX_SECONDS; `shell` wraps the command line
 * (e.g. to mount a file system first, or to redirect stdout).
 */
function run(args: readonly string[], cwd: string, shell?: (command: string) => string): Run {
  const rssFile = join(cwd, ".rss");
  const quoted = [
    "/usr/bin/time",
    "-f",
    "%M",
    "-o",
    rssFile,
    "timeout",
    "-s",
    "KILL",
    String(MAX_SECONDS),
    process.execPath,
    BIN,
    ...args,
  ]
    .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
    .join(" ");
  const started = performance.now();
  const child = spawnSync("sh", ["-c", shell === undefined ? quoted : shell(quoted)], {
    cwd,
    env: cleanEnv(),
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - started) / 1000;
  const rssKb = Number(/^(\d+)\s*$/m.exec(readFileSync(rssFile, "utf8"))?.[1] ?? Infinity);
  return { code: child.status, stdout: child.stdout, stderr: child.stderr, seconds, rssMb: rssKb / 1024 };
}

/** The first line a user reads: past the "Found N problems" heading, from stderr, else stdout. */
function firstMessageLine(result: Run): string {
  const lines = result.stderr
    .split("\n")
    .filter((l) => l !== "" && !/^Found \d+ problems? in the data:$/.test(l));
  return lines[0] ?? result.stdout.split("\n")[0] ?? "";
}

interface ProbeCase {
  readonly name: string;
  /** Puts the hostile input into a workspace holding a copy of the valid data in data/. */
  readonly arrange?: (dir: string) => Promise<void>;
  /** The command lines to run; default validate and build of 2568. */
  readonly commands?: readonly (readonly string[])[];
  readonly shell?: (command: string) => string;
  readonly code: number;
  /** The first message line, exactly, or a pattern for it. */
  readonly first: string | RegExp;
  /** A check of the workspace after the runs. */
  readonly after?: (dir: string) => Promise<void>;
  readonly needsMount?: boolean;
}

const VALIDATE_AND_BUILD = [
  ["validate", "2568", "--lang", "en"],
  ["build", "2568", "--lang", "en"],
] as const;

const put = (dir: string, path: string, content: string | Uint8Array): Promise<void> =>
  mkdir(join(dir, "data", path, ".."), { recursive: true }).then(() =>
    writeFile(join(dir, "data", path), content),
  );
const replaceIn = async (dir: string, path: string, from: RegExp, to: string): Promise<void> => {
  const file = join(dir, "data", path);
  await writeFile(file, (await readFile(file, "utf8")).replace(from, to));
};
const measureWith =
  (line: string): ((dir: string) => Promise<void>) =>
  (dir) =>
    replaceIn(
      dir,
      "2568/measures/02-budget.yaml",
      line.startsWith("no:") ? /^no: .*$/m : /^title: .*$/m,
      line,
    );
const emblem =
  (bytes: Uint8Array): ((dir: string) => Promise<void>) =>
  (dir) =>
    put(dir, "assets/garuda.png", bytes);
const logo =
  (text: string | Uint8Array): ((dir: string) => Promise<void>) =>
  (dir) =>
    put(dir, "assets/logo.svg", text);
const filesUnder = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

const EMBLEM = 'data/agency.yaml:6:9 emblem: the image "assets/garuda.png"';
const LOGO_SVG = 'data/agency.yaml:7:7 logo: the SVG image "assets/logo.svg"';
const M02 = "data/2568/measures/02-budget.yaml";
const M03 = "data/2568/measures/03.yaml";

const CASES: readonly ProbeCase[] = [
  // --- security: nothing outside the data folder is read -------------------------------------
  {
    name: "an SVG logo whose <image> points outside the data folder",
    arrange: async (dir) => {
      await mkdir(join(dir, "secret"));
      await writeFile(join(dir, "secret/private.png"), png(10, 10));
      await logo(readFileSync(join(HOSTILE, "svg-image-outside.svg")))(dir);
    },
    code: 1,
    first: `${LOGO_SVG} refers to something outside itself ("../../secret/private.png"): it was not used`,
    after: async (dir) => expect(await filesUnder(join(dir, "out"))).toEqual([]),
  },
  {
    name: "an SVG logo whose <image> is an absolute path",
    arrange: logo(readFileSync(join(HOSTILE, "svg-image-absolute.svg"))),
    code: 1,
    first: `${LOGO_SVG} refers to something outside itself ("/etc/passwd"): it was not used`,
  },
  {
    name: "an SVG logo with an external entity",
    arrange: logo(readFileSync(join(HOSTILE, "svg-entity.svg"))),
    code: 1,
    first: `${LOGO_SVG} declares XML entities (<!ENTITY>): it was not used`,
  },
  {
    name: "a measure file that is a FIFO",
    arrange: async (dir) => void execFileSync("mkfifo", [join(dir, "data/2568/measures/03.yaml")]),
    code: 1,
    first: `${M03}: this is not an ordinary file (a pipe, a device or a socket): it was not read`,
  },
  ...["/dev/zero", "/dev/urandom"].map((device): ProbeCase => ({
    name: `a measure file linked to ${device}`,
    arrange: (dir) => symlink(device, join(dir, "data/2568/measures/03.yaml")),
    code: 1,
    first: `${M03}: the file is a link to a place outside the data folder: it was not read`,
  })),
  {
    name: "an emblem linked to /dev/zero",
    arrange: async (dir) => {
      await rm(join(dir, "data/assets/garuda.png"));
      await symlink("/dev/zero", join(dir, "data/assets/garuda.png"));
    },
    code: 1,
    first: 'data/agency.yaml:6:9 emblem: "assets/garuda.png" is a link to a file outside the data folder',
  },
  {
    name: "a measure file that is a link inside the data folder is read like any file",
    arrange: async (dir) => {
      await put(dir, "drafts/three.yaml", MEASURE_02.replace(/^no: .*$/m, "no: 3"));
      await symlink("../../drafts/three.yaml", join(dir, "data/2568/measures/03.yaml"));
    },
    commands: [["validate", "2568", "--lang", "en"]],
    code: 0,
    first: "The data is valid: data/2568",
    after: async () => undefined,
  },
  {
    name: "a measures folder that is a link to a folder outside the data folder",
    arrange: async (dir) => {
      await cp(join(dir, "data/2568/measures"), join(dir, "elsewhere"), { recursive: true });
      await rm(join(dir, "data/2568/measures"), { recursive: true });
      await symlink(join(dir, "elsewhere"), join(dir, "data/2568/measures"));
    },
    code: 1,
    first:
      "data/2568/measures: the measures folder is a link to a place outside the data folder: it was not read",
  },
  // --- hangs and memory --------------------------------------------------------------------------
  {
    name: "build --check when an output file is a FIFO",
    arrange: async (dir) => {
      await mkdir(join(dir, "out/2568"), { recursive: true });
      execFileSync("mkfifo", [join(dir, "out/2568/memo.pdf")]);
    },
    commands: [["build", "2568", "--check", "--lang", "en"]],
    code: 1,
    first: "4 files of out/2568 do not match the data:",
  },
  {
    name: "init into a folder under /proc",
    commands: [["init", "2569", "--data", "/proc/ita-report/data", "--lang", "en"]],
    code: 2,
    first: "cannot write into /proc/ita-report (ENOENT: no such file or directory)",
  },
  ...[20000, 40000].map((side): ProbeCase => ({
    name: `a PNG emblem of ${side} × ${side} pixels`,
    arrange: emblem(png(side, side, { idat: deflateSync(Buffer.alloc(side + 1)) })),
    code: 1,
    first: `${EMBLEM} is ${side} × ${side} pixels, more than 6000 pixels a side or 8 megapixels`,
  })),
  {
    name: "a 100 × 100 PNG whose data inflates to 64 MB",
    arrange: emblem(png(100, 100, { idat: deflateSync(Buffer.alloc(64 * 1024 * 1024)) })),
    code: 1,
    first: `${EMBLEM} is damaged: its PNG data is cut short or corrupt`,
  },
  {
    name: "a 200 MB measure file",
    arrange: async (dir) => {
      await put(dir, "2568/measures/03.yaml", MEASURE_02.replace(/^no: .*$/m, "no: 3"));
      execFileSync("truncate", ["-s", "200M", join(dir, "data/2568/measures/03.yaml")]);
    },
    code: 1,
    first: `${M03}: the file is 204,800 KB, more than the 1,024 KB a data file may hold: it was not read`,
  },
  {
    name: "a measures folder of 1,003 files",
    arrange: async (dir) => {
      for (let i = 3; i <= 1003; i++)
        await put(
          dir,
          `2568/measures/${String(i).padStart(4, "0")}.yaml`,
          MEASURE_02.replace(/^no: .*$/m, `no: ${i}`),
        );
    },
    code: 1,
    first:
      "data/2568/measures: the folder holds 1,003 measure files, more than the 999 a report may have: none was read",
  },
  // --- crashes with a stack trace ---------------------------------------------------------------
  ...["99999999999999999999", "9007199254740993", "1e300", "100000000", "10000000"].map((no): ProbeCase => ({
    name: `no: ${no}`,
    arrange: measureWith(`no: ${no}`),
    code: 1,
    first: `${M02}:1:5 no: ${no} is too big: the largest allowed is 999`,
  })),
  {
    name: "an SVG logo nested 3,000 levels deep",
    arrange: logo(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${"<g>".repeat(3000)}${"</g>".repeat(3000)}</svg>`,
    ),
    code: 1,
    first: `${LOGO_SVG} nests its elements more than 100 levels deep: it was not used`,
  },
  {
    name: "a 20000 × 1 PNG emblem",
    arrange: emblem(png(20000, 1)),
    code: 1,
    first: `${EMBLEM} is 20000 × 1 pixels, more than 6000 pixels a side or 8 megapixels`,
  },
  {
    name: "an SVG logo 100,000,000 units wide",
    arrange: logo('<svg xmlns="http://www.w3.org/2000/svg" width="100000000" height="100"/>'),
    code: 1,
    first:
      'data/agency.yaml:7:7 logo: the image "assets/logo.svg" is 1000000:1 (width:height): the logo box takes from 1:3 to 3:1',
  },
  {
    name: "init on a read-only file system",
    needsMount: true,
    commands: [["init", "2569", "--data", "ro/data", "--lang", "en"]],
    shell: (command) =>
      `mkdir -p ro && unshare -rm sh -c "mount -t tmpfs -o ro tmpfs ro && ${command.replace(/"/g, '\\"')}"`,
    code: 2,
    first: "cannot write into ro/data (EROFS: read-only file system)",
  },
  {
    name: "init on a full file system leaves no partial year",
    needsMount: true,
    commands: [["init", "2569", "--data", "full/data", "--lang", "en"]],
    shell: (command) =>
      `mkdir -p full && unshare -rm sh -c "mount -t tmpfs -o size=40k tmpfs full && ${command.replace(/"/g, '\\"')}; s=\\$?; ls -A full > listing; exit \\$s"`,
    code: 2,
    first: "cannot write into full/data (ENOSPC: no space left on device)",
    after: async (dir) => expect(await readFile(join(dir, "listing"), "utf8")).toBe(""),
  },
  {
    name: "schema on a read-only file system",
    needsMount: true,
    commands: [["schema", "--out", "ro/schema", "--lang", "en"]],
    shell: (command) =>
      `mkdir -p ro && unshare -rm sh -c "mount -t tmpfs -o ro tmpfs ro && ${command.replace(/"/g, '\\"')}"`,
    code: 2,
    first: "cannot write into ro/schema (EROFS: read-only file system)",
  },
  {
    name: "build on a full file system writes none of its files",
    needsMount: true,
    commands: [["build", "2568", "--out", "full/out", "--lang", "en"]],
    shell: (command) =>
      `mkdir -p full && unshare -rm sh -c "mount -t tmpfs -o size=40k tmpfs full && ${command.replace(/"/g, '\\"')}; s=\\$?; ls -A full/out > listing; exit \\$s"`,
    code: 2,
    first: /^cannot write into full\/out \(ENOSPC: no space left on device\)$/,
    after: async (dir) => expect(await readFile(join(dir, "listing"), "utf8")).toBe(""),
  },
  {
    name: "stdout to a full device (> /dev/full)",
    commands: [["validate", "2568", "--lang", "en"]],
    shell: (command) => `${command} > /dev/full`,
    code: 2,
    first: "cannot write to the stdout (ENOSPC): the output is incomplete",
  },
  {
    name: "--help read by a reader that stops after one byte (| head -c1)",
    commands: [["--help"]],
    // The exit code of the CLI, not of head: written by the left side of the pipe.
    shell: (command) => `{ ${command}; echo $? > status; } | head -c1 > /dev/null; exit "$(cat status)"`,
    code: 0,
    first: "",
  },
  // --- silent or wrong results ------------------------------------------------------------------
  {
    name: "temporaries of a killed build are removed by the next build",
    arrange: async (dir) => {
      await mkdir(join(dir, "out/2568"), { recursive: true });
      await writeFile(join(dir, "out/2568/.memo.pdf.0123456789ab.tmp"), "half a PDF");
      await writeFile(join(dir, "out/2568/.notes.txt"), "the user's own file");
    },
    commands: [["build", "2568", "--lang", "en"]],
    code: 0,
    first: /^out\/2568\/memo\.pdf +\d/,
    after: async (dir) =>
      expect(await readdir(join(dir, "out/2568"))).toEqual(
        expect.not.arrayContaining([".memo.pdf.0123456789ab.tmp"]),
      ),
  },
  {
    name: "a set of files from two builds (a build killed between two renames)",
    arrange: async (dir) => {
      expect(run(["build", "2568", "--lang", "en"], dir).code).toBe(0);
      // The state a kill leaves: one file from another build, the others and the record as they were.
      await writeFile(join(dir, "out/2568/report.pdf"), "%PDF- from another build");
    },
    commands: [["build", "2568", "--check", "--lang", "en"]],
    code: 1,
    first: "1 file of out/2568 does not match the data:",
    after: async () => undefined,
  },
  {
    name: "a memo date 2399-12-31 (a typo for 2569)",
    arrange: async (dir) =>
      put(dir, "2568/report.yaml", REPORT.replace(/^ {2}date: .*$/m, "  date: 2399-12-31")),
    code: 1,
    first: 'data/2568/report.yaml:5:9 memo.date: "2399-12-31" is in B.E. 2942, far from fiscal year 2568',
  },
  {
    name: "a decomposed SARA AM (U+0E4D U+0E32)",
    arrange: measureWith("title: น\u0E49\u0E4D\u0E32ท่วม"),
    code: 0,
    first: "1 note on the data (the documents can be built):",
  },
  ...[
    [
      "title: !!set { a, b }",
      `${M02}:2:14: the YAML tag !!set makes this value something the data never holds`,
    ],
    [
      "title: !!binary aGVsbG8=",
      `${M02}:2:17: the YAML tag !!binary makes this value something the data never holds`,
    ],
    [
      "title: !!timestamp 2001-12-14",
      `${M02}:2:20: the YAML tag !!timestamp makes this value something the data never holds`,
    ],
    [
      "no: .inf",
      `${M02}:1:5 no: expected a number, got the special value .inf, which YAML reads as infinity`,
    ],
    [
      "no: .nan",
      `${M02}:1:5 no: expected a number, got the special value .nan, which YAML reads as not-a-number`,
    ],
    ["no: 9_0", `${M02}:1:5 no: expected a number, got text`],
  ].map(([line = "", first = ""]): ProbeCase => ({ name: line, arrange: measureWith(line), code: 1, first })),
  {
    name: "a file of two YAML documents",
    arrange: (dir) => put(dir, "2568/measures/02-budget.yaml", `${MEASURE_02}---\n${MEASURE_02}`),
    code: 1,
    first: new RegExp(
      `^${M02}:\\d+:1: a second YAML document starts here \\(a line "---"\\): a file holds one$`,
    ),
  },
  {
    name: "a year folder written in Thai digits",
    arrange: async (dir) => {
      await cp(join(dir, "data/2568"), join(dir, "data/๒๕๖๙"), { recursive: true });
    },
    commands: [["validate", "2569", "--lang", "en"]],
    code: 1,
    first: "data/2569: there is no folder for fiscal year 2569",
  },
  {
    name: "a year folder 0000",
    arrange: async (dir) => {
      await rm(join(dir, "data/2567"), { recursive: true });
      await rm(join(dir, "data/2568"), { recursive: true });
      await mkdir(join(dir, "data/0000"));
    },
    commands: [["validate", "--lang", "en"]],
    code: 1,
    first: "data: there is no fiscal-year folder (such as 2568) in the data folder",
  },
  {
    name: "a measure file name with a newline and an escape character",
    arrange: (dir) => put(dir, "2568/measures/bad\nname\u001b[31m.yaml", "no: 3\n"),
    code: 1,
    first: /^data\/2568\/measures\/bad\\nname\\u\{1B\}\[31m\.yaml:1:1 /,
  },
  {
    name: "build --watch when the data folder is moved away",
    commands: [["build", "2568", "--watch", "--lang", "en"]],
    shell: (command) => `${command} & p=$!; sleep 4; mv data moved; wait $p`,
    code: 2,
    first: "the data folder data was moved or deleted: stopped watching",
    after: async () => undefined,
  },
  // --- wrong documents from plausible data ------------------------------------------------------
  {
    name: "a 4:1 emblem",
    arrange: emblem(png(400, 100)),
    code: 1,
    first: `${EMBLEM} is 4:1 (width:height): the emblem box takes from 1:3 to 2:1`,
  },
  {
    name: "an 8:1 logo",
    arrange: logo(
      '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="100"><rect width="800" height="100"/></svg>',
    ),
    code: 1,
    first:
      'data/agency.yaml:7:7 logo: the image "assets/logo.svg" is 8:1 (width:height): the logo box takes from 1:3 to 3:1',
  },
  {
    name: "a 12-bit JPEG emblem",
    arrange: emblem(jpegHeader(0xc1, 12, 100, 100)),
    code: 1,
    first: `${EMBLEM} is a 12-bit JPEG, which PDF readers do not draw`,
  },
];

describe("the outside probe's hostile inputs: a located message or the documents, within 10 s and 500 MB", () => {
  const dirs: string[] = [];
  beforeAll(assertBuilt);
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  for (const probe of CASES) {
    test.skipIf(probe.needsMount === true && !CAN_MOUNT)(probe.name, async () => {
      const dir = await mkdtemp(join(tmpdir(), "ita-probe-"));
      dirs.push(dir);
      await cp(VALID, join(dir, "data"), { recursive: true });
      await probe.arrange?.(dir);
      for (const args of probe.commands ?? VALIDATE_AND_BUILD) {
        const result = run(args, dir, probe.shell);
        const first = firstMessageLine(result);
        const report = process.env["ITA_PROBE_REPORT"];
        if (report !== undefined) {
          const cells = [probe.name, args.join(" "), String(result.code), `\`${first}\``];
          cells.push(result.seconds.toFixed(1), result.rssMb.toFixed(0));
          appendFileSync(report, `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |\n`);
        }
        expect(result.code, `${args.join(" ")}\n${result.stderr}`).toBe(probe.code);
        if (typeof probe.first === "string") expect(first, args.join(" ")).toBe(probe.first);
        else expect(first, args.join(" ")).toMatch(probe.first);
        expect(result.stderr).not.toMatch(STACK_FRAME);
        expect(result.seconds).toBeLessThan(MAX_SECONDS);
        expect(result.rssMb).toBeLessThan(MAX_RSS_MB);
      }
      if (probe.after !== undefined) await probe.after(dir);
      else if (probe.code !== 0 && probe.commands === undefined)
        expect(await filesUnder(join(dir, "out"))).toEqual([]);
    });
  }
});
