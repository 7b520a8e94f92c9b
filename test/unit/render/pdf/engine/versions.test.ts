import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BrokenInstallError } from "../../../../../src/errors.js";
import {
  assertPinnedVersions,
  installedVersions,
  PINNED_VERSIONS,
} from "../../../../../src/render/pdf/engine/pdfkit-thai-fixes.js";

describe("the PDF engine versions the Thai fixes were written for", () => {
  it("are the installed ones", () => {
    expect(installedVersions()).toEqual({ pdfmake: "0.3.11", pdfkit: "0.19.1", fontkit: "2.0.4" });
    expect(() => assertPinnedVersions()).not.toThrow();
  });

  it("are pinned exactly in package.json", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
      dependencies: Record<string, string>;
      overrides: Record<string, string>;
    };
    expect(pkg.dependencies["pdfmake"]).toBe(PINNED_VERSIONS.pdfmake);
    // Direct and exact, so that an installed copy (npx, npm i -g) resolves them too.
    expect(pkg.dependencies["pdfkit"]).toBe(PINNED_VERSIONS.pdfkit);
    expect(pkg.dependencies["fontkit"]).toBe(PINNED_VERSIONS.fontkit);
    expect(pkg.overrides["pdfkit"]).toBe(PINNED_VERSIONS.pdfkit);
    expect(pkg.overrides["fontkit"]).toBe(PINNED_VERSIONS.fontkit);
  });

  it("refuse any other version as a broken installation, with a message saying what to do", () => {
    expect(() => assertPinnedVersions({ ...PINNED_VERSIONS, pdfkit: "0.20.0" })).toThrow(
      /pdfkit 0\.20\.0 \(expected 0\.19\.1\).*pdfkit-thai-fixes\.ts/su,
    );
    expect(() => assertPinnedVersions({ ...PINNED_VERSIONS, fontkit: "2.0.5" })).toThrow(BrokenInstallError);
  });
});
