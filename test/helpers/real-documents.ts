import { fileURLToPath } from "node:url";
import { buildMemo } from "../../src/document/build-memo.js";
import { buildReport } from "../../src/document/build-report.js";
import type { Document } from "../../src/document/nodes.js";
import { loadYear } from "../../src/load/index.js";

const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** The real 2568 memo and report, built from data/ as the CLI builds them. */
export async function realDocuments(): Promise<{ memo: Document; report: Document }> {
  const data = await loadYear(DATA_DIR, 2568);
  return { memo: buildMemo(data), report: buildReport(data) };
}
