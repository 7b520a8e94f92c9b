import { describe, expect, it } from "vitest";
import { buildReport } from "../../../../src/document/build-report.js";
import { CELL_PADDING_SIDE_PT } from "../../../../src/document/layout.js";
import { renderDocx } from "../../../../src/render/docx/index.js";
import { bodyRunText } from "./helpers/read-docx.js";
import { tableOverflows } from "../../../helpers/cell-overflows.js";
import { HOSTILE_TOKENS, hostileYear } from "../../../helpers/hostile-typography.js";
import { realDocuments } from "../../../helpers/real-documents.js";
import { readPdf } from "../pdf/helpers/read-pdf.js";
import { convertWithLibreOffice } from "./helpers/libreoffice.js";

/**
 * LibreOffice places glyphs on its own integer grid (twips, 1/100 mm) with its own advance
 * rounding, so a line that fills its cell reaches up to about a tenth of a point into the cell
 * margin (0.06–0.1 pt measured): still far inside the cell's border.
 */
const LIBREOFFICE_ROUNDING_PT = 0.2;
const INSET_PT = CELL_PADDING_SIDE_PT - LIBREOFFICE_ROUNDING_PT;

/**
 * Word and LibreOffice wrap a word wider than a fixed-layout table cell at the cell's edge
 * (LibreOffice first at its own break opportunities: after "/", "?", "-"), so the DOCX needs no
 * inserted break characters, which a reader would copy along with a URL. LibreOffice is the
 * reader run here: every text item of its PDF lies inside its cell, cell margins included.
 */
describe("LibreOffice draws no text of the report DOCX outside its table cell", () => {
  it("on the real 2568 report", async () => {
    const docx = await renderDocx((await realDocuments()).report);
    const pages = await readPdf(convertWithLibreOffice(docx, "report").pdf);
    expect(pages.length).toBeGreaterThan(2);
    expect(tableOverflows(pages, INSET_PT)).toEqual([]);
  });

  it.each([2568, 9])(
    "on a generated year of hostile typography (seed %i), its URLs kept verbatim",
    async (seed) => {
      const docx = await renderDocx(buildReport(hostileYear(seed)));
      const pages = await readPdf(convertWithLibreOffice(docx, `hostile-${seed}`).pdf);
      expect(pages.slice(1).flatMap((p) => p.texts).length).toBeGreaterThan(100);
      expect(tableOverflows(pages, INSET_PT)).toEqual([]);
      const text = bodyRunText(docx);
      for (const token of HOSTILE_TOKENS.filter((t) => text.includes(t.slice(0, 12))))
        expect(text, token).toContain(token);
    },
  );
});
