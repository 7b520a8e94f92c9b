/**
 * One seed for every fast-check property in a test run, so that a failure in CI can be replayed.
 * The seed is FC_SEED when set (an integer, or "random" for a new one each run), otherwise
 * DEFAULT_FC_SEED; it is printed once per run. To replay a failure, run the failing file with
 * the printed seed: `FC_SEED=<seed> npx vitest run <file>` (see README, Development).
 *
 * globalSetup runs once in vitest's main process and hands the seed to every test file through
 * `provide`; fast-check-config.ts (a setupFile) applies it in each file's fast-check.
 */
import type { TestProject } from "vitest/node";

/** The seed of every run that does not ask for another. Any 32-bit integer would do. */
export const DEFAULT_FC_SEED = 1_310_611;

const INT32_RANGE = 2 ** 32;

declare module "vitest" {
  export interface ProvidedContext {
    fcSeed: number;
  }
}

export function seedFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_FC_SEED;
  if (value.trim() === "random") return (Math.floor(Math.random() * INT32_RANGE) | 0) >>> 0;
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(value)}`);
  }
  return seed;
}

export default function setup(project: TestProject): void {
  const seed = seedFrom(process.env["FC_SEED"]);
  project.provide("fcSeed", seed);
  process.stdout.write(
    `fast-check seed ${seed} (replay a failing property with FC_SEED=${seed} npx vitest run <file>)\n`,
  );
}
