import { join, resolve } from "node:path";
import { SCHEMA_DIR_NAME } from "../../schema/schema-comment.js";
import { writeSchemas } from "../../schema/write-schemas.js";
import { type CliContext, say } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { fileSystemError } from "../file-system-error.js";
import { shownPath } from "../shown-path.js";
import { formatSize } from "./format-size.js";

export interface SchemaArgs {
  readonly dataDir: string;
  readonly outDir: string | undefined;
}

/**
 * `ita-report schema [--data <dir>] [--out <dir>]`: writes agency, report and measure
 * .schema.json into `<data>/schema` (or `--out`), where the data files' first-line comments
 * `# yaml-language-server: $schema=…` point, and prints each file:
 *
 *     wrote     data/schema/agency.schema.json (1.6 kB)
 *     unchanged data/schema/report.schema.json
 */
export async function runSchema(args: SchemaArgs, ctx: CliContext): Promise<number> {
  const dir = resolve(ctx.io.cwd, args.outDir ?? join(args.dataDir, SCHEMA_DIR_NAME));
  const written = await writeSchemas(dir).catch((error: unknown) => {
    throw fileSystemError(error, ctx, "--out") ?? error;
  });
  const lines = written.map((w) =>
    w.changed
      ? say(ctx, "schema.written", { file: shownPath(w.path, ctx), size: formatSize(w.bytes) })
      : say(ctx, "schema.unchanged", { file: shownPath(w.path, ctx) }),
  );
  ctx.io.stdout(`${lines.join("\n")}\n`);
  return EXIT.ok;
}
