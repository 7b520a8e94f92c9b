import { resolve } from "node:path";
import { loadYear } from "../../load/load-year.js";
import { fiscalYearPeriod } from "../../thai/fiscal-year.js";
import { formatThaiDate } from "../../thai/format-date.js";
import { withDigits } from "../../thai/numerals.js";
import { type CliContext, say } from "../context.js";
import { noEmblemNote } from "../no-emblem-note.js";
import { EXIT } from "../exit-codes.js";
import { parseYear } from "../parse-year.js";
import { printNotes } from "../print-notes.js";
import { shownPath } from "../shown-path.js";

export interface ValidateArgs {
  readonly year: string | undefined;
  readonly dataDir: string;
}

/**
 * `ita-report validate [year] [--data <dir>]`: loads the year (every problem is thrown as one
 * DataError) and prints a short summary of what was found.
 */
export async function runValidate(args: ValidateArgs, ctx: CliContext): Promise<number> {
  const year = args.year === undefined ? undefined : parseYear(args.year, ctx.lang);
  const data = await loadYear(args.dataDir, year, { cwd: ctx.io.cwd, lang: ctx.lang });
  const { agency, report, measures } = data;
  const digits = report.numerals;
  const period = fiscalYearPeriod(report.fiscalYear);
  const done = measures.filter((m) => m.status === "done").length;
  const dir = shownPath(resolve(ctx.io.cwd, args.dataDir, String(report.fiscalYear)), ctx);
  const lines = [
    say(ctx, "cli.valid", { dir }),
    say(ctx, "cli.agency", { name: agency.name, district: agency.district, province: agency.province }),
    say(ctx, "cli.fiscal-year", {
      // The Thai line follows the report's digits; the English one keeps Arabic digits.
      year: ctx.lang === "th" ? withDigits(String(report.fiscalYear), digits) : String(report.fiscalYear),
      period: `${formatThaiDate(period.from, "full", digits)} – ${formatThaiDate(period.to, "full", digits)}`,
    }),
    say(ctx, "cli.measures", { total: measures.length, done, notDone: measures.length - done }),
  ];
  if (data.images.emblem === undefined) lines.push(noEmblemNote(ctx, args.dataDir));
  ctx.io.stdout(`${lines.join("\n")}\n`);
  printNotes(data.notes, ctx);
  return EXIT.ok;
}
