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

  return program;
}
