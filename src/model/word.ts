import { z } from "zod";
import { Text } from "./text.js";

/** `params.kind` of the zod issue for an entry of `words:` that is not one word. */
export const NOT_ONE_WORD_KIND = "not-one-word";

/**
 * One entry of the agency's word list: a word no line may break inside (a local place name, a
 * project's name). A line may break at a space, so an entry holding one would protect nothing
 * past its first part: it is refused, with the entry's text, so `validate` can say which.
 */
export const Word = Text.check(
  z.check<string>((payload) => {
    if (/\s/u.test(payload.value)) {
      payload.issues.push({
        code: "custom",
        input: payload.value,
        message: "must be one word, without spaces",
        params: { kind: NOT_ONE_WORD_KIND },
      });
    }
  }),
);
