import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { LANGS } from "../i18n/lang.js";
import { type CliContext, say } from "./context.js";

/** Where a command handler's exit code lands, as commander's actions return nothing. */
export interface ExitHolder {
  code: number;
}

function version(): string {
  // dist/cli/program.js and src/cli/program.ts are both two folders below package.json.
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/**
 * The command line: commander wiring only. Each command's handler lives in commands/<name>.ts
 * and is imported when the command runs, so `--help` loads neither zod schemas nor renderers.
 * To add a command: one `program.command(...)` block below and one file under commands/.
 */
export function createProgram(ctx: CliContext, exit: ExitHolder): Command {
  const program = new Command("ita-report")
    .description(say(ctx, "help.program", {}))
    .version(version(), "-V, --version")
    .addOption(new Option("--lang <lang>", say(ctx, "help.lang", {})).choices(LANGS))
    .addHelpText("after", `\n${say(ctx, "help.exit-codes", {})}\n`)
    // Errors reach main()'s one catch; commander neither prints them nor exits the process.
    .exitOverride()
    .configureOutput({ writeOut: ctx.io.stdout, writeErr: ctx.io.stderr, outputError: () => undefined });

  program
    .command("validate")
    .description(say(ctx, "help.validate", {}))
    .argument("[year]", say(ctx, "help.year", {}))
    .option("--data <dir>", say(ctx, "help.data", {}), "data")
    .action(async (year: string | undefined, options: { data: string }) => {
      const { runValidate } = await import("./commands/validate.js");
      exit.code = await runValidate({ year, dataDir: options.data }, ctx);
    });

  program
    .command("build")
    .description(say(ctx, "help.build", {}))
    .argument("[year]", say(ctx, "help.year", {}))
    .option("--data <dir>", say(ctx, "help.data", {}), "data")
    .option("--out <dir>", say(ctx, "help.build.out", {}))
    .option("--format <formats>", say(ctx, "help.build.format", {}))
    .option("--only <document>", say(ctx, "help.build.only", {}))
    .option("--check", say(ctx, "help.build.check", {}))
    .option("--watch", say(ctx, "help.build.watch", {}))
    .action(async (year: string | undefined, o: Record<string, string | boolean | undefined>) => {
      const { runBuild } = await import("./commands/build.js");
      const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
      exit.code = await runBuild(
        {
          year,
          dataDir: text(o["data"]) ?? "data",
          outDir: text(o["out"]),
          format: text(o["format"]),
          only: text(o["only"]),
          check: o["check"] === true,
          watch: o["watch"] === true,
        },
        ctx,
      );
    });

  program
    .command("init")
    .description(say(ctx, "help.init", {}))
    .argument("<year>", say(ctx, "help.init.year", {}))
    .option("--from <year>", say(ctx, "help.init.from", {}))
    .option("--data <dir>", say(ctx, "help.data", {}), "data")
    .action(async (year: string, options: { from?: string; data: string }) => {
      const { runInit } = await import("./commands/init.js");
      exit.code = await runInit({ year, from: options.from, dataDir: options.data }, ctx);
    });

  program
    .command("schema")
    .description(say(ctx, "help.schema", {}))
    .option("--data <dir>", say(ctx, "help.data", {}), "data")
    .option("--out <dir>", say(ctx, "help.schema.out", {}))
    .action(async (options: { data: string; out?: string }) => {
      const { runSchema } = await import("./commands/schema.js");
      exit.code = await runSchema({ dataDir: options.data, outDir: options.out }, ctx);
    });

  program
    .command("import")
    .description(say(ctx, "help.import", {}))
    .argument("<docx>", say(ctx, "help.import.file", {}))
    .option("--memo <memo.docx>", say(ctx, "help.import.memo", {}))
    .option("--year <year>", say(ctx, "help.import.year", {}))
    .option("--data <dir>", say(ctx, "help.data", {}), "data")
    .action(async (file: string, options: { memo?: string; year?: string; data: string }) => {
      const { runImport } = await import("./commands/import.js");
      exit.code = await runImport(
        { file, memo: options.memo, year: options.year, dataDir: options.data },
        ctx,
      );
    });

  return program;
}
