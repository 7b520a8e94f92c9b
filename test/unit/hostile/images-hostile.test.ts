import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { deflateSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { loadYear } from "../../../src/load/load-year.js";
import { jpegHeader, png } from "../../helpers/images.js";
import { issuesIn } from "../load/load-cases.js";
import { makeDataDir } from "../load/make-data-dir.js";

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../fixtures/hostile/${name}`, import.meta.url));
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

/**
 * Loads the valid data with the emblem (or, with `logo`, the logo) replaced by `bytes`; returns
 * the issues and how long the load took.
 */
async function imageIssues(
  bytes: Uint8Array,
  role: "emblem" | "logo" = "emblem",
): Promise<{ issues: string[]; ms: number }> {
  const file = role === "emblem" ? "assets/garuda.png" : "assets/logo.svg";
  const cwd = await makeDataDir({ [file]: bytes });
  made.push(cwd);
  return issuesIn(cwd);
}

const EMBLEM = 'data/agency.yaml:6:9 emblem: the image "assets/garuda.png"';
const LOGO = 'data/agency.yaml:7:7 logo: the SVG image "assets/logo.svg"';

describe("an SVG image is drawn only from its own content", () => {
  for (const [file, reference] of [
    ["svg-image-outside.svg", "../../secret/private.png"],
    ["svg-image-absolute.svg", "/etc/passwd"],
    ["svg-css-url.svg", "file:///etc/passwd"],
  ] as const) {
    it(`refuses an SVG that refers to a file outside itself (${file})`, async () => {
      expect((await imageIssues(fixture(file), "logo")).issues).toEqual([
        `${LOGO} refers to something outside itself ("${reference}"): it was not used | an SVG may only refer to its own parts (#id): embed or redraw what it links to, or export the image as PNG`,
      ]);
    });
  }

  it("refuses an SVG with a script", async () => {
    expect((await imageIssues(fixture("svg-script.svg"), "logo")).issues).toEqual([
      `${LOGO} contains a script: it was not used | export the image again without scripts or event handlers, or as PNG`,
    ]);
  });

  it("refuses an SVG that declares entities (an external entity would read a file)", async () => {
    expect((await imageIssues(fixture("svg-entity.svg"), "logo")).issues).toEqual([
      `${LOGO} declares XML entities (<!ENTITY>): it was not used | export the image again from a drawing program, or as PNG`,
    ]);
  });

  it("refuses an SVG nested 3,000 levels deep without overflowing the stack", async () => {
    const deep = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${"<g>".repeat(3000)}${"</g>".repeat(3000)}</svg>`;
    expect((await imageIssues(Buffer.from(deep), "logo")).issues).toEqual([
      `${LOGO} nests its elements more than 100 levels deep: it was not used | ungroup the drawing in a drawing program and export it again, or as PNG`,
    ]);
  });

  it("accepts references to its own parts (#id): gradients, <use>", async () => {
    const cwd = await makeDataDir({ "assets/logo.svg": fixture("svg-internal-references.svg") });
    made.push(cwd);
    const year = await loadYear("data", 2568, { cwd });
    expect(year.images.logo?.format).toBe("svg");
  });
});

describe("images are checked from their header before any pixel is decoded", () => {
  it("refuses a 20000 × 20000 PNG by its pixel count, within a second", async () => {
    const { issues, ms } = await imageIssues(png(20000, 20000, { idat: deflateSync(Buffer.alloc(1)) }));
    expect(issues).toEqual([
      `${EMBLEM} is 20000 × 20000 pixels, more than 6000 pixels a side or 8 megapixels | scale it down (an emblem needs about 600 × 600 pixels) and save it again`,
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it("refuses a PNG of 4000 × 3000 pixels: each side fits, the count does not", async () => {
    const { issues } = await imageIssues(png(4000, 3000, { idat: deflateSync(Buffer.alloc(1)) }));
    expect(issues).toEqual([
      expect.stringContaining("is 4000 × 3000 pixels, more than 6000 pixels a side or 8 megapixels"),
    ]);
  });

  it("calls damaged a small PNG whose data inflates far past what its header announces", async () => {
    // 100 × 100 grey pixels need 10,100 bytes; the data inflates to 64 MB.
    const { issues, ms } = await imageIssues(
      png(100, 100, { idat: deflateSync(Buffer.alloc(64 * 1024 * 1024)) }),
    );
    expect(issues).toEqual([
      `${EMBLEM} is damaged: its PNG data is cut short or corrupt | open it in an image editor and export it again as PNG or JPEG`,
    ]);
    expect(ms).toBeLessThan(5000);
  });

  for (const [name, jpeg, encoding] of [
    ["a 12-bit JPEG", jpegHeader(0xc1, 12, 100, 100), "12-bit JPEG"],
    ["an arithmetic-coded JPEG", jpegHeader(0xc9, 8, 100, 100), "arithmetic-coded JPEG"],
    ["a lossless JPEG", jpegHeader(0xc3, 8, 100, 100), "lossless or hierarchical JPEG"],
  ] as const) {
    it(`refuses ${name}, which PDF readers draw blank`, async () => {
      expect((await imageIssues(jpeg)).issues).toEqual([
        `${EMBLEM} is a ${encoding}, which PDF readers do not draw | open it in an image editor and export it again as an ordinary 8-bit PNG or JPEG`,
      ]);
    });
  }

  it("refuses a PNG whose bit depth its colour type does not allow", async () => {
    expect(
      (await imageIssues(png(10, 10, { colorType: 2, bitDepth: 4, idat: deflateSync(Buffer.alloc(1)) })))
        .issues,
    ).toEqual([expect.stringContaining("is a PNG colour type 2 at 4 bits, which PDF readers do not draw")]);
  });
});

describe("an image's shape must fit its box: drawn at a fixed height, it must not run over the text", () => {
  it("refuses a 4:1 emblem, which would print over the memo title", async () => {
    expect((await imageIssues(png(400, 100))).issues).toEqual([
      `${EMBLEM} is 4:1 (width:height): the emblem box takes from 1:3 to 2:1 | crop the empty margins around the picture, or choose an image of the right shape`,
    ]);
  });

  it("refuses a 6000 × 1 strip, which the DOCX writer cannot size", async () => {
    expect((await imageIssues(png(6000, 1))).issues).toEqual([
      expect.stringContaining("is 6000:1 (width:height)"),
    ]);
  });

  it("refuses an 8:1 logo, which would run off the cover", async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="100"><rect width="800" height="100"/></svg>';
    expect((await imageIssues(Buffer.from(svg), "logo")).issues).toEqual([
      'data/agency.yaml:7:7 logo: the image "assets/logo.svg" is 8:1 (width:height): the logo box takes from 1:3 to 3:1 | crop the empty margins around the picture, or choose an image of the right shape',
    ]);
  });

  it("refuses an SVG 100,000,000 units wide and 1 high", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100000000" height="1"/>';
    expect((await imageIssues(Buffer.from(svg), "logo")).issues).toEqual([
      expect.stringContaining("is 100000000:1 (width:height)"),
    ]);
  });
});
