import { z } from "zod";
import { Agency } from "../model/agency.js";
import { Measure } from "../model/measure.js";
import { Report } from "../model/report.js";
import { notToFillIn, TO_FILL_IN } from "../model/to-fill-in.js";

/** The three kinds of data file, each with its own schema. */
export type DataFileKind = "agency" | "report" | "measure";

export const DATA_FILE_KINDS: readonly DataFileKind[] = ["agency", "report", "measure"];

const SCHEMAS: Record<DataFileKind, z.ZodType> = { agency: Agency, report: Report, measure: Measure };

/**
 * What the "to fill in" check of Text becomes in JSON Schema, so that the editor underlines a
 * marker left in a text, with the same words as `validate` (yaml-language-server, like VS Code's
 * JSON support, shows `patternErrorMessage` instead of the bare pattern). Status, an enum,
 * needs nothing: the marker is not one of its values.
 */
const NOT_TO_FILL_IN = {
  pattern: `^(?![\\s\\S]*${TO_FILL_IN})`,
  patternErrorMessage: `ยังไม่ได้กรอกข้อมูล: แทนที่ ${TO_FILL_IN} ด้วยข้อมูลของปีนี้ (still to fill in)`,
};

/** File name of a kind's schema in the data folder's `schema/` folder. */
export function schemaFileName(kind: DataFileKind): string {
  return `${kind}.schema.json`;
}

/**
 * The JSON Schema of one kind of data file, derived from its zod schema so the two cannot
 * drift. `io: "input"` describes what the analyst types (defaults make fields optional, dates
 * are text), not what the loader returns. Draft-07 is the newest draft that every version of
 * the VS Code YAML extension (yaml-language-server) understands.
 */
export function jsonSchemaOf(kind: DataFileKind): Record<string, unknown> {
  return z.toJSONSchema(SCHEMAS[kind], {
    io: "input",
    target: "draft-07",
    override: ({ zodSchema, jsonSchema }) => {
      const checks = (zodSchema._zod.def as { checks?: readonly unknown[] }).checks;
      if (checks?.includes(notToFillIn)) Object.assign(jsonSchema, NOT_TO_FILL_IN);
    },
  }) as Record<string, unknown>;
}

/** The file content: stable key order (zod's), two-space indentation, final newline. */
export function jsonSchemaText(kind: DataFileKind): string {
  return `${JSON.stringify(jsonSchemaOf(kind), null, 2)}\n`;
}
