import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // PDF rendering and LibreOffice conversions are slow on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Property tests run with one fixed, printed seed (FC_SEED to choose another).
    globalSetup: ["test/setup/fast-check-seed.ts"],
    setupFiles: ["test/setup/fast-check-config.ts"],
  },
});
