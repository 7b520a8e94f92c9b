import { type Document, isNode, LineCounter, parseDocument, visit, type YAMLError } from "yaml";
import type { Problem } from "./problem.js";

export interface ParsedYaml {
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  /** Plain data, present when the text is valid YAML. */
  readonly data?: unknown;
  /** Syntax errors and warnings, with their offset in the text. */
  readonly problems: readonly (Problem & { readonly offset: number })[];
}

function problemOf(error: YAMLError, text: string): Problem & { offset: number } {
  const offset = error.pos[0];
  const at = { path: [], anchor: "value" as const, offset };
  if (error.code === "DUPLICATE_KEY") {
    // The error's range covers only the key's first character: read the key up to its colon.
    const key = /^\s*["']?([^"':\n]*)/.exec(text.slice(offset))?.[1]?.trim() || "?";
    return {
      code: "yaml.duplicate-key",
      params: { key },
      ...at,
    };
  }
  if (error.code === "TAB_AS_INDENT") return { code: "yaml.tab", params: {}, ...at };
  if (error.code === "MULTIPLE_DOCS") return { code: "yaml.multiple-documents", params: {}, ...at };
  // The parser gave up on runaway nesting (hundreds of brackets or indents): not an indent slip.
  if (error.code === "RESOURCE_EXHAUSTION") return { code: "yaml.too-deep", params: {}, ...at };
  // "title: ข้อ 1: ทดสอบ": the second ": " starts a mapping where a plain value stood.
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" && /compact mappings/.test(error.message)) {
    return { code: "yaml.colon-in-text", params: {}, ...at };
  }
  const detail = error.message.split("\n")[0] ?? error.message;
  if (error.name === "YAMLWarning") return { code: "yaml.warning", params: { detail }, ...at };
  return { code: "yaml.syntax", params: { detail, yamlCode: error.code }, ...at };
}

/** Explicit tags that only restate what a value already is: harmless. */
const PLAIN_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "seq", "map"].map((t) => `tag:yaml.org,2002:${t}`),
);
const SHORT_TAG = /^tag:yaml\.org,2002:/;

/**
 * Explicit YAML tags (`!!set`, `!!binary`, `!!timestamp`, `!custom`) turn a value into a kind
 * the data never holds; each is reported where it is written, by its name.
 */
function tagProblems(doc: Document): (Problem & { offset: number })[] {
  const problems: (Problem & { offset: number })[] = [];
  visit(doc, (_key, node) => {
    // Unresolved local tags (!foo) already get YAML's own warning.
    if (!isNode(node) || !SHORT_TAG.test(node.tag ?? "") || PLAIN_TAGS.has(node.tag ?? "")) return;
    const tag = (node.tag ?? "").replace(SHORT_TAG, "!!");
    problems.push({
      code: "yaml.tag",
      params: { tag },
      path: [],
      anchor: "value",
      offset: node.range?.[0] ?? 0,
    });
  });
  return problems;
}

/**
 * Parses YAML 1.2 (core schema: `no`, `yes`, dates stay text) keeping node ranges for messages.
 * Errors cascade (one bad indent yields several), so only the first problem of a line is kept.
 * Conversion to plain data keeps yaml's default alias-expansion limit (`maxAliasCount`), the
 * guard against "billion laughs" files.
 */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lines = new Set<number>();
  const tags = doc.errors.length === 0 ? tagProblems(doc) : [];
  const problems = [
    ...doc.errors.map((e) => problemOf(e, text)),
    ...tags,
    ...doc.warnings.map((e) => problemOf(e, text)),
  ].filter((p) => {
    const line = lineCounter.linePos(p.offset).line;
    if (lines.has(line)) return false;
    lines.add(line);
    return true;
  });
  if (doc.errors.length > 0 || tags.length > 0) return { doc, lineCounter, problems };
  try {
    return { doc, lineCounter, data: doc.toJS({ maxAliasCount: 100 }), problems };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      doc,
      lineCounter,
      problems: [
        ...problems,
        { code: "yaml.unreadable", params: { detail }, path: [], anchor: "value", offset: 0 },
      ],
    };
  }
}
