// Applies the run's fast-check seed (chosen and printed by fast-check-seed.ts) in this test file.
import fc from "fast-check";
import { inject } from "vitest";

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: inject("fcSeed") });
