import { describe, expect, it } from "vitest";
import { renderPdf } from "../../../../src/render/pdf/index.js";
import { strandedClosingMemo } from "../../../fixtures/documents/stranded-closing.js";
import { rendered } from "./helpers/rendered.js";

describe("page numbers at the larger `new` type scale", () => {
  it("are printed on every page from 2, inside the top margin", async () => {
    const { pages } = await rendered(await renderPdf({ ...strandedClosingMemo(), typeScale: "new" }));
    expect(pages.length).toBeGreaterThan(1);
    pages.slice(1).forEach((page, i) => {
      const number = page.texts.find((t) => /^- [๐-๙]+ -$/u.test(t.str));
      expect(number?.str, `page ${i + 2}`).toBe(`- ${"๒๓๔๕๖"[i]} -`);
      const firstBody = Math.min(...page.texts.filter((t) => t !== number).map((t) => t.baseline));
      expect(number?.baseline ?? Infinity).toBeLessThan(firstBody);
    });
  });
});
