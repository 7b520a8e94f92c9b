import { describe, expect, test } from "vitest";
import { bahtText, formatAmount, formatBaht, parseSatang } from "../../../src/thai/baht.js";

describe("bahtText", () => {
  test.each([
    ["0.29", "ยี่สิบเก้าสตางค์"],
    ["0.57", "ห้าสิบเจ็ดสตางค์"],
    ["21", "ยี่สิบเอ็ดบาทถ้วน"],
    ["101", "หนึ่งร้อยเอ็ดบาทถ้วน"],
    ["1,001", "หนึ่งพันเอ็ดบาทถ้วน"],
    ["10056518.01", "สิบล้านห้าหมื่นหกพันห้าร้อยสิบแปดบาทหนึ่งสตางค์"],
    ["10,056,518.01", "สิบล้านห้าหมื่นหกพันห้าร้อยสิบแปดบาทหนึ่งสตางค์"],
    ["150000", "หนึ่งแสนห้าหมื่นบาทถ้วน"],
    ["500000.00", "ห้าแสนบาทถ้วน"],
    ["11.5", "สิบเอ็ดบาทห้าสิบสตางค์"],
    ["1.11", "หนึ่งบาทสิบเอ็ดสตางค์"],
    ["0.01", "หนึ่งสตางค์"],
    ["0", "ศูนย์บาทถ้วน"],
    ["1000000", "หนึ่งล้านบาทถ้วน"],
    ["21000000", "ยี่สิบเอ็ดล้านบาทถ้วน"],
    ["๑๕๐,๐๐๐", "หนึ่งแสนห้าหมื่นบาทถ้วน"],
    [" 21 ", "ยี่สิบเอ็ดบาทถ้วน"],
  ])("reads the decimal amount %j as %s", (amount, words) => {
    expect(bahtText(amount)).toBe(words);
  });

  test.each([
    [29n, "ยี่สิบเก้าสตางค์"],
    [2100n, "ยี่สิบเอ็ดบาทถ้วน"],
    [1005651801n, "สิบล้านห้าหมื่นหกพันห้าร้อยสิบแปดบาทหนึ่งสตางค์"],
    [0n, "ศูนย์บาทถ้วน"],
  ])("reads %s satang as %s", (satang, words) => {
    expect(bahtText(satang)).toBe(words);
  });

  test("is exact for amounts a float cannot hold (9,007,199,254,740,991.99 baht)", () => {
    // As one float "9007199254740991.99" is 9007199254740992: the satang would be lost.
    // Thai reads 9,007,199,254 ล้าน recursively: "เก้าพันเจ็ดล้าน…ห้าสิบสี่ล้าน".
    expect(bahtText("9007199254740991.99")).toBe(
      "เก้าพันเจ็ดล้านหนึ่งแสนเก้าหมื่นเก้าพันสองร้อยห้าสิบสี่ล้านเจ็ดแสนสี่หมื่นเก้าร้อยเก้าสิบเอ็ดบาทเก้าสิบเก้าสตางค์",
    );
  });

  test("refuses amounts above 2^53 - 1 baht rather than rounding them", () => {
    expect(() => bahtText("9007199254740992")).toThrow(RangeError);
  });

  test.each([
    ["-5", /negative/],
    ["1.999", /at most two decimals/],
    ["12.345", /at most two decimals/],
    ["abc", /expected digits/],
    ["", /expected digits/],
    ["1e5", /expected digits/],
    ["12a", /expected digits/],
    ["1,0001", /expected digits/],
    [",100", /expected digits/],
    [".5", /expected digits/],
    ["5.", /expected digits/],
    ["NaN", /expected digits/],
  ])("refuses the malformed amount %j, naming it", (amount, why) => {
    expect(() => bahtText(amount)).toThrow(why);
    expect(() => bahtText(amount)).toThrow(`"${amount}" is not an amount of baht`);
  });

  test("refuses a negative number of satang", () => {
    expect(() => bahtText(-1n)).toThrow(/negative/);
  });
});

describe("parseSatang", () => {
  test.each([
    ["0.29", 29n],
    ["1,001", 100100n],
    ["10056518.01", 1005651801n],
    ["11.5", 1150n],
    ["๑๒.๓๔", 1234n],
  ])("reads %j as %s satang", (amount, satang) => {
    expect(parseSatang(amount)).toBe(satang);
  });
});

describe("formatAmount and formatBaht", () => {
  test.each([
    ["150000", "๑๕๐,๐๐๐"],
    ["0.29", "๐.๒๙"],
    ["1001", "๑,๐๐๑"],
    ["10056518.01", "๑๐,๐๕๖,๕๑๘.๐๑"],
    ["999", "๙๙๙"],
    ["11.5", "๑๑.๕๐"],
  ])("writes %j in figures as %s", (amount, figures) => {
    expect(formatAmount(amount)).toBe(figures);
  });

  test("writes a sum with its words in brackets", () => {
    expect(formatBaht("150000")).toBe("๑๕๐,๐๐๐ บาท (หนึ่งแสนห้าหมื่นบาทถ้วน)");
    expect(formatBaht(1005651801n, "arabic")).toBe("10,056,518.01 บาท (สิบล้านห้าหมื่นหกพันห้าร้อยสิบแปดบาทหนึ่งสตางค์)");
  });
});
