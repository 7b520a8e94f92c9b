import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A text item as a reader sees it: top-down coordinates in points. */
export interface PlacedText {
  readonly str: string;
  /** Left edge. */
  readonly x: number;
  /** Baseline, from the top of the page. */
  readonly baseline: number;
  readonly width: number;
  /** The font size (the text matrix's vertical scale). */
  readonly size: number;
}

/** A stroked straight segment, top-down coordinates, with its dash pattern (empty: solid). */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly dash: readonly number[];
}

export interface PageView {
  readonly width: number;
  readonly height: number;
  readonly texts: readonly PlacedText[];
  /** The page's whole text, items joined as pdfjs returns them. */
  readonly text: string;
  readonly segments: readonly Segment[];
}

/** Reads every page of a PDF with pdfjs-dist: sizes, placed text and stroked line segments. */
export async function readPdf(bytes: Uint8Array): Promise<PageView[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true })
    .promise;
  const pages: PageView[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const height = viewport.height;
    const content = await page.getTextContent();
    const texts: PlacedText[] = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str === "") continue;
      const [, , , d, e, f] = item.transform as number[];
      texts.push({
        str: item.str,
        x: e ?? 0,
        baseline: height - (f ?? 0),
        width: item.width,
        size: Math.abs(d ?? 0),
      });
    }
    pages.push({
      width: viewport.width,
      height,
      texts,
      text: texts.map((t) => t.str).join(""),
      segments: await strokedSegments(page, height),
    });
  }
  await pdf.destroy();
  return pages;
}

interface OperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}

/**
 * Straight segments of stroked paths, replaying moveTo/lineTo under the page's transform stack
 * (pdfmake draws in a flipped coordinate system). Enough for rules, dotted leaders and ticks.
 */
async function strokedSegments(
  page: { getOperatorList(): Promise<OperatorList> },
  height: number,
): Promise<Segment[]> {
  const ops = await page.getOperatorList();
  const segments: Segment[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: { ctm: number[]; dash: number[] }[] = [];
  let dash: number[] = [];
  const apply = (m: number[], x: number, y: number): [number, number] => [
    (m[0] ?? 1) * x + (m[2] ?? 0) * y + (m[4] ?? 0),
    (m[1] ?? 0) * x + (m[3] ?? 1) * y + (m[5] ?? 0),
  ];
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] ?? [];
    if (fn === OPS.save) stack.push({ ctm: [...ctm], dash: [...dash] });
    else if (fn === OPS.restore) ({ ctm, dash } = stack.pop() ?? { ctm, dash });
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.setDash) dash = [...((args[0] as number[] | undefined) ?? [])];
    else if (fn === OPS.constructPath) segments.push(...pathSegments(args, ctm, dash, apply, height));
  });
  return segments;
}

function multiply(m: number[], n: number[]): number[] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = n;
  const [A = 1, B = 0, C = 0, D = 1, E = 0, F = 0] = m;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

function pathSegments(
  args: unknown[],
  ctm: number[],
  dash: number[],
  apply: (m: number[], x: number, y: number) => [number, number],
  height: number,
): Segment[] {
  // pdfjs 5: [paintOp, [pathData Float32Array with DrawOPS codes], minMax]
  const op = args[0] as number;
  if (op !== OPS.stroke && op !== OPS.closeStroke) return [];
  const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
  if (data === undefined) return [];
  const out: Segment[] = [];
  let current: [number, number] | undefined;
  for (let i = 0; i < data.length;) {
    const code = data[i] ?? -1;
    if (code === 0 /* moveTo */) {
      current = apply(ctm, data[i + 1] ?? 0, data[i + 2] ?? 0);
      i += 3;
    } else if (code === 1 /* lineTo */) {
      const next = apply(ctm, data[i + 1] ?? 0, data[i + 2] ?? 0);
      if (current)
        out.push({ x1: current[0], y1: height - current[1], x2: next[0], y2: height - next[1], dash });
      current = next;
      i += 3;
    } else if (code === 2 /* curveTo */) {
      current = apply(ctm, data[i + 5] ?? 0, data[i + 6] ?? 0);
      i += 7;
    } else if (code === 3 /* quadraticCurveTo */) {
      current = apply(ctm, data[i + 3] ?? 0, data[i + 4] ?? 0);
      i += 5;
    } else {
      i += 1; // closePath
    }
  }
  return out;
}
