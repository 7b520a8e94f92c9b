import { segmentThai } from "../../thai/segment.js";
import { textWidth } from "./measure-text.js";

/** The largest size, in half points between `min` and `max`, at which `text` is at most `available` wide. */
export function sizeToFit(text: string, available: number, max: number, min: number, bold = true): number {
  const widthAt1pt = textWidth(text, 1, bold);
  if (widthAt1pt <= 0) return max;
  return Math.max(min, Math.min(max, Math.floor((available / widthAt1pt) * 2) / 2));
}

/** The widest word of `text` (Thai word segments, spaces dropped), in points at 1 pt. */
export function widestWord(text: string, bold = true): string {
  let widest = "";
  for (const word of segmentThai(text)) {
    const trimmed = word.trim();
    if (textWidth(trimmed, 1, bold) > textWidth(widest, 1, bold)) widest = trimmed;
  }
  return widest;
}
