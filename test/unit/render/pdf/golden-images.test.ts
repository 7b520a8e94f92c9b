import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../../../../src/render/pdf/index.js";
import { mixedScriptsMemo } from "../../../fixtures/documents/mixed-scripts.js";
import { decodeGrayPng, differingShare } from "./helpers/gray-png.js";
import { rasterize } from "./helpers/rasterize.js";
import { renderedReal } from "./helpers/rendered.js";
import { realDocuments } from "../../../helpers/real-documents.js";

/**
 * Rendered pages compared with committed PNGs (test/golden/pdf/). The goldens change only through
 * `npm run golden:update` (UPDATE_GOLDEN=1), which also refreshes the README's images.
 */
const UPDATE = process.env["UPDATE_GOLDEN"] === "1";
const GOLDEN_DIR = fileURLToPath(new URL("../../../golden/pdf/", import.meta.url));
const DOCS_DIR = fileURLToPath(new URL("../../../../docs/images/", import.meta.url));
const DPI = 60;
/** Anti-aliasing may move a little between poppler builds; a real change moves far more. */
const MAX_DIFFERING_SHARE = 0.002;

const cases: { name: string; page: number; pdf: () => Promise<Uint8Array>; docs?: string }[] = [
  {
    name: "memo-page-1",
    page: 1,
    pdf: async () => (await renderedReal("memo")).bytes,
    docs: "memo-page1.png",
  },
  {
    name: "report-table-continued",
    page: 3,
    pdf: async () => (await renderedReal("report")).bytes,
    docs: "report-table-page.png",
  },
  {
    // The larger look of agencies that type in TH Sarabun New (docs/layout.md §0).
    name: "memo-page-1-type-scale-new",
    page: 1,
    pdf: async () => renderPdf({ ...(await realDocuments()).memo, typeScale: "new" }),
    docs: "type-scale-new.png",
  },
  { name: "mixed-latin-thai", page: 1, pdf: () => renderPdf(mixedScriptsMemo) },
];

describe("rendered pages match the golden images", () => {
  for (const c of cases) {
    it(`${c.name} (page ${c.page}) looks as committed`, async () => {
      const png = rasterize(await c.pdf(), c.page, DPI);
      const file = `${GOLDEN_DIR}${c.name}.png`;
      if (UPDATE) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, png);
        if (c.docs !== undefined) writeFileSync(`${DOCS_DIR}${c.docs}`, rasterize(await c.pdf(), c.page, 72));
      }
      expect(existsSync(file), `${file} is missing: run npm run golden:update`).toBe(true);
      const share = differingShare(decodeGrayPng(png), decodeGrayPng(new Uint8Array(readFileSync(file))));
      expect(share).toBeLessThanOrEqual(MAX_DIFFERING_SHARE);
    });
  }

  it("tells a page moved by three pixel rows from its golden (the comparison can fail)", async () => {
    const page = decodeGrayPng(rasterize((await renderedReal("memo")).bytes, 1, DPI));
    const moved = new Uint8Array(page.pixels.length).fill(255);
    moved.set(page.pixels.subarray(0, page.pixels.length - 3 * page.width), 3 * page.width);
    expect(differingShare(page, { ...page, pixels: moved })).toBeGreaterThan(MAX_DIFFERING_SHARE);
  });
});
