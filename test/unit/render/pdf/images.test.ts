import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import {
  A4_HEIGHT_PT,
  A4_WIDTH_PT,
  ANNOUNCEMENT_EMBLEM_HEIGHT_CM,
  COVER_LOGO_HEIGHT_CM,
  MEMO_EMBLEM_HEIGHT_CM,
} from "../../../../src/document/layout.js";
import { typography } from "../../../../src/document/typography.js";
import { renderPdf } from "../../../../src/render/pdf/index.js";
import { coverWithLogo, EMBLEM, memoWithEmblem } from "../../../fixtures/documents/with-images.js";
import { realDocuments } from "../../../helpers/real-documents.js";
import { cm, rendered, textStarting } from "./helpers/rendered.js";

interface Box {
  x: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Page 1's raster images and filled shapes (an SVG is drawn as filled paths), as boxes in
 * top-down points, by replaying the operator list's transforms.
 */
async function paintedBoxes(bytes: Uint8Array): Promise<{ images: Box[]; fills: Box[] }> {
  const pdf = await getDocument({ data: bytes.slice() }).promise;
  const page = await pdf.getPage(1);
  const ops = await page.getOperatorList();
  const images: Box[] = [];
  const fills: Box[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  const apply = (x: number, y: number): [number, number] => [
    (ctm[0] ?? 1) * x + (ctm[2] ?? 0) * y + (ctm[4] ?? 0),
    A4_HEIGHT_PT - ((ctm[1] ?? 0) * x + (ctm[3] ?? 1) * y + (ctm[5] ?? 0)),
  ];
  const box = (x0: number, y0: number, x1: number, y1: number): Box => {
    const [ax, ay] = apply(x0, y0);
    const [bx, by] = apply(x1, y1);
    return {
      x: Math.min(ax, bx),
      top: Math.min(ay, by),
      width: Math.abs(bx - ax),
      height: Math.abs(by - ay),
    };
  };
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) {
      const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = args as number[];
      const [A = 1, B = 0, C = 0, D = 1, E = 0, F = 0] = ctm;
      ctm = [
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
      ];
    } else if (fn === OPS.paintImageXObject) images.push(box(0, 0, 1, 1));
    else if (fn === OPS.constructPath && (args[0] === OPS.fill || args[0] === OPS.eoFill)) {
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = Array.from((args[2] as ArrayLike<number> | null) ?? []);
      if (x1 > x0 && y1 > y0) fills.push(box(x0, y0, x1, y1));
    }
  });
  await pdf.destroy();
  return { images, fills };
}

describe("images from the tree", () => {
  it("puts the emblem 1.5 cm high at the left margin, its top 1.5 cm below the edge, aspect kept", async () => {
    const [emblem, ...others] = (await paintedBoxes(await renderPdf(memoWithEmblem))).images;
    expect(others).toEqual([]);
    expect(emblem?.height).toBeCloseTo(cm(MEMO_EMBLEM_HEIGHT_CM), 1);
    expect(emblem?.width).toBeCloseTo((cm(MEMO_EMBLEM_HEIGHT_CM) * 30) / 40, 1);
    expect(emblem?.x).toBeCloseTo(cm(3), 1);
    expect(emblem?.top).toBeCloseTo(cm(1.5), 1);
  });

  it("centres บันทึกข้อความ on the emblem's band and starts the header below it", async () => {
    const { pages } = await rendered(await renderPdf(memoWithEmblem));
    const title = textStarting(pages[0], "บันทึกข้อความ");
    const band = { top: cm(1.5), bottom: cm(3) };
    // The exact 35 pt line is centred on the band.
    const lineTop = title.baseline - 0.8 * 35;
    expect(lineTop + 35 / 2).toBeCloseTo((band.top + band.bottom) / 2, 1);
    const label = textStarting(pages[0], "ส่วนราชการ");
    expect(label.baseline - 0.8 * typography("psk").labelPitchPt).toBeGreaterThanOrEqual(band.bottom - 0.01);
  });

  it("centres the announcement's emblem 3 cm high at the top, its top 1.5 cm below the edge", async () => {
    const { announcement } = await realDocuments();
    const [head, ...rest] = announcement.sections;
    if (head === undefined) throw new Error("no ประกาศ section");
    const blocks = head.blocks.map((b) => (b.type === "announcementTitle" ? { ...b, emblem: EMBLEM } : b));
    const withEmblem = { ...announcement, sections: [{ ...head, blocks }, ...rest] };
    const [emblem, ...others] = (await paintedBoxes(await renderPdf(withEmblem))).images;
    expect(others).toEqual([]);
    expect(emblem?.height).toBeCloseTo(cm(ANNOUNCEMENT_EMBLEM_HEIGHT_CM), 1);
    expect(emblem?.width).toBeCloseTo((cm(ANNOUNCEMENT_EMBLEM_HEIGHT_CM) * 30) / 40, 1);
    expect((emblem?.x ?? 0) + (emblem?.width ?? 0) / 2).toBeCloseTo(cm(3) + (A4_WIDTH_PT - cm(5)) / 2, 1);
    expect(emblem?.top).toBeCloseTo(cm(1.5), 1);
  });

  it("renders a PNG emblem to identical bytes twice (no decoding race)", async () => {
    const a = await renderPdf(memoWithEmblem);
    const b = await renderPdf(memoWithEmblem);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it("draws an SVG cover logo 4 cm high, aspect kept, centred above the title", async () => {
    const bytes = await renderPdf(coverWithLogo);
    const logo = (await paintedBoxes(bytes)).fills.find((f) => f.height > cm(1));
    expect(logo?.height).toBeCloseTo(cm(COVER_LOGO_HEIGHT_CM), 1);
    expect(logo?.width).toBeCloseTo((cm(COVER_LOGO_HEIGHT_CM) * 60) / 80, 1);
    expect((logo?.x ?? 0) + (logo?.width ?? 0) / 2).toBeCloseTo(A4_WIDTH_PT / 2, 0);
    const { pages } = await rendered(bytes);
    const title = textStarting(pages[0], "รายงานผลการดำเนินการ");
    expect(title.baseline - 1.279 * title.size).toBeGreaterThan((logo?.top ?? 0) + (logo?.height ?? 0));
  });
});
