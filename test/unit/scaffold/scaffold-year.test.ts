import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { DataError, UsageError } from "../../../src/errors.js";
import { loadYear } from "../../../src/load/index.js";
import { TO_FILL_IN } from "../../../src/model/index.js";
import { scaffoldYear } from "../../../src/scaffold/scaffold-year.js";

const SEED = new URL("../../../data/", import.meta.url);
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "ita-scaffold-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = async (path: string): Promise<unknown> => parse(await readFile(join(dir, path), "utf8"));
const created = (files: readonly { path: string; created: boolean }[]): string[] =>
  files.filter((f) => f.created).map((f) => relative(dir, f.path));

describe("scaffoldYear from the templates", () => {
  test("creates a complete data folder in an empty folder", async () => {
    const result = await scaffoldYear({ dataDir: dir, year: 2569 });
    expect(result.source).toEqual({ kind: "templates" });
    expect(created(result.files).sort()).toEqual([
      "2569/measures/01-example.yaml",
      "2569/report.yaml",
      "agency.yaml",
      "schema/agency.schema.json",
      "schema/measure.schema.json",
      "schema/report.schema.json",
    ]);
  });

  test("fills in the year, and the agency's name when agency.yaml has one", async () => {
    await writeFile(
      join(dir, "agency.yaml"),
      "name: เทศบาลตำบลบ้านเก่า\ndistrict: อำเภอเมือง\nprovince: จังหวัดขอนแก่น\n",
    );
    await scaffoldYear({ dataDir: dir, year: 2569 });
    const report = (await read("2569/report.yaml")) as { fiscalYear: number; memo: Record<string, unknown> };
    expect(report.fiscalYear).toBe(2569);
    expect(report.memo["subject"]).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
    expect(report.memo["to"]).toBe("นายกเทศบาลตำบลบ้านเก่า");
    expect(await readFile(join(dir, "agency.yaml"), "utf8")).toContain("เทศบาลตำบลบ้านเก่า");
  });

  test("leaves only 'to fill in' problems in the new files, which the loader reports as such", async () => {
    const result = await scaffoldYear({ dataDir: dir, year: 2569 });
    const markers = result.files.reduce((n, f) => n + f.markers, 0);
    const error = await loadYear(dir, 2569).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const codes = (error as DataError).issues.map((i) => i.code);
    expect(new Set(codes)).toEqual(new Set(["value.to-fill-in"]));
    // One problem per marker: none hides another.
    expect(codes).toHaveLength(markers);
  });

  test("starts every YAML file with the schema comment that points at the written schema", async () => {
    await scaffoldYear({ dataDir: dir, year: 2569 });
    const first = async (path: string): Promise<string> =>
      (await readFile(join(dir, path), "utf8")).split("\n")[0]!;
    expect(await first("agency.yaml")).toBe("# yaml-language-server: $schema=./schema/agency.schema.json");
    expect(await first("2569/report.yaml")).toBe(
      "# yaml-language-server: $schema=../schema/report.schema.json",
    );
    expect(await first("2569/measures/01-example.yaml")).toBe(
      "# yaml-language-server: $schema=../../schema/measure.schema.json",
    );
    expect(JSON.parse(await readFile(join(dir, "schema/measure.schema.json"), "utf8"))).toHaveProperty(
      "properties.status",
    );
  });
});

describe("scaffoldYear from the previous year", () => {
  beforeEach(async () => {
    await cp(SEED, dir, { recursive: true });
  });

  test("carries over the newest earlier year's memo and measures", async () => {
    const result = await scaffoldYear({ dataDir: dir, year: 2569 });
    expect(result.source).toEqual({ kind: "year", year: 2568 });
    const measures = (await readdir(join(dir, "2568/measures"))).sort();
    expect(measures.length).toBeGreaterThan(2);
    expect(created(result.files).filter((f) => f.startsWith("2569/"))).toEqual([
      "2569/report.yaml",
      ...measures.map((name) => `2569/measures/${name}`),
    ]);
    const measure = (await read("2569/measures/03-service-quality.yaml")) as Record<string, unknown>;
    expect(measure["status"]).toBe(TO_FILL_IN);
    expect(result.yearMentions).toBeGreaterThan(0);
  });

  test("never overwrites a file that exists, and says so", async () => {
    await mkdir(join(dir, "2569"));
    await writeFile(join(dir, "2569/report.yaml"), "fiscalYear: 2569 # mine\n");
    const agencyBefore = await readFile(join(dir, "agency.yaml"), "utf8");
    const result = await scaffoldYear({ dataDir: dir, year: 2569 });
    expect(await readFile(join(dir, "2569/report.yaml"), "utf8")).toBe("fiscalYear: 2569 # mine\n");
    expect(await readFile(join(dir, "agency.yaml"), "utf8")).toBe(agencyBefore);
    const report = result.files.find((f) => f.path.endsWith("2569/report.yaml"));
    expect(report).toMatchObject({ created: false, markers: 0 });
  });

  test("a second run writes nothing and reports no moved year", async () => {
    await scaffoldYear({ dataDir: dir, year: 2569 });
    const again = await scaffoldYear({ dataDir: dir, year: 2569 });
    expect(created(again.files)).toEqual([]);
    expect(again.yearMentions).toBe(0);
    expect(again.files.every((f) => f.markers === 0)).toBe(true);
  });

  test("moves the periods by the years between --from and the new year", async () => {
    await mkdir(join(dir, "2566/measures"), { recursive: true });
    await writeFile(join(dir, "2566/report.yaml"), "fiscalYear: 2566\nmemo: {}\n");
    await writeFile(
      join(dir, "2566/measures/01.yaml"),
      "no: 1\nperiod: { from: 2022-10-01, to: ๓๐ ก.ย. ๖๖ }\nstatus: done\n",
    );
    const result = await scaffoldYear({ dataDir: dir, year: 2570, from: 2566 });
    expect(result.source).toEqual({ kind: "year", year: 2566 });
    expect(await read("2570/measures/01.yaml")).toMatchObject({
      period: { from: "2026-10-01", to: "๓๐ ก.ย. ๗๐" },
    });
  });

  test("refuses a --from year that has no report.yaml", async () => {
    await expect(scaffoldYear({ dataDir: dir, year: 2569, from: 2560 })).rejects.toBeInstanceOf(UsageError);
  });

  test("writes nothing when a file of the previous year is not valid YAML", async () => {
    await writeFile(join(dir, "2568/measures/02-budget-transparency.yaml"), "no: 2\nsteps: [a\n");
    await expect(scaffoldYear({ dataDir: dir, year: 2569 })).rejects.toBeInstanceOf(DataError);
    expect(await readdir(dir)).not.toContain("2569");
  });
});
