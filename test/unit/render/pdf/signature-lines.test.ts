import { describe, expect, it } from "vitest";
import { renderPdf } from "../../../../src/render/pdf/index.js";
import { POSITION_PARTS, longPositionMemo } from "../../../fixtures/documents/long-position.js";
import { visibleText } from "../../../helpers/pdf-text.js";
import { rendered } from "./helpers/rendered.js";

describe("a signature's position line wider than the signature column", () => {
  it("breaks at its spaces, each title whole on its line, under the signature and the reviewer's", async () => {
    const { pages } = await rendered(await renderPdf(longPositionMemo));
    // pdf.js items of one line, joined in reading order (one baseline each).
    const lines = new Map<number, string>();
    for (const t of pages[0]?.texts ?? []) {
      const key = Math.round(t.baseline);
      lines.set(key, (lines.get(key) ?? "") + t.str);
    }
    const texts = [...lines.values()].map(visibleText);
    for (const part of POSITION_PARTS) {
      expect(texts.filter((line) => line === visibleText(part)).length, part).toBe(2);
    }
  });
});
