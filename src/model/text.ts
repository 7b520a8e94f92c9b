import { z } from "zod";

/** Non-empty text after trimming; line breaks inside are folded by the writers. */
export const Text = z.string().trim().min(1, { message: "must not be empty" });
export type Text = z.output<typeof Text>;
