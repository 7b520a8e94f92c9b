import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { PathSegment } from "./format-path.js";
import type { Anchor } from "./problem.js";

const startOf = (node: unknown): number | undefined =>
  node !== null && typeof node === "object" && "range" in node ? (node as Node).range?.[0] : undefined;

/** The YAML node a path leads to, its key, and the deepest node reached when it stops early. */
function walk(doc: Document, path: readonly PathSegment[]) {
  let node: unknown = doc.contents;
  let key: unknown = undefined;
  let deepest = startOf(node);
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment),
      );
      if (!pair) return { complete: false, deepest };
      key = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
      key = undefined;
      if (node === undefined) return { complete: false, deepest };
    } else {
      return { complete: false, deepest };
    }
    deepest = startOf(node) ?? startOf(key) ?? deepest;
  }
  return { complete: true, node, key, deepest };
}

/**
 * The 1-based line and column a problem points at: the value at the path, the key of that value
 * (unknown or empty fields), or the mapping that lacks a field. When the path does not exist in
 * the YAML, the deepest node on the way is used.
 */
export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PathSegment[],
  anchor: Anchor,
): { line: number; col: number } | undefined {
  const target = anchor === "parent" ? path.slice(0, -1) : path;
  const found = walk(doc, target);
  let offset = found.deepest;
  if (found.complete) {
    const emptyValue = isScalar(found.node) && found.node.value === null;
    offset =
      anchor === "key" || emptyValue
        ? (startOf(found.key) ?? startOf(found.node) ?? offset)
        : (startOf(found.node) ?? startOf(found.key) ?? offset);
    if (anchor === "parent" && isMap(found.node)) offset = startOf(found.node.items[0]?.key) ?? offset;
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset);
}
