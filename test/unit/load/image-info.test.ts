import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { imageInfo } from "../../../src/load/image-info.js";
import { VALID_FIXTURE } from "./make-data-dir.js";

const svg = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A minimal JPEG header: SOI, an APP0 segment, then SOF2 (progressive) with height and width. */
function jpeg(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Array.from({ length: 14 }, () => 0)];
  const sof2 = [0xff, 0xc2, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof2, ...Array.from({ length: 9 }, () => 0)]);
}

describe("imageInfo recognises images by content and reads their size", () => {
  it("reads a PNG's size from its IHDR chunk", async () => {
    const bytes = new Uint8Array(await readFile(join(VALID_FIXTURE, "assets/garuda.png")));
    expect(imageInfo(bytes)).toEqual({ format: "png", size: { widthPx: 30, heightPx: 32 } });
  });

  it("reads a JPEG's size from its SOFn marker, past other segments", () => {
    expect(imageInfo(jpeg(640, 480))).toEqual({ format: "jpeg", size: { widthPx: 640, heightPx: 480 } });
  });

  it("reads an SVG's width and height, converting absolute units to CSS pixels", () => {
    expect(imageInfo(svg('<svg xmlns="http://www.w3.org/2000/svg" width="25.4mm" height="72pt"/>'))).toEqual({
      format: "svg",
      size: { widthPx: 96, heightPx: 96 },
    });
  });

  it("falls back on the viewBox when width and height are relative or absent", () => {
    const text = '<?xml version="1.0"?>\n<!-- emblem -->\n<svg width="100%" viewBox="0 0 300 150"></svg>';
    expect(imageInfo(svg(text))).toEqual({ format: "svg", size: { widthPx: 300, heightPx: 150 } });
  });

  it("recognises a PNG whose header is cut short but cannot size it", () => {
    expect(imageInfo(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({
      format: "png",
    });
  });

  it("refuses text, GIF and HTML", () => {
    expect(imageInfo(svg("hello"))).toBeUndefined();
    expect(imageInfo(svg("GIF89a"))).toBeUndefined();
    expect(imageInfo(svg("<html><svg></svg></html>"))).toBeUndefined();
  });
});
