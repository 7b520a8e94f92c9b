#!/usr/bin/env node
// Rewrites the PDF golden images (test/golden/pdf/*.png) and the README's images
// (docs/images/*.png) from the current renderer: the only way goldens change. Review the
// new PNGs before committing them.
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["vitest", "run", "test/unit/render/pdf/golden-images.test.ts"], {
  stdio: "inherit",
  env: { ...process.env, UPDATE_GOLDEN: "1" },
});
process.exitCode = result.status ?? 1;
