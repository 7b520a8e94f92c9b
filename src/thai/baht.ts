import thaiBahtTextModule from "thai-baht-text";
import { type Digits, toArabicDigits, withDigits } from "./numerals.js";

/**
 * thai-baht-text sets `module.exports` to the function, which erases its named exports at run
 * time (`exports.ThaiBahtText` is set on the replaced object); its typings describe the named
 * ones. The default import is the function under Node and vitest alike.
 */
const ThaiBahtText = thaiBahtTextModule as unknown as (input: string) => string;

const SATANG_PER_BAHT = 100n;

/**
 * Largest baht part handed to thai-baht-text: the package reads its input with parseFloat, which
 * is exact only for integers up to 2^53 - 1, so larger amounts would be silently wrong.
 */
const MAX_BAHT = BigInt(Number.MAX_SAFE_INTEGER);

/** An amount of money as data may write it: "150000", "150,000.50", "๑๕๐,๐๐๐". */
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** Why a text is not an amount of baht (parseSatang would refuse it), or undefined when it is one. */
export type AmountProblem = "negative" | "decimals" | "format";

export function amountProblem(amount: string): AmountProblem | undefined {
  const text = toArabicDigits(amount.trim());
  if (AMOUNT.test(text)) return undefined;
  return text.startsWith("-") ? "negative" : /\.\d{3,}$/.test(text) ? "decimals" : "format";
}

/**
 * Reads an amount exactly, as integer satang: "10056518.01" → 1005651801n.
 * Thai digits and thousands separators (correctly grouped) are accepted.
 * @throws Error naming the input when it is negative, has more than two decimals, or is not a number.
 */
export function parseSatang(amount: string): bigint {
  const text = toArabicDigits(amount.trim());
  const match = AMOUNT.exec(text);
  if (!match) {
    const why = {
      negative: "a negative amount has no baht text",
      decimals: "baht amounts have at most two decimals (satang)",
      format: "expected digits with an optional comma grouping and up to two decimals, e.g. 150,000.50",
    }[amountProblem(amount) ?? "format"];
    throw new Error(`"${amount}" is not an amount of baht: ${why}`);
  }
  const baht = BigInt((match[1] ?? "0").replaceAll(",", ""));
  const satang = BigInt((match[2] ?? "0").padEnd(2, "0"));
  return baht * SATANG_PER_BAHT + satang;
}

function toSatang(amount: string | bigint): bigint {
  if (typeof amount === "string") return parseSatang(amount);
  if (amount < 0n)
    throw new Error(`${amount} satang is not an amount of baht: a negative amount has no baht text`);
  return amount;
}

/**
 * The amount in Thai words, as written in brackets after a sum: "10056518.01" →
 * "สิบล้านห้าหมื่นหกพันห้าร้อยสิบแปดบาทหนึ่งสตางค์". A string is a decimal amount in baht;
 * a bigint is integer satang.
 *
 * The words come from thai-baht-text, called on the baht and the satang separately, each an
 * integer string it can read exactly (it would parse "B.SS" as one float). Zero, for which the
 * package returns "", is "ศูนย์บาทถ้วน" as in Excel's BAHTTEXT.
 */
export function bahtText(amount: string | bigint): string {
  const total = toSatang(amount);
  const baht = total / SATANG_PER_BAHT;
  const satang = total % SATANG_PER_BAHT;
  if (baht > MAX_BAHT) throw new RangeError(`bahtText: ${baht} baht is above the supported ${MAX_BAHT}`);
  // The package ends whole amounts with "บาทถ้วน" and uses the same number words for satang.
  const bahtWords = baht > 0n ? ThaiBahtText(baht.toString()).replace(/ถ้วน$/, "") : "";
  const satangWords = satang > 0n ? ThaiBahtText(satang.toString()).replace(/บาทถ้วน$/, "สตางค์") : "";
  if (bahtWords === "" && satangWords === "") return "ศูนย์บาทถ้วน";
  return satangWords === "" ? `${bahtWords}ถ้วน` : `${bahtWords}${satangWords}`;
}

/** The amount in figures with thousands separators, satang only when not zero: "๑๕๐,๐๐๐", "๐.๒๙". */
export function formatAmount(amount: string | bigint, digits: Digits = "thai"): string {
  const total = toSatang(amount);
  const baht = (total / SATANG_PER_BAHT).toString().replace(/\B(?=(\d{3})+$)/g, ",");
  const satang = total % SATANG_PER_BAHT;
  const figures = satang === 0n ? baht : `${baht}.${satang.toString().padStart(2, "0")}`;
  return withDigits(figures, digits);
}

/** A sum as official letters write it: "๑๕๐,๐๐๐ บาท (หนึ่งแสนห้าหมื่นบาทถ้วน)". */
export function formatBaht(amount: string | bigint, digits: Digits = "thai"): string {
  return `${formatAmount(amount, digits)} บาท (${bahtText(amount)})`;
}
