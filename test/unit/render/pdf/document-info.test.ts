import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../../../../src/render/pdf/index.js";
import { realDocuments } from "../../../helpers/real-documents.js";

describe("document info and determinism", () => {
  it("gives identical bytes for identical input, dated from the data, not the clock", async () => {
    const { memo, report } = await realDocuments();
    for (const doc of [memo, report]) {
      const first = await renderPdf(doc);
      const second = await renderPdf(doc);
      expect(Buffer.compare(Buffer.from(first), Buffer.from(second)), doc.kind).toBe(0);
    }
  });

  it("records title, author (the agency), subject, keywords and the memo's date", async () => {
    const { memo } = await realDocuments();
    const pdf = await getDocument({ data: await renderPdf(memo) }).promise;
    const info = (await pdf.getMetadata()).info as Record<string, string>;
    expect(info["Title"]).toBe(memo.info.title);
    expect(info["Author"]).toBe("องค์การบริหารส่วนตำบลตาเนิน");
    expect(info["Subject"]).toBe(memo.info.subject);
    expect(info["Keywords"]).toBe(memo.info.keywords.join(", "));
    expect(info["CreationDate"]).toMatch(/^D:20250424000000/);
    await pdf.destroy();
  });
});
