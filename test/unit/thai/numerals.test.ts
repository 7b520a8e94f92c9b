import { describe, expect, test } from "vitest";
import { formatNumber, thaiDigitsInText, toArabicDigits, toThaiDigits } from "../../../src/thai/numerals.js";

describe("toThaiDigits and toArabicDigits", () => {
  test("every Arabic digit becomes its Thai digit and back", () => {
    expect(toThaiDigits("0123456789")).toBe("๐๑๒๓๔๕๖๗๘๙");
    expect(toArabicDigits("๐๑๒๓๔๕๖๗๘๙")).toBe("0123456789");
  });

  test("text other than digits is left as it is", () => {
    expect(toThaiDigits("ขย 80801/335 ISO9001")).toBe("ขย ๘๐๘๐๑/๓๓๕ ISO๙๐๐๑");
    expect(toArabicDigits("ขย ๘๐๘๐๑/๓๓๕")).toBe("ขย 80801/335");
  });
});

describe("thaiDigitsInText", () => {
  test.each([
    ["ประจำปีงบประมาณ พ.ศ. 2568", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
    ["ข้อมูล ณ วันที่ 31 มีนาคม 2568", "ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘"],
    ["(12) วันสิ้นสุดสัญญา", "(๑๒) วันสิ้นสุดสัญญา"],
    ["ขย 80801/335", "ขย ๘๐๘๐๑/๓๓๕"],
    ["ปี2568", "ปี๒๕๖๘"],
    ["เวลา 10.30 น.", "เวลา ๑๐.๓๐ น."],
    ["วงเงินเกิน 500,000 บาท", "วงเงินเกิน ๕๐๐,๐๐๐ บาท"],
  ])("converts the digits of Thai text: %s", (input, expected) => {
    expect(thaiDigitsInText(input)).toBe(expected);
  });

  test.each([
    [
      "ดูที่ https://www.tanem.go.th/ita/2568/report1.pdf ได้",
      "ดูที่ https://www.tanem.go.th/ita/2568/report1.pdf ได้",
    ],
    ["เว็บไซต์ www.tanem2.go.th หน่วยงาน", "เว็บไซต์ www.tanem2.go.th หน่วยงาน"],
    ["http://203.150.1.2:8080/ita", "http://203.150.1.2:8080/ita"],
    ["อีเมล saraban2568@tanem.go.th โทร 044-056123", "อีเมล saraban2568@tanem.go.th โทร ๐๔๔-๐๕๖๑๒๓"],
    ["ระบบ E-Service 24 ชั่วโมง", "ระบบ E-Service ๒๔ ชั่วโมง"],
    ["มาตรฐาน ISO9001 ข้อ 7", "มาตรฐาน ISO9001 ข้อ ๗"],
    ["Do & Don't 5 ข้อ", "Do & Don't ๕ ข้อ"],
    ["ช่องทาง Q&A และ E-mail 2 ช่องทาง", "ช่องทาง Q&A และ E-mail ๒ ช่องทาง"],
    ["สถานการณ์ COVID-19 ปี 2564", "สถานการณ์ COVID-19 ปี ๒๕๖๔"],
    ["กระดาษ A4 จำนวน 3 รีม", "กระดาษ A4 จำนวน ๓ รีม"],
    ["การประเมิน ITA ปี 2568", "การประเมิน ITA ปี ๒๕๖๘"],
  ])("keeps the digits of URLs, e-mail addresses and Latin terms: %s", (input, expected) => {
    expect(thaiDigitsInText(input)).toBe(expected);
  });

  test("a URL ends where Thai text starts, so digits right after it are converted", () => {
    expect(thaiDigitsInText("www.tanem.go.th/ita2568ปี 2568")).toBe("www.tanem.go.th/ita2568ปี ๒๕๖๘");
  });

  test("Thai digits already in the text are kept", () => {
    expect(thaiDigitsInText("๒๔ เมษายน 2568")).toBe("๒๔ เมษายน ๒๕๖๘");
  });
});

describe("formatNumber", () => {
  test.each([
    [1, "thai", "๑"],
    [12, "thai", "๑๒"],
    [2568, "thai", "๒๕๖๘"],
    [10056518n, "thai", "๑๐๐๕๖๕๑๘"],
    [12, "arabic", "12"],
    [0, "thai", "๐"],
  ] as const)("writes %s with plain %s digits as %s, without separators", (n, digits, expected) => {
    expect(formatNumber(n, digits)).toBe(expected);
  });

  test("refuses a number that has no digits", () => {
    expect(() => formatNumber(Number.NaN, "thai")).toThrow(/not a finite number/);
    expect(() => formatNumber(Number.POSITIVE_INFINITY, "arabic")).toThrow(/not a finite number/);
  });
});
