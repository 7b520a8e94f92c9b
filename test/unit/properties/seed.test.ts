import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";
import { DEFAULT_FC_SEED, seedFrom } from "../../setup/fast-check-seed.js";

describe("fast-check seed", () => {
  it("every property of this run uses the run's seed (FC_SEED, else the fixed default)", () => {
    const expected = process.env["FC_SEED"] === undefined ? DEFAULT_FC_SEED : inject("fcSeed");
    expect(inject("fcSeed")).toBe(expected);
    expect(fc.readConfigureGlobal().seed).toBe(expected);
  });

  it("draws the same cases in every run with the same seed", () => {
    const draw = (): number[] => fc.sample(fc.integer(), 5);
    expect(draw()).toEqual(draw());
    const other = fc.sample(fc.integer(), { numRuns: 5, seed: inject("fcSeed") + 1 });
    expect(other).not.toEqual(draw());
  });

  it("reads FC_SEED: unset or empty is the default, an integer is itself, anything else is refused", () => {
    expect(seedFrom(undefined)).toBe(DEFAULT_FC_SEED);
    expect(seedFrom(" ")).toBe(DEFAULT_FC_SEED);
    expect(seedFrom("42")).toBe(42);
    expect(Number.isSafeInteger(seedFrom("random"))).toBe(true);
    expect(() => seedFrom("abc")).toThrow(/FC_SEED must be an integer/);
  });
});
