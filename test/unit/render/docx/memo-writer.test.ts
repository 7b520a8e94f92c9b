import { describe, expect, it } from "vitest";
import {
  FIRST_LINE_INDENT_CM,
  LEADER_BELOW_BASELINE_EM,
  LEADER_FIELD_GAP_PT,
  MEMO_MARGIN_LEFT_CM,
  MEMO_MARGIN_RIGHT_CM,
  MEMO_TITLE_LINE_PT,
  PARAGRAPH_SPACE_BEFORE_PT,
  REVIEWER_SIGNATURE_BLANK_LINES,
  SIGNATURE_AXIS_FROM_LEFT_CM,
  SIGNATURE_BLANK_LINES,
} from "../../../../src/document/layout.js";
import { typography } from "../../../../src/document/typography.js";
import type { Block } from "../../../../src/document/nodes.js";
import { cmToTwips, ptToTwips } from "../../../../src/render/docx/units.js";
import { all, child, first, paragraphWithText, textOf, type XmlElement } from "./helpers/read-docx.js";
import { effectivePPr, effectiveRPr, styleSheet } from "./helpers/effective.js";
import { attr, renderedReal, sectionProperties } from "./helpers/rendered.js";

/** The default (official) type scale the real data is built with. */
const TYPE = typography("psk");

const memo = await renderedReal("memo");
const blocks = memo.tree.sections.flatMap((s) => s.blocks);
const sheet = styleSheet(memo.bytes);
/** Properties as Word resolves them: direct formatting over the named style over the defaults. */
const pPr = (p: XmlElement): XmlElement => effectivePPr(p, sheet);
const rPr = (r: XmlElement, p: XmlElement): XmlElement => effectiveRPr(r, p, sheet);
const runs = (p: XmlElement): XmlElement[] => all(p, "w:r").filter((r) => textOf(r) !== "");
const of = <T extends Block["type"]>(type: T): Extract<Block, { type: T }>[] =>
  blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

describe("the memo's page", () => {
  it("is A4 portrait with the memo's margins", () => {
    const [sectPr] = sectionProperties(memo.body);
    const size = first(sectPr as XmlElement, "w:pgSz");
    expect([attr(size, "w:w"), attr(size, "w:h"), attr(size, "w:orient")]).toEqual([
      "11906",
      "16838",
      "portrait",
    ]);
    const margin = first(sectPr as XmlElement, "w:pgMar");
    expect(Number(attr(margin, "w:left"))).toBe(cmToTwips(MEMO_MARGIN_LEFT_CM));
    expect(Number(attr(margin, "w:right"))).toBe(cmToTwips(MEMO_MARGIN_RIGHT_CM));
  });

  it("numbers pages from page 2 as '- ๒ -' with a PAGE field in Thai numbers and no first-page header", () => {
    const [sectPr] = sectionProperties(memo.body);
    expect(attr(first(sectPr as XmlElement, "w:pgNumType"), "w:fmt")).toBe("thaiNumbers");
    expect(first(sectPr as XmlElement, "w:titlePg")).toBeDefined();
    const refs = all(sectPr as XmlElement, "w:headerReference").map((h) => attr(h, "w:type"));
    expect(refs).toEqual(["default"]);
  });
});

describe("the memo's head", () => {
  it("sets บันทึกข้อความ bold at the 29 pt title size (Sarabun 19 pt) on an exactly 35 pt line", () => {
    const p = paragraphWithText(memo.body, "บันทึกข้อความ");
    const spacing = child(pPr(p) as XmlElement, "w:spacing");
    expect(attr(spacing, "w:line")).toBe(String(ptToTwips(MEMO_TITLE_LINE_PT)));
    expect(attr(spacing, "w:lineRule")).toBe("exact");
    const props = rPr(runs(p)[0] as XmlElement, p);
    expect(child(props, "w:b")).toBeDefined();
    expect(attr(child(props, "w:sz"), "w:val")).toBe(String(TYPE.titlePt * 2));
  });

  /** The header table: the first table of the memo, before เรียน. */
  const header = first(memo.body, "w:tbl") as XmlElement;
  const rows = all(header, "w:tr");
  const cellsOf = (row: XmlElement): XmlElement[] => all(row, "w:tc");
  const widthOf = (tc: XmlElement): number => Number(attr(first(tc, "w:tcW"), "w:w"));
  const dotted = (tc: XmlElement): boolean => attr(first(tc, "w:bottom"), "w:val") === "dotted";
  const textWidth = 11906 - cmToTwips(MEMO_MARGIN_LEFT_CM) - cmToTwips(MEMO_MARGIN_RIGHT_CM);
  const rowOf = (label: string): XmlElement =>
    rows.find((r) => textOf(cellsOf(r)[0] as XmlElement) === label) as XmlElement;

  it("lays the header lines out as one borderless fixed table across the text width, no cell margins", () => {
    expect(textOf(header)).toContain("ส่วนราชการ");
    expect(attr(first(header, "w:tblLayout"), "w:type")).toBe("fixed");
    expect(Number(attr(first(header, "w:tblW"), "w:w"))).toBe(textWidth);
    const grid = all(header, "w:gridCol").reduce((sum, c) => sum + Number(attr(c, "w:w")), 0);
    expect(grid).toBe(textWidth);
    const sides = (first(header, "w:tblBorders") as XmlElement).children;
    expect(sides).toHaveLength(6);
    for (const side of sides) expect(attr(side, "w:val")).toBe("none");
    for (const margin of (first(header, "w:tblCellMar") as XmlElement).children)
      expect(attr(margin, "w:w")).toBe("0");
    for (const row of rows) {
      expect(cellsOf(row).reduce((sum, tc) => sum + widthOf(tc), 0)).toBe(textWidth);
      // The last value cell reaches the right margin and carries the dotted writing line.
      expect(dotted(cellsOf(row).at(-1) as XmlElement)).toBe(true);
    }
  });

  it("puts ที่ and วันที่ on one row: ที่'s dotted cell stops 6 pt before the middle, วันที่ starts there", () => {
    const [ref, date] = of("leaderLine").find((l) => l.fields.length === 2)?.fields ?? [];
    const cells = cellsOf(rowOf(ref?.label ?? ""));
    expect(cells.map((tc) => textOf(tc))).toEqual([ref?.label, ref?.value, "", date?.label, date?.value]);
    expect(cells.map(dotted)).toEqual([false, true, false, false, true]);
    const [label, value, gap] = cells.map(widthOf) as [number, number, number];
    expect(label + value).toBe(Math.round(textWidth / 2) - ptToTwips(LEADER_FIELD_GAP_PT));
    expect(label + value + gap).toBe(Math.round(textWidth / 2));
  });

  it("puts labels in bold 20 pt and values in 16 pt (PSK sizes, Sarabun 13 and 10.5 pt), each in its named style", () => {
    for (const row of rows.filter((r) => textOf(cellsOf(r)[0] as XmlElement) !== "")) {
      const [labelCell, valueCell] = cellsOf(row) as [XmlElement, XmlElement];
      const label = first(labelCell, "w:p") as XmlElement;
      const value = first(valueCell, "w:p") as XmlElement;
      expect(attr(first(label, "w:pStyle"), "w:val")).toBe("MemoHeaderLabel");
      expect(attr(first(value, "w:pStyle"), "w:val")).toBe("MemoHeaderValue");
      const labelProps = rPr(runs(label)[0] as XmlElement, label);
      expect(child(labelProps, "w:b")).toBeDefined();
      expect(attr(child(labelProps, "w:sz"), "w:val")).toBe(String(TYPE.labelPt * 2));
      const valueProps = rPr(runs(value)[0] as XmlElement, value);
      expect(child(valueProps, "w:b")).toBeUndefined();
      expect(attr(child(valueProps, "w:sz"), "w:val")).toBe(String(TYPE.bodyPt * 2));
      // No dotted underline crossing the below vowels: the writing line is the cell's border.
      expect(child(valueProps, "w:u")).toBeUndefined();
    }
  });

  it("keeps each row the header pitch high, text and writing line together, so the line sits 0.2 × pitch under the baseline", () => {
    for (const row of rows) {
      const height = first(row, "w:trHeight") as XmlElement;
      expect(attr(height, "w:hRule")).toBe("atLeast");
      const p = first(cellsOf(row).at(-1) as XmlElement, "w:p") as XmlElement;
      const spacing = child(pPr(p), "w:spacing");
      expect(attr(spacing, "w:lineRule")).toBe("exact");
      const before = Number(attr(spacing, "w:before") ?? 0);
      expect(Number(attr(height, "w:val"))).toBe(ptToTwips(TYPE.labelPitchPt) + before);
      const border = Number(attr(first(cellsOf(row).at(-1) as XmlElement, "w:bottom"), "w:sz")) * 2.5;
      const line = Number(attr(spacing, "w:line"));
      expect(before + line + border).toBeLessThanOrEqual(Number(attr(height, "w:val")));
      // Baseline 80 % down the exact line; the border at the row's bottom: under ุ ู (0.332 em).
      const underBaselinePt = (Number(attr(height, "w:val")) - before - 0.8 * line) / 20;
      expect(underBaselinePt).toBeGreaterThanOrEqual(LEADER_BELOW_BASELINE_EM * TYPE.bodyPt);
    }
  });

  it("writes a long เรื่อง as the PDF's lines, one dotted row each, 6 pt before its first row", () => {
    const subject = of("leaderLine").find((l) => l.fields[0].label === "เรื่อง")?.fields[0];
    const at = rows.indexOf(rowOf("เรื่อง"));
    const continued = rows.slice(at + 1).filter((r) => textOf(cellsOf(r)[0] as XmlElement) === "");
    expect(continued.length).toBeGreaterThan(0);
    const lines = [rows[at] as XmlElement, ...continued].map((r) => textOf(cellsOf(r)[1] as XmlElement));
    expect(lines.join(" ")).toBe(subject?.value);
    for (const r of [rows[at] as XmlElement, ...continued])
      expect(dotted(cellsOf(r)[1] as XmlElement)).toBe(true);
    const firstP = first(cellsOf(rows[at] as XmlElement)[1] as XmlElement, "w:p") as XmlElement;
    expect(attr(child(pPr(firstP), "w:spacing"), "w:before")).toBe(
      String(ptToTwips(PARAGRAPH_SPACE_BEFORE_PT)),
    );
  });
});

describe("the memo's body", () => {
  it("distributes body paragraphs the Thai way, body size on the memo's exact pitch, 2.5 cm first-line indent, 6 pt before", () => {
    const bodies = of("paragraph").filter((b) => b.role === "body");
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      const p = paragraphWithText(memo.body, body.runs.map((r) => r.text).join(""));
      const props = pPr(p) as XmlElement;
      expect(attr(child(props, "w:jc"), "w:val")).toBe("thaiDistribute");
      expect(attr(child(props, "w:ind"), "w:firstLine")).toBe(String(cmToTwips(FIRST_LINE_INDENT_CM)));
      const spacing = child(props, "w:spacing");
      expect([attr(spacing, "w:line"), attr(spacing, "w:lineRule"), attr(spacing, "w:before")]).toEqual([
        String(ptToTwips(TYPE.bodyPitchPt)),
        "exact",
        String(ptToTwips(PARAGRAPH_SPACE_BEFORE_PT)),
      ]);
    }
  });

  it("sets section heads in bold", () => {
    for (const heading of of("paragraph").filter((b) => b.role === "heading")) {
      const p = paragraphWithText(memo.body, heading.runs.map((r) => r.text).join(""));
      for (const r of runs(p)) expect(child(rPr(r, p), "w:b")).toBeDefined();
    }
  });

  it("starts list items with their '-' marker at the first-line indent", () => {
    const items = of("list").flatMap((l) => l.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const p = paragraphWithText(memo.body, `${item.marker} ${item.runs.map((r) => r.text).join("")}`);
      expect(attr(child(pPr(p) as XmlElement, "w:ind"), "w:firstLine")).toBe(
        String(cmToTwips(FIRST_LINE_INDENT_CM)),
      );
    }
  });
});

describe("the signature and the reviewers", () => {
  it("centres the signer's lines on the axis 10 cm from the left margin", () => {
    const [signature] = of("signature");
    const textWidth = 11906 - cmToTwips(MEMO_MARGIN_LEFT_CM) - cmToTwips(MEMO_MARGIN_RIGHT_CM);
    for (const line of signature?.lines ?? []) {
      const props = pPr(paragraphWithText(memo.body, line)) as XmlElement;
      expect(attr(child(props, "w:jc"), "w:val")).toBe("center");
      const left = Number(attr(child(props, "w:ind"), "w:left"));
      expect((left + textWidth) / 2).toBe(cmToTwips(SIGNATURE_AXIS_FROM_LEFT_CM));
    }
  });

  it("keeps each signature and reviewer block on one page: keepLines on all, keepNext on all but the last", () => {
    const reviewers = of("reviewer");
    expect(reviewers.length).toBe(3);
    const ps = all(memo.body, "w:p");
    const keptTogether = (block: XmlElement[]): void =>
      block.forEach((p, i) => {
        expect(child(pPr(p) as XmlElement, "w:keepLines")).toBeDefined();
        expect(child(pPr(p) as XmlElement, "w:keepNext") !== undefined).toBe(i < block.length - 1);
      });
    const [signature] = of("signature");
    const name = ps.findIndex((p) => textOf(p) === signature?.lines[0]);
    const signatureBlock = ps.slice(name - SIGNATURE_BLANK_LINES, name + (signature?.lines.length ?? 0));
    expect(signatureBlock.slice(0, SIGNATURE_BLANK_LINES).map(textOf)).toEqual(["", "", ""]);
    keptTogether(signatureBlock);
    for (const reviewer of reviewers) {
      const start = ps.findIndex((p) => textOf(p) === reviewer.title);
      const end = ps.findIndex((p, i) => i > start && textOf(p) === reviewer.signature.at(-1));
      const block = ps.slice(start, end + 1);
      expect(block.length).toBe(
        1 + reviewer.dottedLines + REVIEWER_SIGNATURE_BLANK_LINES + reviewer.signature.length,
      );
      keptTogether(block);
    }
  });

  it("gives each reviewer as many dotted writing lines as the tree asks for, across the text width", () => {
    const ps = all(memo.body, "w:p");
    const textWidth = 11906 - cmToTwips(MEMO_MARGIN_LEFT_CM) - cmToTwips(MEMO_MARGIN_RIGHT_CM);
    for (const reviewer of of("reviewer")) {
      const start = ps.findIndex((p) => textOf(p) === reviewer.title);
      const lines = ps.slice(start + 1, start + 1 + reviewer.dottedLines);
      for (const line of lines) {
        // A no-break space leads the tab (LibreOffice sets a tab-only line short of its pitch).
        expect(textOf(line)).toBe(" \t");
        const stop = first(pPr(line) as XmlElement, "w:tab");
        expect(attr(stop, "w:val")).toBe("right");
        expect(Number(attr(stop, "w:pos"))).toBe(textWidth);
        expect(attr(child(rPr(first(line, "w:r") as XmlElement, line), "w:u"), "w:val")).toBe("dotted");
      }
      expect(textOf(ps[start + 1 + reviewer.dottedLines] as XmlElement)).toBe("");
    }
  });
});
