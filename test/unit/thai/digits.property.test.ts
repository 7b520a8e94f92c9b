import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { thaiDigitsInText, toArabicDigits, toThaiDigits } from "../../../src/thai/numerals.js";

const digitText = fc.string({ unit: fc.constantFrom(..."0123456789๐๑๒๓๔๕๖๗๘๙ กขค.-/,abcXYZ@:") });

describe("digit conversion properties", () => {
  test("Arabic → Thai → Arabic gives back any text without Thai digits", () => {
    fc.assert(
      fc.property(digitText, (text) => {
        const arabic = toArabicDigits(text);
        expect(toArabicDigits(toThaiDigits(arabic))).toBe(arabic);
      }),
    );
  });

  test("Thai → Arabic → Thai gives back any text without Arabic digits", () => {
    fc.assert(
      fc.property(digitText, (text) => {
        const thai = toThaiDigits(text);
        expect(toThaiDigits(toArabicDigits(thai))).toBe(thai);
      }),
    );
  });

  test("thaiDigitsInText only ever swaps digits, so undoing it gives back the input", () => {
    fc.assert(
      fc.property(digitText, (text) => {
        const arabic = toArabicDigits(text);
        const converted = thaiDigitsInText(arabic);
        expect(converted).toHaveLength(arabic.length);
        expect(toArabicDigits(converted)).toBe(arabic);
      }),
    );
  });

  test("thaiDigitsInText converts every digit of text without Latin letters or URLs", () => {
    const thaiOnly = fc.string({ unit: fc.constantFrom(..."0123456789 กขคเา.-/,()") });
    fc.assert(
      fc.property(thaiOnly, (text) => {
        expect(thaiDigitsInText(text)).toBe(toThaiDigits(text));
      }),
    );
  });
});
