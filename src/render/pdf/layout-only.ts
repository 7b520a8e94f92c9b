import type { HookNode, HookQueries } from "./page-break-hook.js";
import { createPdfBytes } from "./pdf-engine.js";

const LAYOUT_END_ID = "layout-only-end";
/** Thrown from the hook to stop pdfmake before it draws anything (never leaves this module). */
const STOP = new Error("layout done");

/** pdfmake's pageBreakBefore hook: told about every laid-out node, in document order. */
export type NodeHook = (node: HookNode, queries: HookQueries) => boolean;

/**
 * Lays a pdfmake definition out and calls `hook` for its nodes, without drawing the PDF: for the
 * passes that only read positions (row heights, where rows start). Drawing costs about twice the
 * layout (pdfkit shapes every text again and writes the font subsets), and nothing is kept of it.
 *
 * How: pdfmake calls pageBreakBefore for every node once the layout is done, in the order the
 * nodes were laid out, and draws only afterwards. A marker node appended to the content is the
 * last node of the body (page headers come after it, and are not needed); the hook stops
 * pdfmake there. Should pdfmake ever report the marker earlier or not at all, the only loss is
 * time: without the marker it draws the document and the result is the same.
 */
export async function layOutOnly(
  definition: Record<string, unknown> & { content: object[] },
  hook: NodeHook,
): Promise<void> {
  const content = [...definition.content];
  const last = content.at(-1) as { section?: object[] } | undefined;
  const marker = { text: ".", id: LAYOUT_END_ID };
  // In a document of sections, the marker goes at the end of the last section's body.
  if (last?.section !== undefined)
    content[content.length - 1] = { ...last, section: [...last.section, marker] };
  else content.push(marker);
  const pageBreakBefore: NodeHook = (node, queries) => {
    const answer = hook(node, queries);
    if (node.id === LAYOUT_END_ID) throw STOP;
    return answer;
  };
  try {
    await createPdfBytes({ ...definition, content, pageBreakBefore });
  } catch (error) {
    if (error !== STOP) throw error;
  }
}
