import { dirname, join, relative, sep } from "node:path";
import { type DataFileKind, schemaFileName } from "./json-schemas.js";

/** Folder of the schemas inside the data folder, as `ita-report schema` writes them. */
export const SCHEMA_DIR_NAME = "schema";

const MODELINE = /^# yaml-language-server: \$schema=.*$/;

/**
 * The first-line comment by which the VS Code YAML extension (yaml-language-server) finds the
 * schema of a file: a path relative to the YAML file, with forward slashes as it expects on
 * every system, e.g. `# yaml-language-server: $schema=../../schema/measure.schema.json`.
 */
export function schemaComment(yamlFile: string, dataDir: string, kind: DataFileKind): string {
  const target = join(dataDir, SCHEMA_DIR_NAME, schemaFileName(kind));
  let path = relative(dirname(yamlFile), target).split(sep).join("/");
  if (!path.startsWith(".")) path = `./${path}`;
  return `# yaml-language-server: $schema=${path}`;
}

/** The text with its schema comment as first line, replacing an existing one. */
export function withSchemaComment(text: string, comment: string): string {
  const lines = text.split("\n");
  if (MODELINE.test(lines[0] ?? "")) lines[0] = comment;
  else lines.unshift(comment);
  return lines.join("\n");
}
