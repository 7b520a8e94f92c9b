// What the benchmark ran on: machine, load, Node and the versions of the rendering libraries.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import os from "node:os";

const require = createRequire(import.meta.url);

/** A package's version, found from its main entry (some packages do not export package.json). */
function versionOf(name, from) {
  const req = from ? createRequire(from) : require;
  let dir = dirname(req.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (pkg.name === name) return { version: pkg.version, path: dir };
    } catch {
      // no package.json at this level: go up
    }
    const up = dirname(dir);
    if (up === dir) return { version: "unknown", path: dir };
    dir = up;
  }
}

/** pdfkit and fontkit as pdfmake resolves them (they may be nested under pdfmake). */
export function libraryVersions() {
  const pdfmake = versionOf("pdfmake");
  const pdfkit = versionOf("pdfkit", join(pdfmake.path, "package.json"));
  const fontkit = versionOf("fontkit", join(pdfkit.path, "package.json"));
  return {
    pdfmake: pdfmake.version,
    pdfkit: pdfkit.version,
    fontkit: fontkit.version,
    docx: versionOf("docx").version,
  };
}

export function machine() {
  const cpus = os.cpus();
  return {
    cores: os.availableParallelism(),
    cpu: cpus[0]?.model.trim() ?? "unknown",
    ramGb: (os.totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    loadavg: os.loadavg().map((l) => l.toFixed(2)),
  };
}
