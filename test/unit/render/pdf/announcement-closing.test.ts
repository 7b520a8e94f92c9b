import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildAnnouncement } from "../../../../src/document/build-announcement.js";
import { loadYear } from "../../../../src/load/index.js";
import type { YearData } from "../../../../src/model/year-data.js";
import { renderPdf } from "../../../../src/render/pdf/index.js";
import type { PageView } from "./helpers/read-pdf.js";
import { rendered } from "./helpers/rendered.js";

const DATA_DIR = fileURLToPath(new URL("../../../../data/", import.meta.url));
/**
 * One-line preamble paragraphs before the closing, with the 2568 title (measured): 20 leave room
 * on page 1 for the closing and "ประกาศ ณ วันที่ …" but not for the signature under them; 23 for
 * the closing alone.
 */
const DATE_WOULD_STAY = 20;
const CLOSING_WOULD_STAY = 23;
const CLOSING = "จึงประกาศให้ทราบโดยทั่วกัน";
const DATED = "ประกาศ ณ วันที่";
const SIGNER = "(นายสมชาย ใจดีมาก)";

const pageOf = (pages: readonly PageView[], prefix: string): number =>
  pages.findIndex((p) => p.texts.some((t) => t.str.startsWith(prefix))) + 1;

/** The 2568 announcement with `fillers` short paragraphs before its closing and an acting signer. */
async function announcementPages(fillers: number): Promise<readonly PageView[]> {
  return announcementWith([
    ...Array.from({ length: fillers }, (_, i) => `ย่อหน้าที่ ${i + 1} ของประกาศ`),
    CLOSING,
  ]);
}

async function announcementWith(preamble: string[]): Promise<readonly PageView[]> {
  const data: YearData = await loadYear(DATA_DIR, 2568);
  const announcement = data.report.announcement;
  if (announcement === undefined) throw new Error("the 2568 data has no announcement");
  const signer = {
    name: "นายสมชาย ใจดีมาก",
    position: ["รองนายกเทศมนตรี ปฏิบัติราชการแทน", "นายกเทศมนตรีนครขอนแก่น"],
  };
  const report = { ...data.report, announcement: { ...announcement, preamble, signer } };
  return (await rendered(await renderPdf(buildAnnouncement({ ...data, report })))).pages;
}

describe("the ประกาศ's closing paragraph, date line and signature at a page foot", () => {
  it.each([
    ["the date line", DATE_WOULD_STAY],
    ["the closing paragraph", CLOSING_WOULD_STAY],
  ])("go to page 2 together, where %s alone would have stayed on page 1", async (_, fillers) => {
    const pages = await announcementPages(fillers);
    // The filler ends page 1 (its digits are Thai in the output: numerals thai).
    expect(pageOf(pages, "ย่อหน้าที่")).toBe(1);
    expect(pageOf(pages, CLOSING)).toBe(2);
    expect(pageOf(pages, DATED)).toBe(2);
    expect(pageOf(pages, SIGNER)).toBe(2);
    const page2 = pages[1];
    const baseline = (prefix: string): number =>
      page2?.texts.find((t) => t.str.startsWith(prefix))?.baseline ?? Number.NaN;
    expect(baseline(CLOSING)).toBeLessThan(baseline(DATED));
    expect(baseline(DATED)).toBeLessThan(baseline(SIGNER));
  });

  it("a long closing (the only preamble paragraph) starts under the title, not on page 2", async () => {
    const sentence = "เพื่อให้การดำเนินงานของหน่วยงานเป็นไปด้วยความโปร่งใส มีคุณธรรม และสามารถตรวจสอบได้ ";
    // 29 sentences (measured): too long to share page 1 with the title and the signature, short
    // enough to share page 2 with the signature; moved whole, it would leave page 1 empty.
    const pages = await announcementWith([`${sentence.repeat(29)}${CLOSING}`]);
    expect(pageOf(pages, "เพื่อให้การดำเนินงาน")).toBe(1);
    expect(pageOf(pages, DATED)).toBe(pageOf(pages, SIGNER));
  });
});
