import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  LONG_RUN_PIECE_CHARS,
  rejoinRunPieces,
  splitLongRuns,
  type RunInline,
} from "../../../../../src/render/pdf/engine/long-runs.js";
import { fontPath } from "../../../../../src/render/pdf/engine/fonts.js";
import { thaiInlines } from "../../../../../src/render/pdf/engine/thai-inlines.js";
import { pdfjsLines } from "../../../../helpers/pdf-text.js";
import { inColumn, renderContent } from "./render-helpers.js";

/** A stand-in width: 5 pt per UTF-16 unit. */
const widthOf = (_inline: RunInline, text: string): number => text.length * 5;
const inline = (text: string, extra: Partial<RunInline> = {}): RunInline => ({
  text,
  width: widthOf({ text, width: 0 }, text),
  ...extra,
});

/** A URL of `length` characters, with punctuation to break after, as analysts paste them. */
function longUrl(length: number): string {
  let url = "https://www.tanem.go.th/";
  for (let i = 0; url.length < length; i++) url += `doc${i}/%E0%B8%81%E0%B8%B2-${i}_x?id=${i}&`;
  return url.slice(0, length);
}

describe("splitLongRuns", () => {
  it("hands pdfmake a measured piece glued to the rest, the run's end properties on the rest", () => {
    const run = inline("a".repeat(3000), { trailingCut: 3, lineEnd: true, leadingCut: 2 });
    const inlines = [run];
    splitLongRuns(inlines, widthOf);
    expect(inlines.map((i) => i.text.length)).toEqual([LONG_RUN_PIECE_CHARS, 3000 - LONG_RUN_PIECE_CHARS]);
    const [piece, rest] = inlines as [RunInline, RunInline];
    expect(piece).toMatchObject({
      width: LONG_RUN_PIECE_CHARS * 5,
      noNewLine: true,
      trailingCut: 0,
      lineEnd: false,
    });
    expect(piece.leadingCut).toBe(2);
    expect(rest).toMatchObject({ width: (3000 - LONG_RUN_PIECE_CHARS) * 5, trailingCut: 3, lineEnd: true });
    expect(rest.leadingCut).toBe(0);
  });

  it("never parts a tone mark or vowel from its consonant", () => {
    const inlines = [inline("ก่".repeat(1500))];
    splitLongRuns(inlines, widthOf);
    expect(inlines).toHaveLength(2);
    expect(inlines[0]?.text.length).toBe(LONG_RUN_PIECE_CHARS);
    expect(inlines[1]?.text.startsWith("ก่")).toBe(true);
  });

  it("leaves short inlines, noWrap ones and runs after a break opportunity alone", () => {
    const inlines = [inline("short "), inline("b".repeat(3000))];
    splitLongRuns(inlines, widthOf);
    expect(inlines).toHaveLength(2);
    const fixed = [inline("c".repeat(3000), { noWrap: true })];
    splitLongRuns(fixed, widthOf);
    expect(fixed).toHaveLength(1);
  });

  it("splits a long run glued to the head, which pdfmake places whatever room is left", () => {
    const inlines = [inline("(", { noNewLine: true }), inline("d".repeat(3000))];
    splitLongRuns(inlines, widthOf);
    expect(inlines.map((i) => i.text.length)).toEqual([1, LONG_RUN_PIECE_CHARS, 3000 - LONG_RUN_PIECE_CHARS]);
  });

  it("measures a rest once it is short enough to be placed whole", () => {
    const inlines = [inline("e".repeat(2 * LONG_RUN_PIECE_CHARS + 10))];
    splitLongRuns(inlines, widthOf);
    const rest = inlines[1] as RunInline;
    rest.text = rest.text.slice(0, 20); // as if pdfmake had placed the rest of it
    let measured = 0;
    splitLongRuns([rest], (i, text) => (measured++, widthOf(i, text)));
    expect(measured).toBe(1);
    expect(rest.width).toBe(100);
  });
});

describe("rejoinRunPieces", () => {
  it("joins pieces of one run that share a line into one measured inline, moving what follows", () => {
    const inlines = [inline("f".repeat(1200))];
    splitLongRuns(inlines, widthOf);
    const [piece, rest] = inlines as [RunInline, RunInline];
    const kerned = (_i: RunInline, text: string): number => text.length * 5 - 1;
    const after = { ...inline(" next"), x: piece.width + rest.width };
    const line = { inlines: [{ ...piece, x: 0 }, { ...rest, x: piece.width }, after], inlineWidths: 6020 };
    // The clones keep the run's mark: spread copies symbol keys.
    rejoinRunPieces(line, undefined, kerned);
    expect(line.inlines.map((i) => i.text.length)).toEqual([1200, 5]);
    expect(line.inlines[0]?.width).toBe(5999);
    expect(line.inlineWidths).toBe(6019);
    expect(line.inlines[1]?.x).toBe(5999);
  });
});

describe("a long URL in a table-width column", () => {
  it("is cut into the same lines with and without pieces, every character kept", async () => {
    const url = longUrl(4000);
    const prefix = url.slice(0, 2 * LONG_RUN_PIECE_CHARS); // short enough never to be split
    const linesOf = async (text: string): Promise<string[]> =>
      (await pdfjsLines(await renderContent([inColumn(150, { text: thaiInlines(text), fontSize: 14 })]))).map(
        (l) => l.text,
      );
    const whole = await linesOf(url);
    expect(whole.join("")).toBe(url);
    const unsplit = await linesOf(prefix);
    // The prefix's last line ends where the prefix does; every line before it is the same.
    expect(whole.slice(0, unsplit.length - 1)).toEqual(unsplit.slice(0, -1));
  });

  it("costs shaping linear in its length (pdfmake measured the whole rest at every line)", async () => {
    const shapedChars = await countShapedCharacters(async () => {
      await renderContent([inColumn(150, { text: thaiInlines(longUrl(6000)), fontSize: 14 })]);
    });
    // About 250 lines: measuring every rest would shape ~250 × 3,000 characters.
    expect(shapedChars).toBeLessThan(40 * 6000);
  });
});

/** Characters handed to fontkit's layout while `run` runs (every font the engine opens is a fontkit TTFFont). */
async function countShapedCharacters(run: () => Promise<void>): Promise<number> {
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve("pdfmake"));
  const fontkit = createRequire(fromPdfmake.resolve("pdfkit"))("fontkit") as { create(data: Buffer): object };
  const TTFFont = Object.getPrototypeOf(fontkit.create(readFileSync(fontPath("normal")))) as {
    layout(text: string, ...rest: unknown[]): unknown;
  };
  const layout = TTFFont.layout;
  let chars = 0;
  TTFFont.layout = function (this: unknown, text: string, ...rest: unknown[]) {
    chars += text.length;
    return layout.call(this, text, ...rest);
  };
  try {
    await run();
  } finally {
    TTFFont.layout = layout;
  }
  return chars;
}
