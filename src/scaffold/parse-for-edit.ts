import { type Document, isMap, LineCounter, parseDocument } from "yaml";
import { DataError } from "../errors.js";

/**
 * Parses a YAML file of the previous year to edit it with its comments kept. A file that is not
 * YAML, or not a mapping, cannot be carried over: a DataError located like the loader's, so
 * `init` stops before writing anything.
 */
export function parseForEdit(text: string, file: string): Document.Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    throw new DataError([
      {
        file,
        line: pos.line,
        col: pos.col,
        path: "",
        message: `YAML syntax error: ${error.message.split("\n")[0] ?? ""}`,
        code: "yaml.syntax",
        params: { detail: error.message.split("\n")[0] ?? "", yamlCode: error.code },
      },
    ]);
  }
  if (!isMap(doc.contents)) {
    throw new DataError([
      {
        file,
        path: "",
        message: "the file does not hold fields (name: value)",
        code: "value.wrong-type",
        params: { expected: "mapping", got: doc.contents === null ? "empty" : "text" },
      },
    ]);
  }
  return doc;
}

/** Writes the edited document back; lineWidth 0 keeps long Thai lines on one line as typed. */
export function stringifyEdited(doc: Document): string {
  return doc.toString({ lineWidth: 0 });
}
