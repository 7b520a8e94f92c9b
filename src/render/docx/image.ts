/**
 * The image data part of docx's ImageRun options for an image of the data folder. Word 2016+
 * draws SVG itself but docx requires a raster fallback for older readers (LibreOffice 7.4 among
 * them): a transparent pixel keeps the space empty, since we have no rasteriser.
 */
import type { Image } from "../../document/nodes.js";

/** A 1×1 transparent PNG. */
const TRANSPARENT_PIXEL_PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR42mNgAAIAAAUAAen63NgAAAAASUVORK5CYII=",
    "base64",
  ),
);

type ImageData =
  | { readonly type: "png" | "jpg"; readonly data: Uint8Array }
  | { readonly type: "svg"; readonly data: Uint8Array; readonly fallback: { type: "png"; data: Uint8Array } };

export function docxImage(image: Image): ImageData {
  switch (image.format) {
    case "png":
      return { type: "png", data: image.bytes };
    case "jpeg":
      return { type: "jpg", data: image.bytes };
    case "svg":
      return { type: "svg", data: image.bytes, fallback: { type: "png", data: TRANSPARENT_PIXEL_PNG } };
  }
}
