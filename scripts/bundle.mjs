// Bundles the compiled CLI (dist/cli/main.js, from tsc) and the libraries it loads at start
// (commander, yaml, zod, thai-baht-text) into a few files in dist/bundle/, which bin/ita-report.js
// runs. Loading ~170 small ES modules and ~80 CommonJS files cost Node 20 about a quarter of a
// `validate` and 7 % of a cold `build` (bench/RESULTS.md); the bundle loads the same code in a
// few reads. Each command still loads only what it needs: every dynamic import() (a command, the
// PDF and DOCX writers) is a chunk of its own (esbuild's code splitting).
//
// Not bundled: the PDF engine's packages (pdfmake, pdfkit, fontkit and what pdfmake requires
// itself), which the Thai fixes patch at run time as Node loads them from node_modules (exact
// versions in package.json), and docx and fflate with them: they are loaded where they are
// installed, exactly as without the bundle, so the bundle writes the same bytes (tests).
// dist/bundle/meta.json (esbuild's metafile) says which sources each chunk holds: the
// light-commands test reads it to check that validate, schema and init load no writer.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = `${ROOT}dist/bundle`;
const EXTERNAL = ["pdfmake", "pdfkit", "fontkit", "docx", "fflate", "linebreak"];

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: ["dist/cli/main.js"],
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  // Stable chunk names (a hash of the content): the same sources give the same bundle.
  chunkNames: "chunk-[hash]",
  // CommonJS libraries inside an ES module bundle call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __itaCreateRequire } from 'node:module'; const require = __itaCreateRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: "warning",
  legalComments: "linked",
});
writeFileSync(`${OUT}/meta.json`, JSON.stringify(result.metafile));
