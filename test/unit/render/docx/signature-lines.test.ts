import { describe, expect, it } from "vitest";
import { POSITION_PARTS, longPositionMemo } from "../../../fixtures/documents/long-position.js";
import { all, textOf } from "./helpers/read-docx.js";
import { rendered } from "./helpers/rendered.js";

describe("a signature's position line wider than the signature column, in the DOCX", () => {
  it("is written as one paragraph per title, broken at its spaces as the PDF breaks it", async () => {
    const { body } = await rendered(longPositionMemo);
    const paragraphs = all(body, "w:p").map(textOf);
    for (const part of POSITION_PARTS) {
      expect(paragraphs.filter((p) => p === part).length, part).toBe(2);
    }
  });
});
