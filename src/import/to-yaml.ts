import { Document, isMap, isNode, isScalar, isSeq, type Node } from "yaml";

/** A comment to put before the value at `path`, or at the top of the file when it has none. */
export interface YamlComment {
  readonly path?: readonly (string | number)[];
  readonly text: string;
}

/** Prefix of every comment the import writes, so the analyst can search for what to check. */
export const IMPORT_COMMENT_PREFIX = "import:";

/**
 * The YAML text of a data file as `init` writes them: block style, no folding of long Thai
 * lines, comments above what they are about. `header` lines open the file (the schema comment
 * is added by the caller).
 */
export function toYamlText(
  value: unknown,
  header: readonly string[],
  comments: readonly YamlComment[],
): string {
  const doc = new Document(value);
  const top: string[] = [...header];
  for (const comment of comments) {
    const text = ` ${IMPORT_COMMENT_PREFIX} ${comment.text}`;
    const target =
      comment.path === undefined || comment.path.length === 0 ? undefined : targetOf(doc, comment.path);
    if (target === undefined) top.push(text.trimStart());
    else
      target.commentBefore = target.commentBefore === undefined ? text : `${target.commentBefore}\n${text}`;
  }
  if (top.length > 0) doc.commentBefore = top.map((line) => ` ${line}`).join("\n");
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

/** The node a comment goes before: a map's key (so the comment sits above `key:`), a list item. */
function targetOf(doc: Document, path: readonly (string | number)[]): Node | undefined {
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    return pair !== undefined && isNode(pair.key) ? pair.key : undefined;
  }
  if (isSeq(parent) && typeof last === "number") {
    const item = parent.items[last];
    return isNode(item) ? item : undefined;
  }
  return undefined;
}
