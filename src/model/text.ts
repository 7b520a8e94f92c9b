import { z } from "zod";
import { notToFillIn } from "./to-fill-in.js";

/**
 * Non-empty text after trimming; line breaks inside are folded by the writers. A text still
 * holding the "to fill in" marker of `init` is refused with an issue of its own kind.
 */
export const Text = z.string().trim().min(1, { message: "must not be empty" }).check(notToFillIn);
export type Text = z.output<typeof Text>;
