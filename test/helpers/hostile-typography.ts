/**
 * Generated years whose cells hold what a second agency's data does and the bundled 2568 data
 * does not: URLs, e-mail addresses, @handles, phone numbers and long numbers wider than their
 * column, long names with no break opportunity, in every text column, with and without list
 * markers, mixed into the 2568 texts with a seeded PRNG (the same years on every run).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { YearData } from "../../src/model/year-data.js";
import { yearData } from "../unit/document/year-data-fixture.js";

const MEASURES_DIR = fileURLToPath(new URL("../../data/2568/measures/", import.meta.url));

/** Runs with no break opportunity that a reader accepts, each wider than any column but the widest. */
export const HOSTILE_TOKENS = [
  "https://www.tanem.go.th/index.php?option=com_content&view=article&id=1234567&catid=89_long-name_of-category",
  "http://www.example-district-office.go.th/uploads/2568/ita/o12_report_final-version.pdf",
  "saraban.department.of.local.administration@tanem-subdistrict.go.th",
  "@TanemSubdistrictAdministrativeOrganization",
  "0-4481-0123-4567-8901",
  "๐๘๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕",
  "10,056,518,000,000,000.01",
  "นางสาวเสาวนิตย์ประยูรพันธ์รักษ์ไทยยิ่งยืนยงคงกระพันชาตรีศรีสุวรรณ",
  "Supercalifragilisticexpialidocious-Anti-Corruption-Framework",
] as const;

interface SeedMeasure {
  title: string;
  steps: unknown[];
  responsible: string[];
  outcomes?: unknown[];
}

function seedMeasures(): SeedMeasure[] {
  return readdirSync(MEASURES_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => parse(readFileSync(`${MEASURES_DIR}${f}`, "utf8")) as SeedMeasure);
}

/** mulberry32, as bench/synthetic-year.mjs: a tiny seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A year of `count` measures: each text is a 2568 text with a hostile token put at its start,
 * its end or alone, and every column (title, steps with "๑." "(๑)" "-" markers, one or several
 * responsible units, outcomes with "-" and without marker, the reason of a measure not done)
 * gets tokens.
 */
export function hostileYear(seed: number, count = 4): YearData {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const seeds = seedMeasures();
  const texts = seeds.flatMap((m) => [m.title, ...m.responsible]);
  const hostile = (): string => {
    const token = pick(HOSTILE_TOKENS);
    const text = pick(texts);
    const where = random();
    return where < 0.34 ? token : where < 0.67 ? `${token} ${text}` : `${text} ${token}`;
  };
  const measures = Array.from({ length: count }, (_, i) => {
    const notDone = i % 2 === 1;
    return {
      no: i + 1,
      title: hostile(),
      steps: [
        hostile(),
        { text: hostile(), items: [hostile(), { text: hostile(), items: [hostile()] }] },
        { text: hostile(), bullets: [hostile(), pick(HOSTILE_TOKENS)] },
      ],
      responsible: i % 3 === 0 ? [pick(HOSTILE_TOKENS)] : [hostile(), pick(HOSTILE_TOKENS), hostile()],
      status: notDone ? "not-done" : "done",
      ...(notDone ? { reason: hostile() } : {}),
      outcomes: [hostile(), { heading: pick(HOSTILE_TOKENS) }, { paragraph: hostile() }],
    };
  });
  return yearData({ measures });
}
