import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fillPlaceholders } from "../../../src/document/placeholders.js";
import type { Measure } from "../../../src/model/measure.js";
import { bahtText, formatAmount, parseSatang } from "../../../src/thai/baht.js";
import { toArabicDigits } from "../../../src/thai/numerals.js";

/*
 * An independent reference for Thai amounts in words, written the way Thai reads numbers:
 * recursively by millions ("เก้าพันเจ็ดล้าน…ล้าน…"), each group below a million read digit by
 * digit with สิบ/ยี่สิบ and เอ็ด for a final 1 that follows other digits.
 */
const DIGIT = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"];
const PLACE = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"];
const MILLION = 1_000_000n;

function belowMillion(group: number, followsDigits: boolean): string {
  let words = "";
  for (let place = 5; place >= 0; place--) {
    const digit = Math.floor(group / 10 ** place) % 10;
    if (digit === 0) continue;
    if (place === 1) words += digit === 1 ? "สิบ" : digit === 2 ? "ยี่สิบ" : `${DIGIT[digit]}สิบ`;
    else if (place === 0) words += digit === 1 && (group >= 10 || followsDigits) ? "เอ็ด" : DIGIT[digit];
    else words += `${DIGIT[digit]}${PLACE[place]}`;
  }
  return words;
}

function number(n: bigint, followsDigits = false): string {
  if (n < MILLION) return belowMillion(Number(n), followsDigits);
  return `${number(n / MILLION, followsDigits)}ล้าน${belowMillion(Number(n % MILLION), true)}`;
}

function referenceBahtText(satang: bigint): string {
  const baht = satang / 100n;
  const rest = satang % 100n;
  if (baht === 0n && rest === 0n) return "ศูนย์บาทถ้วน";
  const bahtWords = baht === 0n ? "" : `${number(baht)}บาท`;
  return rest === 0n ? `${bahtWords}ถ้วน` : `${bahtWords}${belowMillion(Number(rest), false)}สตางค์`;
}

const MAX_SATANG = BigInt(Number.MAX_SAFE_INTEGER) * 100n + 99n;
/** Small amounts are the common case and large ones exercise ล้าน, so both are drawn. */
const satang = fc.oneof(
  fc.bigInt({ min: 0n, max: 100_000_000n }),
  fc.bigInt({ min: 0n, max: MAX_SATANG }),
  fc.bigInt({ min: 0n, max: 10_000n }).map((s) => s * MILLION * 100n + (s % 100n)),
);

describe("baht text properties", () => {
  test("the reference agrees with the known values", () => {
    expect(referenceBahtText(29n)).toBe("ยี่สิบเก้าสตางค์");
    expect(referenceBahtText(100100n)).toBe("หนึ่งพันเอ็ดบาทถ้วน");
    expect(referenceBahtText(1005651801n)).toBe("สิบล้านห้าหมื่นหกพันห้าร้อยสิบแปดบาทหนึ่งสตางค์");
    expect(referenceBahtText(1_000_000_000_000_00n)).toBe("หนึ่งล้านล้านบาทถ้วน");
  });

  test("bahtText of any satang amount matches the independent reference", () => {
    fc.assert(
      fc.property(satang, (s) => {
        expect(bahtText(s)).toBe(referenceBahtText(s));
      }),
      { numRuns: 3000 },
    );
  });

  test("a decimal string and its satang give the same words", () => {
    fc.assert(
      fc.property(satang, (s) => {
        const decimal = `${s / 100n}.${String(s % 100n).padStart(2, "0")}`;
        expect(parseSatang(decimal)).toBe(s);
        expect(bahtText(decimal)).toBe(bahtText(s));
      }),
    );
  });

  test("the figures formatAmount writes read back to the same satang", () => {
    fc.assert(
      fc.property(satang, fc.constantFrom("thai" as const, "arabic" as const), (s, digits) => {
        expect(parseSatang(toArabicDigits(formatAmount(s, digits)))).toBe(s);
      }),
    );
  });
});

/** Figures written independently: grouping by Intl, Thai digits by code point offset. */
function referenceFigures(s: bigint, digits: "thai" | "arabic"): string {
  const baht = (s / 100n).toLocaleString("en-US");
  const figures = s % 100n === 0n ? baht : `${baht}.${String(s % 100n).padStart(2, "0")}`;
  if (digits === "arabic") return figures;
  return figures.replace(/\d/g, (d) => String.fromCodePoint(0x0e50 + Number(d)));
}

describe("budget placeholders", () => {
  const measure = (no: number, budget: bigint): Measure => ({
    no,
    title: "ก",
    steps: ["ข"],
    responsible: ["ค"],
    status: "done",
    outcomes: [],
    budget,
  });

  test("the spec's example: ๑๒๕,๕๐๐ บาท (หนึ่งแสนสองหมื่นห้าพันห้าร้อยบาทถ้วน)", () => {
    expect(fillPlaceholders("รวม {{งบประมาณรวม}}", [measure(1, 12_550_000n)], "thai")).toBe(
      "รวม ๑๒๕,๕๐๐ บาท (หนึ่งแสนสองหมื่นห้าพันห้าร้อยบาทถ้วน)",
    );
  });

  test("{{งบประมาณรวม}} writes the sum of random budgets, satang included, figures and words", () => {
    const budgets = fc.array(fc.bigInt({ min: 0n, max: 10_000_000_000n }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(budgets, fc.constantFrom("thai" as const, "arabic" as const), (list, digits) => {
        const measures = list.map((b, i) => measure(i + 1, b));
        const sum = list.reduce((a, b) => a + b, 0n);
        expect(fillPlaceholders("{{งบประมาณรวม}}", measures, digits)).toBe(
          `${referenceFigures(sum, digits)} บาท (${referenceBahtText(sum)})`,
        );
        const last = list.length;
        expect(fillPlaceholders(`{{งบประมาณ:${last}}}`, measures, digits)).toBe(
          `${referenceFigures(list[last - 1] ?? 0n, digits)} บาท (${referenceBahtText(list[last - 1] ?? 0n)})`,
        );
      }),
      { numRuns: 500 },
    );
  });
});
