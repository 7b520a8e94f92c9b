import { fileURLToPath } from "node:url";
import { buildAnnouncement } from "../../src/document/build-announcement.js";
import { buildMemo } from "../../src/document/build-memo.js";
import { buildReport } from "../../src/document/build-report.js";
import type { Document } from "../../src/document/nodes.js";
import { loadYear } from "../../src/load/index.js";

const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** The real 2568 memo, report and announcement, built from data/ as the CLI builds them. */
export async function realDocuments(): Promise<{ memo: Document; report: Document; announcement: Document }> {
  const data = await loadYear(DATA_DIR, 2568);
  return { memo: buildMemo(data), report: buildReport(data), announcement: buildAnnouncement(data) };
}
