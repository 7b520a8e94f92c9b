import { isAbsolute, resolve, win32 } from "node:path";
import type { MessageParam } from "../errors.js";
import type { MessageCode } from "../i18n/catalog.js";
import type { LoadedImage } from "../model/image.js";
import { imageEncoding, pngInflatedBytes, undrawnEncoding } from "./image-encoding.js";
import { imageInfo } from "./image-info.js";
import { imageIsWhole } from "./image-integrity.js";
import {
  IMAGE_ASPECT_LIMITS,
  type ImageRole,
  MAX_IMAGE_MEGAPIXELS,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE_PX,
} from "./image-limits.js";
import { isInside, readConfinedFile } from "./read-confined-file.js";
import { svgRefusal } from "./svg-content.js";

/** Images larger than this are refused: an emblem or a logo needs far less, and PDFs embed them. */
export const MAX_IMAGE_MEGABYTES = 10;
const MAX_IMAGE_BYTES = MAX_IMAGE_MEGABYTES * 1024 * 1024;

/** How much of a file that is not recognised as an image is searched for an SVG's entities. */
const SNIFFED_BYTES = 64 * 1024;

type Report = (code: MessageCode, params: Readonly<Record<string, MessageParam>>) => void;

/** An aspect ratio as people write it: "4:1", "1:3.5". */
const ratio = (widthPx: number, heightPx: number): string => {
  const round = (n: number): string => String(Math.round(n * 10) / 10);
  return widthPx >= heightPx ? `${round(widthPx / heightPx)}:1` : `1:${round(heightPx / widthPx)}`;
};

/**
 * Reads an image named in agency.yaml. The path must stay inside the data folder, both as
 * written and after following links (realpath), so a shared data folder cannot make the tool
 * read other files; it must be a regular file of at most 10 MB. The content must really be PNG,
 * JPEG or SVG, in an encoding the writers draw, within the pixel limits (read from the header,
 * before any decoding) and the aspect ratio of its box. An SVG may refer to nothing outside
 * itself.
 */
export async function loadImage(
  dataDir: string,
  rootReal: string,
  value: string,
  role: ImageRole,
  report: Report,
): Promise<LoadedImage | undefined> {
  if (isAbsolute(value) || win32.isAbsolute(value)) return void report("image.absolute", { value });
  const target = resolve(dataDir, value);
  if (!isInside(resolve(dataDir), target)) return void report("image.outside", { value });
  const read = await readConfinedFile(rootReal, target, MAX_IMAGE_BYTES);
  if (!read.ok) {
    switch (read.reason) {
      case "missing":
        return void report("image.not-found", { value });
      case "outside":
        return void report("image.link-outside", { value });
      case "not-file":
        return void report("image.not-file", { value });
      case "too-big": {
        const sizeMb = (read.sizeBytes / 1024 / 1024).toFixed(1);
        return void report("image.too-big", { value, sizeMb, maxMb: MAX_IMAGE_MEGABYTES });
      }
      case "unreadable":
        return void report("image.unreadable", { value, reason: read.detail });
    }
  }
  const bytes = read.bytes;
  const image = imageInfo(bytes);
  if (image === undefined) {
    // A DOCTYPE with an internal subset hides the <svg> from the format sniffer: name the cause.
    const text = new TextDecoder("utf-8").decode(bytes.subarray(0, SNIFFED_BYTES));
    if (/<svg\b/i.test(text) && svgRefusal(text)?.kind === "entity")
      return void report("image.svg-entity", { value });
    return void report("image.not-image", { value });
  }
  if (image.size === undefined) return void report("image.no-size", { value, format: image.format });
  const { widthPx, heightPx } = image.size;
  if (image.format === "svg") {
    const refusal = svgRefusal(new TextDecoder("utf-8").decode(bytes));
    if (refusal !== undefined) return void report(`image.svg-${refusal.kind}`, { value, ...refusal });
  } else {
    if (
      widthPx > MAX_IMAGE_SIDE_PX ||
      heightPx > MAX_IMAGE_SIDE_PX ||
      widthPx * heightPx > MAX_IMAGE_PIXELS
    ) {
      return void report("image.too-many-pixels", {
        value,
        widthPx,
        heightPx,
        maxSidePx: MAX_IMAGE_SIDE_PX,
        maxMegapixels: MAX_IMAGE_MEGAPIXELS,
      });
    }
    const encoding = imageEncoding(image.format, bytes);
    if (encoding === undefined) return void report("image.damaged", { value, format: image.format });
    const undrawn = undrawnEncoding(encoding);
    if (undrawn !== undefined) return void report("image.encoding", { value, encoding: undrawn });
    const maxInflated = encoding.format === "png" ? pngInflatedBytes(encoding, widthPx, heightPx) : 0;
    if (!imageIsWhole(image.format, bytes, maxInflated))
      return void report("image.damaged", { value, format: image.format });
  }
  const limits = IMAGE_ASPECT_LIMITS[role];
  const aspect = widthPx / heightPx;
  if (aspect < limits.min || aspect > limits.max) {
    return void report("image.aspect", {
      value,
      role,
      ratio: ratio(widthPx, heightPx),
      widest: ratio(limits.max, 1),
      tallest: ratio(limits.min, 1),
    });
  }
  return { format: image.format, bytes, widthPx, heightPx, source: value };
}
