import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parse, parseDocument, visit } from "yaml";
import { UsageError } from "../errors.js";
import { TO_FILL_IN, isToFillIn } from "../model/to-fill-in.js";
import {
  DATA_FILE_KINDS,
  type DataFileKind,
  jsonSchemaText,
  schemaFileName,
} from "../schema/json-schemas.js";
import { SCHEMA_DIR_NAME, schemaComment, withSchemaComment } from "../schema/schema-comment.js";
import { carryOverMeasure, carryOverReport } from "./carry-over.js";
import { fillTemplate } from "./fill-template.js";
import { TEMPLATES_DIR } from "./templates-dir.js";
import { writeAllOrNothing } from "./write-all-or-nothing.js";
import { yearsWithReport } from "./years-with-report.js";

export interface ScaffoldOptions {
  /** The data folder (holding agency.yaml and the year folders); created when missing. */
  readonly dataDir: string;
  /** The new fiscal year, B.E. */
  readonly year: number;
  /** The year to carry over; default: the newest year before `year` that has a report.yaml. */
  readonly from?: number;
  /** Paths in messages are shown relative to this folder; default: the process's. */
  readonly cwd?: string;
  /** Folder of the templates, for tests; default: the package's templates/. */
  readonly templatesDir?: string;
}

export type ScaffoldSource =
  { readonly kind: "year"; readonly year: number } | { readonly kind: "templates" };

export interface ScaffoldedFile {
  readonly path: string;
  /** False when the file existed: it is left as it was. */
  readonly created: boolean;
  /** "To fill in" markers in the file written. */
  readonly markers: number;
}

export interface ScaffoldResult {
  readonly year: number;
  readonly source: ScaffoldSource;
  readonly files: readonly ScaffoldedFile[];
  /** Year mentions moved to the new year in the carried-over files that were written. */
  readonly yearMentions: number;
}

interface PlannedFile {
  readonly path: string;
  /** The content, and how many year mentions it moved from the previous year's file. */
  readonly text: () => Promise<{ text: string; mentions: number }>;
}

/** Values still holding the marker (comments that mention it do not count): what validate lists. */
function countMarkers(path: string, text: string): number {
  if (!/\.ya?ml$/i.test(path)) return 0;
  let count = 0;
  visit(parseDocument(text), {
    Scalar(_, node) {
      if (isToFillIn(node.value)) count += 1;
    },
  });
  return count;
}
const isYaml = (name: string): boolean => /\.ya?ml$/i.test(name) && !name.startsWith(".");

/** The kind of a YAML file of the data folder, by its place; undefined for other files. */
function kindOf(dataDir: string, path: string): DataFileKind | undefined {
  const parts = relative(dataDir, path).split(sep);
  if (!isYaml(parts[parts.length - 1] ?? "")) return undefined;
  if (parts.length === 1) return "agency";
  if (parts.length === 2) return "report";
  return "measure";
}

async function agencyName(dataDir: string): Promise<string> {
  try {
    const agency: unknown = parse(await readFile(join(dataDir, "agency.yaml"), "utf8"));
    const name = (agency as { name?: unknown } | null)?.name;
    return typeof name === "string" && name.trim() !== "" && !isToFillIn(name) ? name.trim() : TO_FILL_IN;
  } catch {
    return TO_FILL_IN;
  }
}

async function chooseSource(options: ScaffoldOptions): Promise<ScaffoldSource> {
  const years = await yearsWithReport(options.dataDir);
  if (options.from !== undefined) {
    if (!years.includes(options.from)) {
      throw new UsageError(
        `--from ${options.from}: ${join(options.dataDir, String(options.from))} has no report.yaml`,
      );
    }
    return { kind: "year", year: options.from };
  }
  const earlier = years.filter((y) => y < options.year);
  const newest = earlier[earlier.length - 1];
  return newest === undefined ? { kind: "templates" } : { kind: "year", year: newest };
}

async function yamlFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter(isYaml).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

/** The year's files, from the previous year or from the templates. */
async function yearFiles(options: ScaffoldOptions, source: ScaffoldSource): Promise<PlannedFile[]> {
  const { dataDir, year } = options;
  const target = join(dataDir, String(year));
  if (source.kind === "year") {
    const from = join(dataDir, String(source.year));
    const carry = (fn: typeof carryOverReport, file: string) => async () => {
      const shown = relative(options.cwd ?? process.cwd(), file);
      const result = fn(await readFile(file, "utf8"), shown, source.year, year);
      return { text: result.text, mentions: result.yearMentions };
    };
    const measures = await yamlFiles(join(from, "measures"));
    return [
      { path: join(target, "report.yaml"), text: carry(carryOverReport, join(from, "report.yaml")) },
      ...measures.map((name) => ({
        path: join(target, "measures", name),
        text: carry(carryOverMeasure, join(from, "measures", name)),
      })),
    ];
  }
  const templates = options.templatesDir ?? TEMPLATES_DIR;
  const agency = await agencyName(dataDir);
  const fromTemplate = (file: string) => async () => ({
    text: fillTemplate(await readFile(join(templates, file), "utf8"), { year, agency }),
    mentions: 0,
  });
  const measures = await yamlFiles(join(templates, "measures"));
  return [
    { path: join(target, "report.yaml"), text: fromTemplate("report.yaml") },
    ...measures.map((name) => ({
      path: join(target, "measures", name),
      text: fromTemplate(`measures/${name}`),
    })),
  ];
}

/**
 * Scaffolds `data/<year>/` for a new fiscal year: from the previous year's files (carried over,
 * see carry-over.ts) or, when there is none, from templates/. The data folder's agency.yaml and
 * JSON Schemas are added when missing, so that a new data folder works at once. An existing
 * file is never overwritten, and every file is prepared before the first is written, so a
 * previous year's file that cannot be read stops `init` with nothing written; the writing
 * itself is all or nothing (write-all-or-nothing.ts).
 */
export async function scaffoldYear(options: ScaffoldOptions): Promise<ScaffoldResult> {
  const { dataDir } = options;
  const templates = options.templatesDir ?? TEMPLATES_DIR;
  const source = await chooseSource(options);
  const shared: PlannedFile[] = [
    {
      path: join(dataDir, "agency.yaml"),
      text: async () => ({ text: await readFile(join(templates, "agency.yaml"), "utf8"), mentions: 0 }),
    },
    ...DATA_FILE_KINDS.map((kind) => ({
      path: join(dataDir, SCHEMA_DIR_NAME, schemaFileName(kind)),
      text: async () => ({ text: jsonSchemaText(kind), mentions: 0 }),
    })),
  ];
  const prepared: { path: string; text: string; mentions: number }[] = [];
  for (const file of [...shared, ...(await yearFiles(options, source))]) {
    const kind = kindOf(dataDir, file.path);
    const { text, mentions } = await file.text();
    const withComment = kind ? withSchemaComment(text, schemaComment(file.path, dataDir, kind)) : text;
    prepared.push({ path: file.path, text: withComment, mentions });
  }
  const createdFlags = await writeAllOrNothing(dataDir, options.year, prepared);
  const files: ScaffoldedFile[] = [];
  let yearMentions = 0;
  for (const [i, file] of prepared.entries()) {
    const created = createdFlags[i] === true;
    if (created) yearMentions += file.mentions;
    files.push({ path: file.path, created, markers: created ? countMarkers(file.path, file.text) : 0 });
  }
  return { year: options.year, source, files, yearMentions };
}
