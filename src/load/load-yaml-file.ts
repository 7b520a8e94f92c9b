import { readFile } from "node:fs/promises";
import type { z } from "zod";
import type { MessageCode } from "../i18n/catalog.js";
import { checkTextValues } from "./check-text-values.js";
import { decodeText } from "./decode-text.js";
import type { IssueList } from "./issue-list.js";
import { locate } from "./locate.js";
import { type ParsedYaml, parseYaml } from "./parse-yaml.js";
import { problemsFromZod } from "./problems-from-zod.js";

export interface LoadedFile<T> {
  /** The checked value; absent when the file has problems. */
  readonly value?: T;
  /** The file as parsed, when it is YAML: for cross-file checks (duplicate measure numbers). */
  readonly yaml?: ParsedYaml;
}

/**
 * Reads one YAML file, checks it against a schema and adds every problem to `issues`, located
 * at its line and column. The value is absent when the file cannot be used.
 */
export async function loadYamlFile<S extends z.ZodType>(
  absFile: string,
  schema: S,
  issues: IssueList,
  missingCode: MessageCode,
): Promise<LoadedFile<z.output<S>>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absFile);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && missingCode !== "file.unreadable") issues.add(absFile, missingCode, {});
    else issues.add(absFile, "file.unreadable", { reason: code ?? String(error) });
    return {};
  }
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
  await checkTextValues(yaml, decoded.text, (code, params, where) =>
    issues.add(absFile, code, params, where),
  );
  const result = schema.safeParse(yaml.data);
  if (result.success) return yaml.problems.length > 0 ? { yaml } : { value: result.data, yaml };
  for (const p of problemsFromZod(result.error.issues, yaml.data, schema)) {
    issues.add(absFile, p.code, p.params, {
      path: p.path,
      ...locate(yaml.doc, yaml.lineCounter, p.path, p.anchor),
    });
  }
  return { yaml };
}
