import { z } from "zod";
import { normalizeThai } from "../thai/normalize.js";
import { notToFillIn } from "./to-fill-in.js";

/**
 * Zero-width characters typed or pasted into text (ZWSP, ZWNJ, ZWJ, word joiner, a stray BOM):
 * invisible in an editor and meaningless in the output, since the PDF writer inserts its own
 * break hints and Word breaks Thai itself. They are dropped, so none reaches a writer.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * Non-empty text after trimming, dropping zero-width characters and normalising Thai (SARA AM
 * composed, marks in canonical order: src/thai/normalize.ts); line breaks inside are folded by
 * the writers. A text still holding the "to fill in" marker of `init` is refused with
 * an issue of its own kind.
 */
export const Text = z
  .string()
  .overwrite((text) => normalizeThai(text.replace(ZERO_WIDTH, "")))
  .trim()
  .min(1, { message: "must not be empty" })
  .check(notToFillIn);
export type Text = z.output<typeof Text>;
