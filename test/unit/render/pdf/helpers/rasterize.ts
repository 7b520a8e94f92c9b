import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One page of a PDF as an 8-bit grayscale PNG, rendered by poppler's pdftoppm. */
export function rasterize(pdf: Uint8Array, page: number, dpi: number): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "ita-golden-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    const args = ["-r", String(dpi), "-gray", "-png", "-f", String(page), "-l", String(page), "-singlefile"];
    execFileSync("pdftoppm", [...args, join(dir, "in.pdf"), join(dir, "out")]);
    return new Uint8Array(readFileSync(join(dir, "out.png")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
