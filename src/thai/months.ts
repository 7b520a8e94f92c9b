/** Thai month names, full and abbreviated (สำนักงานราชบัณฑิตยสภา); index 0 is January. */
export const THAI_MONTHS_FULL = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
] as const;

export const THAI_MONTHS_SHORT = [
  "ม.ค.",
  "ก.พ.",
  "มี.ค.",
  "เม.ย.",
  "พ.ค.",
  "มิ.ย.",
  "ก.ค.",
  "ส.ค.",
  "ก.ย.",
  "ต.ค.",
  "พ.ย.",
  "ธ.ค.",
] as const;

/**
 * The month (1–12) a Thai month name stands for, full ("เมษายน") or abbreviated, with or without
 * its final dot ("เม.ย." / "เม.ย"); spaces inside are ignored. Undefined for anything else.
 */
export function monthNumber(name: string): number | undefined {
  const compact = name.replace(/\s+/g, "");
  const full = THAI_MONTHS_FULL.indexOf(compact as (typeof THAI_MONTHS_FULL)[number]);
  if (full >= 0) return full + 1;
  const withDot = compact.endsWith(".") ? compact : `${compact}.`;
  const short = THAI_MONTHS_SHORT.indexOf(withDot as (typeof THAI_MONTHS_SHORT)[number]);
  return short >= 0 ? short + 1 : undefined;
}
