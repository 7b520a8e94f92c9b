import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Document } from "../../../../src/document/nodes.js";
import { renderDocx } from "../../../../src/render/docx/index.js";
import { docxEntries } from "./helpers/read-docx.js";

const svg = new Uint8Array(
  readFileSync(new URL("../../../fixtures/load/valid/assets/logo.svg", import.meta.url)),
);

const coverWithSvgLogo: Document = {
  kind: "report",
  typeScale: "psk",
  docxFont: "Sarabun",
  info: {
    title: "ทดสอบ",
    author: "อบต.",
    subject: "ทดสอบ",
    keywords: [],
    creationDate: { year: 2025, month: 4, day: 24 },
  },
  sections: [
    {
      layout: "cover",
      orientation: "portrait",
      blocks: [
        {
          type: "coverTitle",
          logo: { format: "svg", bytes: svg, widthPx: 120, heightPx: 80, source: "assets/logo.svg" },
          titleLines: ["รายงานผลการดำเนินการ"],
          agencyLines: ["องค์การบริหารส่วนตำบลตาเนิน"],
        },
      ],
    },
  ],
};

/** The RGBA pixels of a 1×1 8-bit RGBA PNG. */
function onlyPixel(png: Uint8Array): number[] {
  const view = Buffer.from(png);
  let at = 8;
  while (at < view.length) {
    const length = view.readUInt32BE(at);
    const type = view.toString("latin1", at + 4, at + 8);
    if (type === "IDAT") return [...inflateSync(view.subarray(at + 8, at + 8 + length)).subarray(1)];
    at += 12 + length;
  }
  throw new Error("no IDAT");
}

describe("an SVG logo", () => {
  it("is embedded as SVG, with a transparent 1×1 PNG as the raster fallback older readers show", async () => {
    const entries = docxEntries(await renderDocx(coverWithSvgLogo));
    const media = [...entries.keys()].filter((p) => p.startsWith("word/media/"));
    const svgPart = media.find((p) => p.endsWith(".svg"));
    const pngPart = media.find((p) => p.endsWith(".png"));
    expect(Buffer.from(entries.get(svgPart ?? "") ?? []).equals(Buffer.from(svg))).toBe(true);
    expect(onlyPixel(entries.get(pngPart ?? "") as Uint8Array)).toEqual([0, 0, 0, 0]);
  });
});
