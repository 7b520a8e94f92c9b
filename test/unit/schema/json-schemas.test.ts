import { readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { TO_FILL_IN } from "../../../src/model/index.js";
import {
  DATA_FILE_KINDS,
  jsonSchemaOf,
  jsonSchemaText,
  schemaFileName,
} from "../../../src/schema/json-schemas.js";

type Json = Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };
const schema = (kind: "agency" | "report" | "measure"): Json => jsonSchemaOf(kind) as Json;

describe("jsonSchemaOf", () => {
  test("names draft-07, which the VS Code YAML extension understands", () => {
    for (const kind of DATA_FILE_KINDS) {
      expect(jsonSchemaOf(kind)["$schema"]).toBe("http://json-schema.org/draft-07/schema#");
    }
  });

  test("refuses unknown fields, so the editor underlines a typo", () => {
    expect(schema("measure")["additionalProperties"]).toBe(false);
    expect(schema("agency")["additionalProperties"]).toBe(false);
    const memo = schema("report").properties["memo"] as Json;
    expect(memo["additionalProperties"]).toBe(false);
  });

  test("offers the statuses for completion, which leaves the marker underlined as a wrong value", () => {
    expect(schema("measure").properties["status"]?.["enum"]).toEqual(["done", "not-done"]);
  });

  test("makes the editor underline a text still holding the marker, with the words of validate", () => {
    const name = schema("agency").properties["name"] ?? {};
    const pattern = new RegExp(String(name["pattern"]), "u");
    expect(pattern.test("องค์การบริหารส่วนตำบลตาเนิน")).toBe(true);
    expect(pattern.test(TO_FILL_IN)).toBe(false);
    expect(pattern.test(`นายก${TO_FILL_IN}\nต่อ`)).toBe(false);
    expect(name["patternErrorMessage"]).toContain("ยังไม่ได้กรอกข้อมูล");
    const title = (schema("measure").properties["title"] ?? {})["pattern"];
    expect(title).toBe(name["pattern"]);
  });

  test("describes what the analyst types: defaulted fields are optional, dates are text", () => {
    expect(schema("measure")["required"]).toEqual(["no", "title", "steps", "responsible", "status"]);
    const period = schema("measure").properties["period"] as Json;
    expect(period.properties["from"]?.["type"]).toBe("string");
    expect(schema("report")["required"]).toEqual(["fiscalYear", "memo"]);
  });

  test("carries the model's descriptions, which the editor shows on hover", () => {
    expect(schema("agency").properties["district"]?.["description"]).toBe(
      "District, with its word อำเภอ/เขต.",
    );
  });
});

describe("the committed schemas of data/schema", () => {
  test.each(DATA_FILE_KINDS)("%s.schema.json is what `ita-report schema` writes today", async (kind) => {
    const committed = await readFile(
      new URL(`../../../data/schema/${schemaFileName(kind)}`, import.meta.url),
      "utf8",
    );
    expect(committed, "run `ita-report schema` and commit data/schema").toBe(jsonSchemaText(kind));
  });
});
