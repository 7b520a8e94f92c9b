import { beforeAll, describe, expect, it } from "vitest";
import {
  A4_HEIGHT_PT,
  A4_WIDTH_PT,
  ANNOUNCEMENT_EMBLEM_HEIGHT_CM,
  ANNOUNCEMENT_EMBLEM_TOP_CM,
  ANNOUNCEMENT_RULE_LENGTH_CM,
  FIRST_LINE_INDENT_CM,
  SIGNATURE_AXIS_FROM_LEFT_CM,
} from "../../../../src/document/layout.js";
import { typography } from "../../../../src/document/typography.js";
import { baselineInLine } from "../../../../src/render/pdf/line-pitch.js";
import { findIn } from "../../../helpers/find-in-pages.js";
import { visibleText } from "../../../helpers/pdf-text.js";
import { realDocuments } from "../../../helpers/real-documents.js";
import type { PageView } from "./helpers/read-pdf.js";
import { centreX, cm, renderedReal, textStarting } from "./helpers/rendered.js";

const TYPE = typography("psk");
const LEFT = cm(3);
const TEXT_WIDTH = A4_WIDTH_PT - cm(3) - cm(2);
/** The plan table's header row, as extracted: ลำดับที่ | มาตรการหรือกิจกรรม | ขั้นตอน | ระยะเวลา | ผู้รับผิดชอบ. */
const HEADER = visibleText("ลำดับที่มาตรการหรือกิจกรรมขั้นตอนหรือวิธีการปฏิบัติช่วงระยะเวลาในการดำเนินการผู้รับผิดชอบ");
let pages: readonly PageView[];
let page1: PageView;

beforeAll(async () => {
  pages = (await renderedReal("announcement")).pages;
  const first = pages[0];
  if (first === undefined) throw new Error("the announcement has no page");
  page1 = first;
});

describe("the ประกาศ page of the 2568 announcement (docs/layout.md §5)", () => {
  it("is exact A4 portrait", () => {
    expect(page1.width).toBeCloseTo(A4_WIDTH_PT, 2);
    expect(page1.height).toBeCloseTo(A4_HEIGHT_PT, 2);
  });

  it("keeps the 3 cm emblem's space: the title's first line starts 1.5 + 3 cm below the edge", () => {
    const issuer = textStarting(page1, "ประกาศองค์การบริหารส่วนตำบลตาเนิน");
    const top = cm(ANNOUNCEMENT_EMBLEM_TOP_CM + ANNOUNCEMENT_EMBLEM_HEIGHT_CM);
    expect(issuer.baseline).toBeCloseTo(top + baselineInLine(TYPE.bodyPitchPt), 1);
  });

  it("centres ประกาศ<agency> and เรื่อง … at the body size, one body line apart", () => {
    const issuer = textStarting(page1, "ประกาศองค์การบริหารส่วนตำบลตาเนิน");
    const subject = textStarting(page1, "เรื่อง");
    for (const line of [issuer, subject]) {
      expect(line.size).toBe(TYPE.bodyPt);
      expect(centreX(line)).toBeCloseTo(LEFT + TEXT_WIDTH / 2, 0);
    }
    expect(subject.baseline - issuer.baseline).toBeCloseTo(TYPE.bodyPitchPt, 1);
    expect(visibleText(page1.text)).toContain(
      visibleText("เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
    );
  });

  it("draws the short solid rule, 4 cm, centred under the title", () => {
    const subject = textStarting(page1, "เรื่อง");
    const rules = page1.segments.filter(
      (s) => s.dash.length === 0 && s.y1 === s.y2 && s.y1 > subject.baseline,
    );
    const rule = rules[0];
    expect(rule).toBeDefined();
    expect(Math.abs((rule?.x2 ?? 0) - (rule?.x1 ?? 0))).toBeCloseTo(cm(ANNOUNCEMENT_RULE_LENGTH_CM), 1);
    expect(((rule?.x1 ?? 0) + (rule?.x2 ?? 0)) / 2).toBeCloseTo(LEFT + TEXT_WIDTH / 2, 1);
    expect((rule?.y1 ?? 0) - subject.baseline).toBeLessThan(TYPE.bodyPitchPt * 1.5);
  });

  it("indents the first line of each preamble paragraph 2.5 cm", () => {
    expect(textStarting(page1, "ตามที่").x).toBeCloseTo(LEFT + cm(FIRST_LINE_INDENT_CM), 1);
    expect(textStarting(page1, "จึงประกาศให้ทราบโดยทั่วกัน").x).toBeCloseTo(LEFT + cm(FIRST_LINE_INDENT_CM), 1);
  });

  it("puts ประกาศ ณ วันที่ (with พ.ศ.) on the signature axis, below the preamble and above the signer", () => {
    const dated = textStarting(page1, "ประกาศ ณ วันที่");
    expect(dated.str).toBe("ประกาศ ณ วันที่ ๑๕ ธันวาคม พ.ศ. ๒๕๖๗");
    expect(centreX(dated)).toBeCloseTo(LEFT + cm(SIGNATURE_AXIS_FROM_LEFT_CM), 0);
    expect(dated.baseline).toBeGreaterThan(textStarting(page1, "จึงประกาศ").baseline + TYPE.bodyPitchPt);
    const name = textStarting(page1, "(นายปณวัฒน์ ประกายเพชร)");
    expect(centreX(name)).toBeCloseTo(LEFT + cm(SIGNATURE_AXIS_FROM_LEFT_CM), 0);
    expect(name.baseline - dated.baseline).toBeCloseTo(4 * TYPE.bodyPitchPt, 0);
  });
});

describe("the attached plan table", () => {
  it("runs on landscape pages after the ประกาศ page, the header row on every one, no result columns", () => {
    const tablePages = pages.slice(1);
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) {
      expect(page.width).toBeCloseTo(A4_HEIGHT_PT, 2);
      const text = visibleText(page.text);
      const at = text.indexOf(HEADER);
      expect(at).toBeGreaterThanOrEqual(0);
      // The header row ends with ผู้รับผิดชอบ: no status or outcome headings after it.
      expect(text.slice(at + HEADER.length)).not.toMatch(/^(สรุปผล|ดำเนินการแล้วเสร็จ|ผลลัพธ์)/u);
    }
    expect(visibleText(pages[1]?.text ?? "")).toContain(
      visibleText("แนบท้ายประกาศองค์การบริหารส่วนตำบลตาเนิน ลงวันที่ ๑๕ ธันวาคม พ.ศ. ๒๕๖๗"),
    );
  });

  it("holds every measure, five cells a row, its title text exact", async () => {
    const { announcement } = await realDocuments();
    const table = announcement.sections[1]?.blocks.find((b) => b.type === "measureTable");
    if (table?.type !== "measureTable") throw new Error("no plan table");
    const tablePages = pages.slice(1).map((p) => visibleText(p.text));
    expect(table.rows.length).toBe(8);
    for (const row of table.rows) {
      expect(row).toHaveLength(5);
      const title = row[1]?.content[0];
      if (title?.kind !== "text") throw new Error("no title");
      expect(findIn(tablePages, visibleText(title.runs.map((r) => r.text).join("")))).toBe(true);
    }
  });
});
