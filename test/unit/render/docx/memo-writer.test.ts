import { describe, expect, it } from "vitest";
import {
  FIRST_LINE_INDENT_CM,
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

  it("writes ที่ and วันที่ on one line: ที่'s dotted line stops before the middle, วันที่'s runs to the right margin", () => {
    const [ref, date] = of("leaderLine").find((l) => l.fields.length === 2)?.fields ?? [];
    const p = all(memo.body, "w:p").find((x) => textOf(x).startsWith(`${ref?.label} `)) as XmlElement;
    expect(textOf(p)).toBe(`${ref?.label} ${ref?.value}\t\t${date?.label} ${date?.value}\t`);
    const stops = all(pPr(p) as XmlElement, "w:tab").map((t) => [attr(t, "w:val"), Number(attr(t, "w:pos"))]);
    const textWidth = 11906 - cmToTwips(MEMO_MARGIN_LEFT_CM) - cmToTwips(MEMO_MARGIN_RIGHT_CM);
    expect(stops.at(-1)).toEqual(["right", textWidth]);
    expect(stops[1]).toEqual(["left", Math.round(textWidth / 2)]);
    expect(Number(stops[0]?.[1])).toBeLessThan(Math.round(textWidth / 2));
  });

  it("puts labels in bold 20 pt and values in 16 pt (PSK sizes, Sarabun 13 and 10.5 pt) on a dotted underline that continues through the tabs to the stops", () => {
    for (const line of of("leaderLine")) {
      const first = line.fields[0];
      const p = all(memo.body, "w:p").find((x) => textOf(x).startsWith(`${first.label} `)) as XmlElement;
      const [label, value, ...rest] = runs(p);
      const labelProps = rPr(label as XmlElement, p);
      expect(child(labelProps, "w:b")).toBeDefined();
      expect(attr(child(labelProps, "w:sz"), "w:val")).toBe(String(TYPE.labelPt * 2));
      const valueProps = rPr(value as XmlElement, p);
      expect(attr(child(valueProps, "w:sz"), "w:val")).toBe(String(TYPE.bodyPt * 2));
      expect(attr(child(valueProps, "w:u"), "w:val")).toBe("dotted");
      const lastTab = rest.at(-1) as XmlElement;
      expect(textOf(lastTab)).toBe("\t");
      expect(attr(child(rPr(lastTab, p), "w:u"), "w:val")).toBe("dotted");
    }
  });

  it("wraps a long เรื่อง under its value: a hanging indent, 6 pt before", () => {
    const subject = of("leaderLine").find((l) => l.fields[0].label === "เรื่อง")?.fields[0];
    const p = all(memo.body, "w:p").find((x) => textOf(x).startsWith("เรื่อง ")) as XmlElement;
    expect(textOf(p)).toBe(`เรื่อง ${subject?.value}\t`);
    const ind = child(pPr(p) as XmlElement, "w:ind");
    // The wrapped lines return under the value: the hanging indent is the label and a space.
    const hanging = Number(attr(ind, "w:hanging"));
    expect(attr(ind, "w:left")).toBe(String(hanging));
    expect(hanging).toBeGreaterThan(ptToTwips(TYPE.labelPt * 1.8));
    expect(hanging).toBeLessThan(ptToTwips(TYPE.labelPt * 2.6));
    expect(attr(child(pPr(p) as XmlElement, "w:spacing"), "w:before")).toBe(
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
        expect(textOf(line)).toBe("\t");
        const stop = first(pPr(line) as XmlElement, "w:tab");
        expect(attr(stop, "w:val")).toBe("right");
        expect(Number(attr(stop, "w:pos"))).toBe(textWidth);
        expect(attr(child(rPr(first(line, "w:r") as XmlElement, line), "w:u"), "w:val")).toBe("dotted");
      }
      expect(textOf(ps[start + 1 + reviewer.dottedLines] as XmlElement)).toBe("");
    }
  });
});
