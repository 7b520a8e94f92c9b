import { isScalar } from "yaml";
import type { z } from "zod";
import type { PathSegment } from "./format-path.js";
import type { MessageCode } from "../i18n/catalog.js";
import { checkTextValues } from "./check-text-values.js";
import { decodeText } from "./decode-text.js";
import type { IssueList } from "./issue-list.js";
import { locate } from "./locate.js";
import { type ParsedYaml, parseYaml } from "./parse-yaml.js";
import { problemsFromZod } from "./problems-from-zod.js";
import { readConfinedFile } from "./read-confined-file.js";

/**
 * The most a YAML file of the data folder may hold. A measure file is a few KB and a text value
 * at most 5,000 characters; the limit keeps a wrong or runaway file from exhausting memory.
 */
export const MAX_DATA_FILE_KB = 1024;
const MAX_DATA_FILE_BYTES = MAX_DATA_FILE_KB * 1024;

const isNumberRange = (code: string): boolean => code === "number.too-big" || code === "number.too-small";

/**
 * A scalar as written in the file: 99999999999999999999 rather than the 100000000000000000000
 * JavaScript rounds it to.
 */
function asWritten(yaml: ParsedYaml, text: string, path: readonly PathSegment[]): string | undefined {
  const node = yaml.doc.getIn(path, true);
  const range = isScalar(node) ? node.range : undefined;
  return range === undefined || range === null ? undefined : text.slice(range[0], range[1]).trim();
}

export interface LoadedFile<T> {
  /** The checked value; absent when the file has problems. */
  readonly value?: T;
  /** The file as parsed, when it is YAML: for cross-file checks (duplicate measure numbers). */
  readonly yaml?: ParsedYaml;
}

/**
 * Reads one YAML file, checks it against a schema and adds every problem to `issues`, located
 * at its line and column. The value is absent when the file cannot be used. The file must be a
 * regular file inside `rootReal` (the data folder's realpath), links followed.
 */
export async function loadYamlFile<S extends z.ZodType>(
  rootReal: string,
  absFile: string,
  schema: S,
  issues: IssueList,
  missingCode: MessageCode,
  /** Where notes go: things repaired on load or worth a look, which do not stop a build. */
  notes?: IssueList,
): Promise<LoadedFile<z.output<S>>> {
  const read = await readConfinedFile(rootReal, absFile, MAX_DATA_FILE_BYTES);
  if (!read.ok) {
    if (read.reason === "missing")
      issues.add(absFile, missingCode, missingCode === "file.unreadable" ? { reason: "ENOENT" } : {});
    else if (read.reason === "outside") issues.add(absFile, "file.outside", {});
    else if (read.reason === "not-file") issues.add(absFile, "file.not-regular", {});
    else if (read.reason === "too-big")
      issues.add(absFile, "file.too-big", {
        sizeKb: Math.ceil(read.sizeBytes / 1024).toLocaleString("en"),
        maxKb: MAX_DATA_FILE_KB,
      });
    else issues.add(absFile, "file.unreadable", { reason: read.detail });
    return {};
  }
  const bytes = read.bytes;
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    issues.add(absFile, decoded.code, decoded.params, decoded);
    return {};
  }
  const yaml = parseYaml(decoded.text);
  for (const p of yaml.problems) issues.add(absFile, p.code, p.params, yaml.lineCounter.linePos(p.offset));
  if (yaml.problems.length > 0 && yaml.data === undefined) return { yaml };
  if (yaml.data === null || yaml.data === undefined) {
    issues.add(absFile, "file.empty", {});
    return { yaml };
  }
  await checkTextValues(
    yaml,
    decoded.text,
    (code, params, where) => issues.add(absFile, code, params, where),
    (code, params, where) => notes?.add(absFile, code, params, where),
  );
  const result = schema.safeParse(yaml.data);
  if (result.success) return yaml.problems.length > 0 ? { yaml } : { value: result.data, yaml };
  for (const p of problemsFromZod(result.error.issues, yaml.data, schema)) {
    const params = isNumberRange(p.code)
      ? { ...p.params, value: asWritten(yaml, decoded.text, p.path) ?? p.params["value"] ?? "" }
      : p.params;
    issues.add(absFile, p.code, params, {
      path: p.path,
      ...locate(yaml.doc, yaml.lineCounter, p.path, p.anchor),
    });
  }
  return { yaml };
}
