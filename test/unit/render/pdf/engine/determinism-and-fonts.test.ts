import type { Content } from "pdfmake/interfaces.js";
import { describe, expect, it } from "vitest";
import { createPdf } from "../../../../../src/render/pdf/engine/create-pdf.js";
import { thaiInlines } from "../../../../../src/render/pdf/engine/thai-inlines.js";
import { pdfFonts } from "../../../../helpers/pdf-text.js";
import { FIXED_DATE, LONG_PARAGRAPH } from "./render-helpers.js";

const content: Content[] = [
  { text: thaiInlines(LONG_PARAGRAPH), fontSize: 16 },
  { text: thaiInlines("ตัวหนา ดำเนินการ"), bold: true },
  { text: thaiInlines("ตัวเอียง ดำเนินการ"), italics: true },
  { text: thaiInlines("ตัวหนาเอียง ดำเนินการ"), bold: true, italics: true },
];

describe("createPdf", () => {
  it("gives identical bytes for the same definition and creation date", async () => {
    const first = await createPdf({ info: { creationDate: FIXED_DATE }, content });
    const second = await createPdf({ info: { creationDate: FIXED_DATE }, content });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const later = await createPdf({ info: { creationDate: new Date(FIXED_DATE.getTime() + 1000) }, content });
    expect(Buffer.from(first).equals(Buffer.from(later))).toBe(false);
  });

  it("embeds the four Sarabun faces as subsets with ToUnicode maps", async () => {
    const fonts = pdfFonts(await createPdf({ info: { creationDate: FIXED_DATE }, content }));
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/u, "")).sort()).toEqual([
      "Sarabun-Bold",
      "Sarabun-BoldItalic",
      "Sarabun-Italic",
      "Sarabun-Regular",
    ]);
    for (const font of fonts) expect(font).toMatchObject({ emb: true, sub: true, uni: true });
  });

  it("reads no file but the fonts and fetches nothing", async () => {
    const local = createPdf({ content: [{ image: "/etc/hostname", width: 10 }] });
    await expect(local).rejects.toThrow(/hostname/u);
    const remote = createPdf({ content: [{ image: "https://example.org/a.png", width: 10 }] });
    await expect(remote).rejects.toThrow();
  });
});
