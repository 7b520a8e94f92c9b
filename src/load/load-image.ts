import { realpath, readFile, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep, win32 } from "node:path";
import type { MessageParam } from "../errors.js";
import type { MessageCode } from "../i18n/catalog.js";
import type { LoadedImage } from "../model/image.js";
import { imageInfo } from "./image-info.js";
import { imageIsWhole } from "./image-integrity.js";

/** Images larger than this are refused: an emblem or a logo needs far less, and PDFs embed them. */
export const MAX_IMAGE_MEGABYTES = 10;
const MAX_IMAGE_BYTES = MAX_IMAGE_MEGABYTES * 1024 * 1024;

type Report = (code: MessageCode, params: Readonly<Record<string, MessageParam>>) => void;

const isInside = (dir: string, target: string): boolean => {
  const rel = relative(dir, target);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/**
 * Reads an image named in agency.yaml. The path must stay inside the data folder, both as
 * written and after following links (realpath), so a shared data folder cannot make the tool
 * read other files. The content must really be PNG, JPEG or SVG, of at most 10 MB.
 */
export async function loadImage(
  dataDir: string,
  value: string,
  report: Report,
): Promise<LoadedImage | undefined> {
  if (isAbsolute(value) || win32.isAbsolute(value)) return void report("image.absolute", { value });
  const target = resolve(dataDir, value);
  if (!isInside(resolve(dataDir), target)) return void report("image.outside", { value });
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return void report("image.not-found", { value });
  }
  if (!isInside(await realpath(dataDir), real)) return void report("image.link-outside", { value });
  const info = await stat(real);
  if (!info.isFile()) return void report("image.not-file", { value });
  if (info.size > MAX_IMAGE_BYTES) {
    const sizeMb = (info.size / 1024 / 1024).toFixed(1);
    return void report("image.too-big", { value, sizeMb, maxMb: MAX_IMAGE_MEGABYTES });
  }
  const bytes = new Uint8Array(await readFile(real));
  const image = imageInfo(bytes);
  if (image === undefined) return void report("image.not-image", { value });
  if (image.size === undefined) return void report("image.no-size", { value, format: image.format });
  if (!imageIsWhole(image.format, bytes))
    return void report("image.damaged", { value, format: image.format });
  return {
    format: image.format,
    bytes,
    widthPx: image.size.widthPx,
    heightPx: image.size.heightPx,
    source: value,
  };
}
