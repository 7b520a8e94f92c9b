// Synthetic data folders for the benchmark: the agency and memo of data/2568 with N measures
// whose texts are drawn from the 2568 measures (titles, steps, outcomes, responsible units),
// shuffled with a seeded PRNG so every run builds the same documents.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";

/** mulberry32: a tiny seeded PRNG, good enough to shuffle test data reproducibly. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const between = (random, min, max) => min + Math.floor(random() * (max - min + 1));

/** The texts of the seed's measures, as pools to draw from. */
export function seedPools(dataDir, year = 2568) {
  const dir = join(dataDir, String(year), "measures");
  const measures = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => parse(readFileSync(join(dir, f), "utf8")));
  return {
    titles: measures.map((m) => m.title),
    steps: measures.flatMap((m) => m.steps),
    outcomes: measures.flatMap((m) => m.outcomes ?? []),
    responsible: measures.map((m) => m.responsible),
  };
}

/** One synthetic measure: 2–7 steps and 1–4 outcomes, in the seed's proportions. */
function measure(no, pools, random) {
  return {
    no,
    title: pools.titles[between(random, 0, pools.titles.length - 1)],
    steps: shuffled(pools.steps, random).slice(0, between(random, 2, 7)),
    responsible: pools.responsible[between(random, 0, pools.responsible.length - 1)],
    status: "done",
    outcomes: shuffled(pools.outcomes, random).slice(0, between(random, 1, 4)),
  };
}

/**
 * Writes `<target>/agency.yaml`, `<target>/<year>/report.yaml` and `count` measure files.
 * @returns the data folder (`target`).
 */
export function writeSyntheticYear(target, count, { seedDir = "data", year = 2568, seed = 2568 } = {}) {
  const random = prng(seed + count);
  const pools = seedPools(seedDir, year);
  const measuresDir = join(target, String(year), "measures");
  mkdirSync(measuresDir, { recursive: true });
  copyFileSync(join(seedDir, "agency.yaml"), join(target, "agency.yaml"));
  copyFileSync(join(seedDir, String(year), "report.yaml"), join(target, String(year), "report.yaml"));
  const width = String(count).length;
  for (let no = 1; no <= count; no++) {
    const file = join(measuresDir, `${String(no).padStart(width, "0")}.yaml`);
    writeFileSync(file, stringify(measure(no, pools, random), { lineWidth: 0 }));
  }
  return target;
}
