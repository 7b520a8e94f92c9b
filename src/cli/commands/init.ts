import { resolve } from "node:path";
import { renderMessage } from "../../i18n/catalog.js";
import { scaffoldYear } from "../../scaffold/scaffold-year.js";
import { yearsWithReport } from "../../scaffold/years-with-report.js";
import { type CliContext, say } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { fileSystemError } from "../file-system-error.js";
import { parseYear } from "../parse-year.js";
import { CliUsageError } from "../usage-error.js";
import { shownPath } from "../shown-path.js";

export interface InitArgs {
  readonly year: string;
  readonly from: string | undefined;
  readonly dataDir: string;
}

/**
 * `ita-report init <year> [--from <year>] [--data <dir>]`: scaffolds the new year's folder and
 * prints each file created or kept, then how many values are left to fill in:
 *
 *     Fiscal year 2569, carried over from 2568:
 *       created data/2569/report.yaml
 *       created data/2569/measures/01-service-standards.yaml (2 to fill in)
 *       kept    data/agency.yaml (it exists: not overwritten)
 *     16 values are marked <<กรอกข้อมูล>> (to fill in).
 *       replace them; ita-report validate 2569 lists those left
 */
export async function runInit(args: InitArgs, ctx: CliContext): Promise<number> {
  const year = parseYear(args.year, ctx.lang);
  const from = args.from === undefined ? undefined : parseYear(args.from, ctx.lang);
  const dataDir = resolve(ctx.io.cwd, args.dataDir);
  if (from !== undefined) {
    const years = await yearsWithReport(dataDir);
    if (from >= year || !years.includes(from)) {
      throw CliUsageError.of("init.bad-from", { from, year, years: years.map(String) }, ctx.lang);
    }
  }
  const result = await scaffoldYear({
    dataDir,
    year,
    cwd: ctx.io.cwd,
    ...(from === undefined ? {} : { from }),
  }).catch((error: unknown) => {
    throw fileSystemError(error, ctx, "--data") ?? error;
  });
  const lines = [
    result.source.kind === "year"
      ? say(ctx, "init.from-year", { year, from: result.source.year })
      : say(ctx, "init.from-templates", { year }),
    ...result.files.map(
      (f) =>
        `  ${
          f.created
            ? say(ctx, "init.created", { file: shownPath(f.path, ctx), markers: f.markers })
            : say(ctx, "init.kept", { file: shownPath(f.path, ctx) })
        }`,
    ),
  ];
  const markers = result.files.reduce((n, f) => n + f.markers, 0);
  if (!result.files.some((f) => f.created)) lines.push(say(ctx, "init.nothing", { year }));
  if (result.source.kind === "year" && result.yearMentions > 0) {
    lines.push(
      say(ctx, "init.year-mentions", { count: result.yearMentions, from: result.source.year, year }),
    );
  }
  if (markers > 0) {
    const text = renderMessage("init.markers", { count: markers, year }, ctx.lang);
    lines.push(text.message, `  ${text.hint ?? ""}`);
  }
  ctx.io.stdout(`${lines.join("\n")}\n`);
  return EXIT.ok;
}
