import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  ANNOUNCEMENT_EMBLEM_HEIGHT_CM,
  ANNOUNCEMENT_RULE_LENGTH_CM,
  FIRST_LINE_INDENT_CM,
  MEMO_EMBLEM_TOP_CM,
  MEMO_MARGIN_LEFT_CM,
  MEMO_MARGIN_RIGHT_CM,
  PT_PER_CM,
} from "../../../../src/document/layout.js";
import { typography } from "../../../../src/document/typography.js";
import { buildAnnouncement } from "../../../../src/document/build-announcement.js";
import { loadYear } from "../../../../src/load/index.js";
import { cmToTwips, ptToTwips } from "../../../../src/render/docx/units.js";
import { effectivePPr, effectiveRPr, styleSheet } from "./helpers/effective.js";
import { all, child, first, paragraphWithText, textOf, type XmlElement } from "./helpers/read-docx.js";
import { attr, rendered, renderedReal, sectionProperties } from "./helpers/rendered.js";

const TYPE = typography("psk");
const doc = await renderedReal("announcement");
const sheet = styleSheet(doc.bytes);
const pPr = (p: XmlElement): XmlElement => effectivePPr(p, sheet);
const paragraphs = all(doc.body, "w:p");
const TEXT_WIDTH = 11906 - cmToTwips(MEMO_MARGIN_LEFT_CM) - cmToTwips(MEMO_MARGIN_RIGHT_CM);

describe("the announcement's DOCX (docs/layout.md §5)", () => {
  it("has a portrait ประกาศ section starting 1.5 cm down, then a landscape table section", () => {
    const [page, table] = sectionProperties(doc.body);
    expect(attr(first(page as XmlElement, "w:pgSz"), "w:orient")).toBe("portrait");
    expect(Number(attr(first(page as XmlElement, "w:pgMar"), "w:top"))).toBe(cmToTwips(MEMO_EMBLEM_TOP_CM));
    expect(attr(first(table as XmlElement, "w:pgSz"), "w:orient")).toBe("landscape");
  });

  it("opens with the emblem's paragraph: centred, exactly 3 cm high (empty: no emblem in the data)", () => {
    const emblem = paragraphs[0] as XmlElement;
    expect(attr(first(emblem, "w:pStyle"), "w:val")).toBe("AnnouncementEmblem");
    const spacing = child(pPr(emblem), "w:spacing");
    expect(attr(spacing, "w:lineRule")).toBe("exact");
    expect(Number(attr(spacing, "w:line"))).toBe(ptToTwips(ANNOUNCEMENT_EMBLEM_HEIGHT_CM * PT_PER_CM));
    expect(attr(child(pPr(emblem), "w:jc"), "w:val")).toBe("center");
  });

  it("centres the title lines bold at the body size, then a 4 cm rule centred under them", () => {
    for (const text of ["ประกาศองค์การบริหารส่วนตำบลตาเนิน", "เรื่อง มาตรการส่งเสริม"]) {
      const p = paragraphs.find((x) => textOf(x).startsWith(text)) as XmlElement;
      expect(attr(child(pPr(p), "w:jc"), "w:val")).toBe("center");
      const run = all(p, "w:r")[0] as XmlElement;
      const props = effectiveRPr(run, p, sheet);
      expect(child(props, "w:b")).toBeDefined();
      expect(attr(child(props, "w:sz"), "w:val")).toBe(String(TYPE.bodyPt * 2));
    }
    const rule = paragraphs.find(
      (p) => attr(first(p, "w:pStyle"), "w:val") === "AnnouncementRule",
    ) as XmlElement;
    const ind = child(pPr(rule), "w:ind");
    const left = Number(attr(ind, "w:left"));
    const right = Number(attr(ind, "w:right"));
    expect(left).toBe(right);
    expect(TEXT_WIDTH - left - right).toBeCloseTo(cmToTwips(ANNOUNCEMENT_RULE_LENGTH_CM), -1);
    expect(attr(child(child(pPr(rule), "w:pBdr") as XmlElement, "w:bottom"), "w:val")).toBe("single");
  });

  it("indents the preamble's first lines 2.5 cm and writes ประกาศ ณ วันที่ in its own style", () => {
    const body = paragraphWithText(doc.body, "จึงประกาศให้ทราบโดยทั่วกัน");
    expect(Number(attr(child(pPr(body), "w:ind"), "w:firstLine"))).toBe(cmToTwips(FIRST_LINE_INDENT_CM));
    const dated = paragraphWithText(doc.body, "ประกาศ ณ วันที่ ๑๕ ธันวาคม พ.ศ. ๒๕๖๗");
    expect(attr(first(dated, "w:pStyle"), "w:val")).toBe("AnnouncementDate");
    expect(attr(child(pPr(dated), "w:jc"), "w:val")).toBe("center");
    expect(Number(attr(child(pPr(dated), "w:spacing"), "w:before"))).toBe(ptToTwips(TYPE.bodyPitchPt));
  });

  it("keeps the closing paragraph with the date line and the date line with the signature", () => {
    const kept = (p: XmlElement): boolean => {
      const keepNext = child(pPr(p), "w:keepNext");
      return keepNext !== undefined && attr(keepNext, "w:val") !== "false";
    };
    const closing = paragraphWithText(doc.body, "จึงประกาศให้ทราบโดยทั่วกัน");
    const dated = paragraphWithText(doc.body, "ประกาศ ณ วันที่ ๑๕ ธันวาคม พ.ศ. ๒๕๖๗");
    expect(kept(closing)).toBe(true);
    expect(kept(dated)).toBe(true);
    // The paragraphs before the closing flow as any body text.
    const first = paragraphs.find((p) => textOf(p).startsWith("ตามที่องค์การบริหารส่วนตำบลตาเนิน"));
    expect(kept(first as XmlElement)).toBe(false);
  });

  it("lets a long closing break like body text: only a closing of a few lines keeps with the date", async () => {
    const data = await loadYear(fileURLToPath(new URL("../../../../data/", import.meta.url)), 2568);
    const announcement = data.report.announcement;
    if (announcement === undefined) throw new Error("the 2568 data has no announcement");
    // About 27 lines: kept with the signature, the chain is taller than page 1 under the title,
    // and LibreOffice gave it up by splitting the signature between its name and its position.
    const long = `${"เพื่อให้การดำเนินงานของหน่วยงานเป็นไปด้วยความโปร่งใส มีคุณธรรม ".repeat(40)}จึงประกาศให้ทราบ`;
    const report = { ...data.report, announcement: { ...announcement, preamble: [long] } };
    const docx = await rendered(buildAnnouncement({ ...data, report }));
    const closing = paragraphWithText(docx.body, long);
    expect(attr(first(closing, "w:pStyle"), "w:val")).toBe("MemoClosing");
    // The style's keepNext, switched off on the paragraph itself.
    expect(attr(child(first(closing, "w:pPr") as XmlElement, "w:keepNext"), "w:val")).toBe("false");
  });

  it("attaches a five-column plan table whose header row repeats on every page", () => {
    const table = first(doc.body, "w:tbl") as XmlElement;
    expect(all(table, "w:gridCol")).toHaveLength(5);
    const header = all(table, "w:tr")[0] as XmlElement;
    expect(first(header, "w:tblHeader")).toBeDefined();
    expect(all(header, "w:tc").map(textOf)).toEqual([
      "ลำดับที่",
      "มาตรการหรือกิจกรรม",
      "ขั้นตอนหรือวิธีการปฏิบัติ",
      "ช่วงระยะเวลาในการดำเนินการ",
      "ผู้รับผิดชอบ",
    ]);
    expect(all(table, "w:tr")).toHaveLength(1 + 8);
  });
});
