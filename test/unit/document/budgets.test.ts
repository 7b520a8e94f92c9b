import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildAnnouncement } from "../../../src/document/build-announcement.js";
import { buildMemo } from "../../../src/document/build-memo.js";
import { buildReport } from "../../../src/document/build-report.js";
import type { Block, Document } from "../../../src/document/nodes.js";
import { DataError } from "../../../src/errors.js";
import { loadYear } from "../../../src/load/index.js";
import { renderPdf } from "../../../src/render/pdf/index.js";
import { CELL_PADDING_SIDE_PT } from "../../../src/document/layout.js";
import { cmToTwips, ptToTwips } from "../../../src/render/docx/units.js";
import { tableOverflows } from "../../helpers/cell-overflows.js";
import { pdfjsLines, visibleText } from "../../helpers/pdf-text.js";
import { all, first, type XmlElement } from "../render/docx/helpers/read-docx.js";
import { attr, rendered } from "../render/docx/helpers/rendered.js";
import { readPdf } from "../render/pdf/helpers/read-pdf.js";
import { makeDataDir, VALID_FIXTURE } from "../load/make-data-dir.js";

const fixture = (path: string): Promise<string> => readFile(join(VALID_FIXTURE, path), "utf8");

/** The valid fixture with budgets on its two measures and placeholders in the memo and announcement. */
async function withBudgets(memoLine: string, budgets: readonly [string, string]): Promise<string> {
  const report = (await fixture("2568/report.yaml")).replace(
    "        - ตามที่คณะทำงานได้จัดทำมาตรการ",
    `        - ${memoLine}\n        - ตามที่คณะทำงานได้จัดทำมาตรการ`,
  );
  const announcement =
    "announcement:\n  date: ๑ ตุลาคม ๒๕๖๗\n  preamble:\n    - งบประมาณของมาตรการที่ ๒ {{งบประมาณ:๒}}\n" +
    "  signer:\n    name: นาย ก\n    position: นายก\n";
  return makeDataDir({
    "2568/report.yaml": report + announcement,
    "2568/measures/01-service.yaml": `${await fixture("2568/measures/01-service.yaml")}budget: ${budgets[0]}\n`,
    "2568/measures/02-budget.yaml": `${await fixture("2568/measures/02-budget.yaml")}budget: ${budgets[1]}\n`,
  });
}

const texts = (doc: Document): string =>
  doc.sections
    .flatMap((s) => s.blocks)
    .flatMap((b: Block) => (b.type === "paragraph" ? b.runs.map((r) => r.text) : []))
    .join("\n");

describe("budgets and their placeholders", () => {
  it("write the total and a measure's budget in figures and words, in Thai digits", async () => {
    const root = await withBudgets("รวมทั้งสิ้น {{งบประมาณรวม}}", ['"125,000.50"', "50000"]);
    try {
      const data = await loadYear(join(root, "data"), 2568);
      // 125,000.50 baht + 50,000 satang (500 baht).
      expect(texts(buildMemo(data))).toContain("รวมทั้งสิ้น ๑๒๕,๕๐๐.๕๐ บาท (หนึ่งแสนสองหมื่นห้าพันห้าร้อยบาทห้าสิบสตางค์)");
      expect(texts(buildAnnouncement(data))).toContain("งบประมาณของมาตรการที่ ๒ ๕๐๐ บาท (ห้าร้อยบาทถ้วน)");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("add a งบประมาณ column to the report and the plan table, inside the landscape page", async () => {
    const root = await withBudgets("ก", ['"125500"', "0"]);
    try {
      const data = await loadYear(join(root, "data"), 2568);
      for (const doc of [buildReport(data), buildAnnouncement(data)]) {
        const table = doc.sections[1]?.blocks.find((b) => b.type === "measureTable");
        if (table?.type !== "measureTable") throw new Error("no table");
        expect(
          table.headerRows[0]?.some((c) =>
            c.content.some((p) => p.kind === "text" && p.runs[0]?.text === "งบประมาณ (บาท)"),
          ),
        ).toBe(true);
        const pages = await readPdf(await renderPdf(doc));
        const tablePage = pages[1];
        expect(visibleText(tablePage?.text ?? "")).toContain("งบประมาณ(บาท)");
        expect(visibleText(tablePage?.text ?? "")).toContain("๑๒๕,๕๐๐");
        // Every rule of the table stays within the 2 cm margins of the landscape page.
        for (const s of tablePage?.segments ?? [])
          expect(Math.max(s.x1, s.x2)).toBeLessThanOrEqual(841.89 - 56.69 + 0.5);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("widen the งบประมาณ column to an amount wider than 2.4 cm, which stays on one line (PDF and DOCX)", async () => {
    // ๑๒,๕๐๐,๐๐๐.๕๐ is 78 pt of Sarabun at the table's 10.5 pt; 2.4 cm holds 62 pt of text.
    const amount = "๑๒,๕๐๐,๐๐๐.๕๐";
    const root = await withBudgets("ก", ['"12500000.50"', '"125"']);
    try {
      const data = await loadYear(join(root, "data"), 2568);
      for (const doc of [buildReport(data), buildAnnouncement(data)]) {
        const pdf = await renderPdf(doc);
        const lines = await pdfjsLines(pdf);
        expect(lines.some((l) => visibleText(l.text).includes(amount))).toBe(true);
        expect(tableOverflows(await readPdf(pdf), CELL_PADDING_SIDE_PT)).toEqual([]);
        const { body } = await rendered(doc);
        const grid = all(first(body, "w:tbl") as XmlElement, "w:gridCol").map((g) => Number(attr(g, "w:w")));
        const budgetColumn = grid.length - (doc.kind === "report" ? 4 : 1);
        // Wider than the amount at the DOCX's table size, padding included; the grid still fills
        // the landscape text width (25.7 cm) and no more.
        expect(grid[budgetColumn]).toBeGreaterThan(cmToTwips(2.4));
        expect(grid[budgetColumn]).toBeGreaterThan(ptToTwips(78 + 2 * CELL_PADDING_SIDE_PT));
        const total = grid.reduce((a, b) => a + b, 0);
        expect(total).toBeLessThanOrEqual(cmToTwips(25.7) + 1);
        expect(total).toBeGreaterThan(cmToTwips(25.7) - 10);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("refuse an unknown placeholder, located, with a did-you-mean", async () => {
    const root = await withBudgets("รวม {{งบประมานรวม}}", ['"1"', '"2"']);
    try {
      const error = await loadYear(join(root, "data"), 2568).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataError);
      const issue = (error as DataError).issues.find((i) => i.code === "placeholder.unknown");
      expect(issue).toMatchObject({ path: "memo.sections[0].content[0]", line: 11 });
      // The loader speaks Thai by default.
      expect(issue?.message).toBe("ไม่รู้จักตัวแทนข้อความ {{งบประมานรวม}}");
      expect(issue?.hint).toBe("ตั้งใจเขียน {{งบประมาณรวม}} หรือไม่");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("refuse a float budget and name the two ways to write one", async () => {
    const root = await withBudgets("ก", ["1255.5", '"2"']);
    try {
      const error = await loadYear(join(root, "data"), 2568).catch((e: unknown) => e);
      const issue = (error as DataError).issues.find((i) => i.path === "budget");
      // The loader speaks Thai by default: the schema's own English must not leak into it.
      expect(issue?.code).toBe("budget.not-satang");
      expect(issue?.message).toBe("1255.5 ไม่ใช่จำนวนสตางค์ที่เป็นจำนวนเต็ม (ตัวเลขที่ไม่มีเครื่องหมายคำพูดนับเป็นสตางค์)");
      expect(issue?.hint).toContain('"125500.50"');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
