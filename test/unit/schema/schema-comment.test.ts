import { readdir, readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { schemaComment, withSchemaComment } from "../../../src/schema/schema-comment.js";

describe("schemaComment", () => {
  test("points from each data file to its schema, relative to the file", () => {
    expect(schemaComment("data/agency.yaml", "data", "agency")).toBe(
      "# yaml-language-server: $schema=./schema/agency.schema.json",
    );
    expect(schemaComment("/x/data/2568/report.yaml", "/x/data", "report")).toBe(
      "# yaml-language-server: $schema=../schema/report.schema.json",
    );
    expect(schemaComment("data/2568/measures/01.yaml", "data", "measure")).toBe(
      "# yaml-language-server: $schema=../../schema/measure.schema.json",
    );
  });

  test("is the first line of the bundled data files", async () => {
    const first = async (path: string): Promise<string> =>
      (await readFile(new URL(`../../../data/${path}`, import.meta.url), "utf8")).split("\n")[0] ?? "";
    expect(await first("agency.yaml")).toBe(schemaComment("data/agency.yaml", "data", "agency"));
    expect(await first("2568/report.yaml")).toBe(schemaComment("data/2568/report.yaml", "data", "report"));
    const measures = await readdir(new URL("../../../data/2568/measures/", import.meta.url));
    expect(measures.length).toBeGreaterThan(0);
    for (const name of measures) {
      expect(await first(`2568/measures/${name}`), name).toBe(
        schemaComment(`data/2568/measures/${name}`, "data", "measure"),
      );
    }
  });
});

describe("withSchemaComment", () => {
  const comment = "# yaml-language-server: $schema=../schema/report.schema.json";

  test("adds the comment above a file without one", () => {
    expect(withSchemaComment("fiscalYear: 2569\n", comment)).toBe(`${comment}\nfiscalYear: 2569\n`);
  });

  test("replaces a comment that points elsewhere instead of adding a second one", () => {
    const text = "# yaml-language-server: $schema=old.json\nfiscalYear: 2569\n";
    expect(withSchemaComment(text, comment)).toBe(`${comment}\nfiscalYear: 2569\n`);
  });
});
